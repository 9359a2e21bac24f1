package org.imhfinder.runtime;

/**
 * One stage of the pipeline (ingest, normalize, indexer, search-api): its routes, beans and
 * health checks. A process runs one stage, or several in one JVM for local use; the stage
 * cannot tell the difference.
 */
public interface Stage {
    /** The stage's name, as in {@link org.imhfinder.schema.StageNames}. */
    String name();

    /** Adds the stage's routes, services and health checks; called once, before Camel starts. */
    void install(StageContext context) throws Exception;
}

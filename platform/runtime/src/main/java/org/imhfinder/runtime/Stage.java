package org.imhfinder.runtime;

/**
 * One stage of the pipeline (ingest, normalize, indexer, search-api): its routes, beans and
 * health checks. A process runs one stage, or several in one JVM for local use; the stage
 * cannot tell the difference.
 */
public interface Stage {
    /** The stage's name, as in {@link org.imhfinder.schema.StageNames}. */
    String name();

    /**
     * Checks what the stage reads from its settings and files (the sources file, above all) and
     * throws {@link org.imhfinder.config.ConfigException} naming what to change; called before Camel
     * or any client starts, so a bad file stops start-up at once. By default there is nothing to check.
     */
    default void check(org.imhfinder.config.Settings settings) {
    }

    /** Adds the stage's routes, services and health checks; called once, before Camel starts. */
    void install(StageContext context) throws Exception;
}

package org.imhfinder.ingest;

import java.time.Clock;
import java.util.List;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.ingest.crawl.CrawlRoutes;
import org.imhfinder.ingest.fetch.PageFetcher;
import org.imhfinder.runtime.Stage;
import org.imhfinder.runtime.StageContext;
import org.imhfinder.schema.StageNames;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.sources.SourcesFile;

/** The ingest stage: crawls each source of the sources file on its schedule. */
public final class IngestStage implements Stage {
    @Override
    public String name() {
        return StageNames.INGEST;
    }

    @Override
    public void install(StageContext context) throws Exception {
        List<SourceDefinition> sources = SourcesFile.load(context.settings().get(ConfigKeys.SOURCES));
        PageFetcher fetcher = new PageFetcher(context.settings().get(ConfigKeys.CRAWL_ALLOW_PRIVATE_NETWORKS));
        context.addRoutes(new CrawlRoutes(sources, fetcher, context.settings().get(ConfigKeys.CRAWL_DELAY),
                context.meters(), Clock.systemUTC()));
    }
}

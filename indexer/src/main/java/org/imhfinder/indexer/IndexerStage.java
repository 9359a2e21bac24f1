package org.imhfinder.indexer;

import java.time.Clock;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.es.ElasticsearchClients;
import org.imhfinder.es.ElasticsearchHealthCheck;
import org.imhfinder.es.ProgramIndex;
import org.imhfinder.indexer.route.IndexListing;
import org.imhfinder.indexer.route.IndexerRoutes;
import org.imhfinder.runtime.Stage;
import org.imhfinder.runtime.StageContext;
import org.imhfinder.schema.StageNames;

/** The indexer stage: listings from Kafka into the Elasticsearch index, with their freshness. */
public final class IndexerStage implements Stage {
    @Override
    public String name() {
        return StageNames.INDEXER;
    }

    @Override
    public void install(StageContext context) throws Exception {
        ElasticsearchClients es = new ElasticsearchClients(context.settings().get(ConfigKeys.ES_URL));
        context.camel().addService(es, true, true);
        context.addHealthCheck(new ElasticsearchHealthCheck(es.client()));
        new ProgramIndex(es.client()).ensure();
        context.addRoutes(new IndexerRoutes(new IndexListing(es.client(), context.meters()), context.meters(),
                Clock.systemUTC()));
    }
}

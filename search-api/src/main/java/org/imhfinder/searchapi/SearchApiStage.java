package org.imhfinder.searchapi;

import org.imhfinder.config.ConfigKeys;
import org.imhfinder.es.ElasticsearchClients;
import org.imhfinder.es.ElasticsearchHealthCheck;
import org.imhfinder.runtime.Stage;
import org.imhfinder.runtime.StageContext;
import org.imhfinder.schema.StageNames;
import org.imhfinder.searchapi.http.ProgramRoutes;
import org.imhfinder.searchapi.query.ProgramSearch;

/** The search API stage: answers searches and listing lookups from the index alias. */
public final class SearchApiStage implements Stage {
    @Override
    public String name() {
        return StageNames.SEARCH_API;
    }

    @Override
    public void install(StageContext context) throws Exception {
        ElasticsearchClients es = new ElasticsearchClients(context.settings().get(ConfigKeys.ES_URL));
        context.camel().addService(es, true, true);
        context.addHealthCheck(new ElasticsearchHealthCheck(es.client()));
        context.addRoutes(new ProgramRoutes(new ProgramSearch(es.client())));
    }
}

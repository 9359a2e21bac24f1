package org.imhfinder.searchapi.http;

import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.searchapi.directory.Catalogue;
import org.imhfinder.searchapi.directory.DirectoryReport;
import org.imhfinder.searchapi.directory.RegionsReport;
import org.imhfinder.searchapi.request.QueryParameters;

/**
 * For everyone, about the directory itself: {@code GET /directory} (its providers, how often each
 * is checked, when the last crawl settled), {@code GET /regions} (what it holds in each state) and
 * {@code GET /catalogue} (the listing's fields and the words for their values).
 */
public final class DirectoryRoutes extends ApiRouteBuilder {
    public static final String DIRECTORY = "api-directory";
    public static final String REGIONS = "api-regions";
    public static final String CATALOGUE = "api-catalogue";

    private final ApiGate gate;
    private final SearchLimit limit;
    private final DirectoryReport directory;
    private final RegionsReport regions;
    private final Catalogue catalogue;

    public DirectoryRoutes(ApiGate gate, SearchLimit limit, DirectoryReport directory, RegionsReport regions,
                           Catalogue catalogue) {
        this.gate = gate;
        this.limit = limit;
        this.directory = directory;
        this.regions = regions;
        this.catalogue = catalogue;
    }

    @Override
    protected void routes() {
        rest(BASE)
                .get("/directory").id(DIRECTORY).to("direct:" + DIRECTORY)
                .get("/regions").id(REGIONS).to("direct:" + REGIONS)
                .get("/catalogue").id(CATALOGUE).to("direct:" + CATALOGUE);
        from("direct:" + DIRECTORY).routeId(DIRECTORY + "-handler").process(gate)
                .process(limit.around(new Report(directory::report)));
        from("direct:" + REGIONS).routeId(REGIONS + "-handler").process(gate)
                .process(limit.around(new Report(regions::report)));
        // the catalogue needs no Elasticsearch: answered outside the search limit
        from("direct:" + CATALOGUE).routeId(CATALOGUE + "-handler").process(gate).process(new Report(catalogue::document));
    }

    /** A report that takes no parameters. */
    record Report(Source source) implements Processor {
        @Override
        public void process(Exchange exchange) throws Exception {
            QueryParameters.of(exchange, Set.of());
            Responses.json(exchange, 200, source.get());
        }
    }

    /** What a report is made from. */
    @FunctionalInterface
    interface Source {
        Object get() throws Exception;
    }
}

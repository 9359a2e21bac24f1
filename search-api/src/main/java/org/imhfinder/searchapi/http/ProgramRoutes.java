package org.imhfinder.searchapi.http;

import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.searchapi.query.ProgramSearch;
import org.imhfinder.searchapi.query.PublicListing;
import org.imhfinder.searchapi.query.SearchParameters;
import org.imhfinder.searchapi.query.Suggestions;
import org.imhfinder.searchapi.request.ApiProblem;
import org.imhfinder.searchapi.request.QueryParameters;

/** For everyone: {@code GET /programs} (search), {@code GET /programs/{id}} (one listing), {@code GET /suggest}. */
public final class ProgramRoutes extends ApiRouteBuilder {
    public static final String SEARCH = "api-search-programs";
    public static final String GET = "api-get-program";
    public static final String SUGGEST = "api-suggest";

    private final ApiGate gate;
    private final SearchLimit limit;
    private final ProgramSearch search;
    private final Suggestions suggestions;

    public ProgramRoutes(ApiGate gate, SearchLimit limit, ProgramSearch search, Suggestions suggestions) {
        this.gate = gate;
        this.limit = limit;
        this.search = search;
        this.suggestions = suggestions;
    }

    @Override
    protected void routes() {
        rest(BASE)
                .get("/programs").id(SEARCH).to("direct:" + SEARCH)
                .get("/programs/{id}").id(GET).to("direct:" + GET)
                .get("/suggest").id(SUGGEST).to("direct:" + SUGGEST);

        from("direct:" + SEARCH).routeId(SEARCH + "-handler").process(gate).process(limit.around(new SearchPrograms(search)));
        from("direct:" + GET).routeId(GET + "-handler").process(gate).process(limit.around(new GetProgram(search)));
        from("direct:" + SUGGEST).routeId(SUGGEST + "-handler").process(gate).process(limit.around(new Suggest(suggestions)));
    }

    /** Runs a search from the query parameters. */
    record SearchPrograms(ProgramSearch search) implements Processor {
        @Override
        public void process(Exchange exchange) throws Exception {
            QueryParameters parameters = QueryParameters.of(exchange, SearchParameters.NAMES);
            Responses.json(exchange, 200, search.search(SearchParameters.read(parameters)));
        }
    }

    /** One listing, with its provenance and its public history; 404 for an unknown id. */
    record GetProgram(ProgramSearch search) implements Processor {
        @Override
        public void process(Exchange exchange) throws Exception {
            QueryParameters.of(exchange, Set.of());
            String id = pathId(exchange, "id");
            Responses.json(exchange, 200, PublicListing.of(search.get(id)
                    .orElseThrow(() -> ApiProblem.notFound("no program with id " + id))));
        }
    }

    /** Names that start with a prefix. */
    record Suggest(Suggestions suggestions) implements Processor {
        @Override
        public void process(Exchange exchange) throws Exception {
            QueryParameters parameters = QueryParameters.of(exchange, Set.of("prefix", "size"));
            String prefix = Suggestions.prefix(parameters.single("prefix").orElse(null));
            int size = parameters.single("size").map(Suggestions::size).orElse(8);
            Responses.json(exchange, 200, suggestions.suggest(prefix, size));
        }
    }
}

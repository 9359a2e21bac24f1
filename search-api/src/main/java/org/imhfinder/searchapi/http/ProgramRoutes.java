package org.imhfinder.searchapi.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.searchapi.query.IndexGeneration;
import org.imhfinder.searchapi.query.ProgramSearch;
import org.imhfinder.searchapi.query.SearchCache;
import org.imhfinder.searchapi.query.SearchParameters;
import org.imhfinder.searchapi.query.SearchRequest;
import org.imhfinder.searchapi.query.SearchTimings;
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
    private final SearchCache cache;
    private final IndexGeneration generation;
    private final MeterRegistry meters;

    public ProgramRoutes(ApiGate gate, SearchLimit limit, ProgramSearch search, Suggestions suggestions, SearchCache cache,
                         IndexGeneration generation, MeterRegistry meters) {
        this.gate = gate;
        this.limit = limit;
        this.search = search;
        this.suggestions = suggestions;
        this.cache = cache;
        this.generation = generation;
        this.meters = meters;
    }

    @Override
    protected void routes() {
        rest(BASE)
                .get("/programs").id(SEARCH).to("direct:" + SEARCH)
                .get("/programs/{id}").id(GET).to("direct:" + GET)
                .get("/suggest").id(SUGGEST).to("direct:" + SUGGEST);

        from("direct:" + SEARCH).routeId(SEARCH + "-handler").process(gate)
                .process(limit.around(new SearchPrograms(search, cache, generation, SearchMeters.of(meters))));
        from("direct:" + GET).routeId(GET + "-handler").process(gate).process(limit.around(new GetProgram(search)));
        from("direct:" + SUGGEST).routeId(SUGGEST + "-handler").process(gate).process(limit.around(new Suggest(suggestions)));
    }

    /**
     * Runs a search from the query parameters, or answers it from the {@link SearchCache} when the
     * same search was answered since the index last refreshed; says where its time went in
     * {@code Server-Timing} ({@link SearchTimings}).
     */
    record SearchPrograms(ProgramSearch search, SearchCache cache, IndexGeneration generation, SearchMeters meters)
            implements Processor {
        @Override
        public void process(Exchange exchange) throws Exception {
            SearchTimings.begin();
            try {
                answer(exchange);
            } finally {
                SearchTimings.end();
            }
        }

        private void answer(Exchange exchange) throws Exception {
            long started = System.nanoTime();
            SearchRequest request = SearchParameters.read(QueryParameters.of(exchange, SearchParameters.NAMES));
            SearchTimings.since(SearchTimings.Phase.PARSE, started);
            Object current = cache.enabled() ? generation.current() : null;
            SearchCache.Answer answer = cache.answer(request, current, () -> {
                Object found = search.search(request);
                long writing = System.nanoTime();
                String json = Responses.write(found);
                SearchTimings.since(SearchTimings.Phase.WRITE, writing);
                return json;
            });
            Responses.write(exchange, 200, "application/json", answer.json());
            long[] nanos = SearchTimings.end();
            meters.record(nanos, answer.shared());
            exchange.getMessage().setHeader("Server-Timing", SearchTimings.header(nanos, answer.shared()));
        }
    }

    /** {@code imh_api_search_phase_seconds{phase}} and {@code imh_api_search_cache_total{outcome}}. */
    record SearchMeters(Timer[] phases, Counter hits, Counter misses) {
        static SearchMeters of(MeterRegistry meters) {
            Timer[] phases = new Timer[SearchTimings.Phase.values().length];
            for (SearchTimings.Phase phase : SearchTimings.Phase.values()) {
                phases[phase.ordinal()] = Timer.builder("imh.api.search.phase").tag("phase", phase.label())
                        .description("Time searches spent in each phase: the API's own (parse, interpret, body, read,"
                                + " write) and the wait on Elasticsearch (es)").register(meters);
            }
            return new SearchMeters(phases, cache(meters, "hit"), cache(meters, "miss"));
        }

        void record(long[] nanos, boolean hit) {
            for (int i = 0; i < nanos.length; i++) {
                phases[i].record(nanos[i], java.util.concurrent.TimeUnit.NANOSECONDS);
            }
            (hit ? hits : misses).increment();
        }

        private static Counter cache(MeterRegistry meters, String outcome) {
            return Counter.builder("imh.api.search.cache").tag("outcome", outcome)
                    .description("Searches answered from the result cache (hit) or by Elasticsearch (miss)").register(meters);
        }
    }

    /** One listing, with its provenance and its public history; 404 for an unknown id. */
    record GetProgram(ProgramSearch search) implements Processor {
        @Override
        public void process(Exchange exchange) throws Exception {
            QueryParameters.of(exchange, Set.of());
            String id = pathId(exchange, "id");
            Responses.json(exchange, 200, search.get(id)
                    .orElseThrow(() -> ApiProblem.notFound("no program with id " + id)));
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

package org.imhfinder.searchapi.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.runtime.kafka.KafkaHeaders;
import org.imhfinder.schema.CrawlRequest;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.Topics;
import org.imhfinder.searchapi.admin.CrawlStates;
import org.imhfinder.searchapi.admin.SourcesReport;
import org.imhfinder.searchapi.auth.RequireRole;
import org.imhfinder.searchapi.request.ApiProblem;
import org.imhfinder.searchapi.request.JsonBody;
import org.imhfinder.searchapi.request.QueryParameters;

/**
 * For operators: {@code POST /admin/crawls} (a {@link CrawlRequest} on
 * {@code imh.crawl-requests.v1}, answered 202 with the crawl id once Kafka has it; or, while a
 * crawl of the same sources runs, that crawl, {@code joined: true}, and nothing published),
 * {@code GET /admin/crawls/{crawlId}} (the run as ingest last reported it on
 * {@code imh.crawls.v1}; {@code REQUESTED} while ingest has not reported it yet) and
 * {@code GET /admin/sources}.
 */
public final class AdminRoutes extends ApiRouteBuilder {
    public static final String START_CRAWL = "api-admin-start-crawl";
    public static final String CRAWL = "api-admin-crawl";
    public static final String SOURCES = "api-admin-sources";
    /** The state answered for a crawl that was asked for and that ingest has not reported yet. */
    public static final String REQUESTED = "REQUESTED";
    private static final String REQUEST = "imh.crawl-request";
    private static final String JOINED = "imh.crawl-joined";

    private final ApiGate gate;
    private final RequireRole operator;
    private final CrawlStates crawls;
    private final SourcesReport sources;
    private final Clock clock;

    public AdminRoutes(ApiGate gate, RequireRole operator, CrawlStates crawls, SourcesReport sources, Clock clock) {
        this.gate = gate;
        this.operator = operator;
        this.crawls = crawls;
        this.sources = sources;
        this.clock = clock;
    }

    @Override
    protected void routes() {
        rest(BASE + "/admin")
                .post("/crawls").id(START_CRAWL).to("direct:" + START_CRAWL)
                .get("/crawls/{crawlId}").id(CRAWL).to("direct:" + CRAWL)
                .get("/sources").id(SOURCES).to("direct:" + SOURCES);

        from("direct:" + START_CRAWL).routeId(START_CRAWL + "-handler").process(gate).process(operator)
                .process(new PrepareCrawlRequest(sources, crawls, clock))
                .choice()
                    .when(exchangeProperty(JOINED).isNotNull())
                        .process(exchange -> Responses.json(exchange, 202,
                                joinedAnswer(exchange.getProperty(JOINED, CrawlStates.Joined.class))))
                    .otherwise()
                        .to("kafka:" + Topics.CRAWL_REQUESTS)
                        .process(exchange -> {
                            CrawlRequest request = exchange.getProperty(REQUEST, CrawlRequest.class);
                            crawls.remember(request);
                            Responses.json(exchange, 202, answer(request));
                        })
                .end();
        from("direct:" + CRAWL).routeId(CRAWL + "-handler").process(gate).process(operator)
                .process(new CrawlStatus(crawls));
        from("direct:" + SOURCES).routeId(SOURCES + "-handler").process(gate).process(operator)
                .process(exchange -> {
                    QueryParameters.of(exchange, Set.of());
                    Responses.json(exchange, 200, sources.report());
                });
    }

    static Map<String, Object> answer(CrawlRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("crawlId", request.crawlId());
        body.put("state", REQUESTED);
        body.put("sourceIds", request.sourceId() == null ? List.of() : List.of(request.sourceId()));
        body.put("requestedAt", request.requestedAt());
        body.put("requestedBy", request.requestedBy());
        body.put("joined", false);
        return body;
    }

    /** The crawl a request joined: the run as ingest reported it, or the request not reported yet; {@code joined} true. */
    static Object joinedAnswer(CrawlStates.Joined joined) {
        if (joined.run() != null) {
            return joined.run().deepCopy().put("joined", true);
        }
        Map<String, Object> body = answer(joined.request());
        body.put("joined", true);
        return body;
    }

    /**
     * Checks {@code {sourceId?}} against the sources file; when a crawl of the same sources runs (or
     * was just asked for), leaves it to be answered as joined; else leaves the request to publish,
     * keyed by crawl id.
     */
    record PrepareCrawlRequest(SourcesReport sources, CrawlStates crawls, Clock clock) implements Processor {
        @Override
        public void process(Exchange exchange) {
            JsonContentType.require(exchange.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class), "the request");
            QueryParameters.of(exchange, Set.of());
            String sourceId = sourceId(exchange.getMessage().getBody(String.class));
            if (sourceId != null && !sources.exists(sourceId)) {
                throw ApiProblem.badParameter("sourceId", "no source '" + sourceId + "' in the sources file");
            }
            var joined = crawls.joinable(sourceId, sources.ids(), clock.instant());
            if (joined.isPresent()) {
                exchange.setProperty(JOINED, joined.get());
                return;
            }
            CrawlRequest request = new CrawlRequest(CrawlRequest.SCHEMA_VERSION, "crawl-" + UUID.randomUUID(), sourceId,
                    exchange.getProperty(RequireRole.CALLER, String.class), clock.instant());
            exchange.setProperty(REQUEST, request);
            exchange.getMessage().removeHeaders("*");
            exchange.getMessage().setHeader(KafkaHeaders.KEY, request.crawlId());
            exchange.getMessage().setBody(Json.write(request));
        }

        private static String sourceId(String body) {
            if (body == null || body.isBlank()) {
                return null;
            }
            JsonNode json = JsonBody.object(body, "a JSON object {sourceId?}");
            json.fieldNames().forEachRemaining(name -> {
                if (!"sourceId".equals(name)) {
                    throw ApiProblem.badParameter(name, "unknown member (known: sourceId)");
                }
            });
            JsonNode id = json.get("sourceId");
            if (id == null || id.isNull()) {
                return null;
            }
            if (!id.isTextual() || !id.asText().matches("[a-z0-9-]{1,100}")) {
                throw ApiProblem.badParameter("sourceId", "a source id ([a-z0-9-]+)");
            }
            return id.asText();
        }
    }

    /** The run as ingest reported it; REQUESTED before that; 404 for a crawl nobody asked for. */
    record CrawlStatus(CrawlStates crawls) implements Processor {
        @Override
        public void process(Exchange exchange) {
            QueryParameters.of(exchange, Set.of());
            String crawlId = pathId(exchange, "crawlId");
            var run = crawls.run(crawlId);
            var joined = run.map(r -> r.path("alreadyRunningAs").asText(null)).flatMap(crawls::run);
            if (joined.isPresent()) { // asked for while that crawl ran: ingest joined it to the running one
                Responses.json(exchange, 200, joined.get().deepCopy().put("joined", true).put("requestedCrawlId", crawlId));
                return;
            }
            if (run.isPresent()) {
                Responses.json(exchange, 200, run.get());
                return;
            }
            var request = crawls.request(crawlId);
            if (request.isPresent()) {
                Responses.json(exchange, 200, answer(request.get()));
                return;
            }
            if (!crawls.caughtUp()) {
                throw new ApiProblem(503, "Service unavailable", "crawl states are still being read; retry shortly",
                        Map.of("retryAfterSeconds", 2));
            }
            throw ApiProblem.notFound("no crawl with id " + crawlId);
        }
    }
}

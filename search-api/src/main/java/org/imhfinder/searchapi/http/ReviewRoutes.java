package org.imhfinder.searchapi.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.runtime.kafka.KafkaHeaders;
import org.imhfinder.es.IndexFields;
import org.imhfinder.schema.CurationDecision;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ReviewReason;
import org.imhfinder.schema.Topics;
import org.imhfinder.searchapi.auth.RequireRole;
import org.imhfinder.searchapi.query.Cursor;
import org.imhfinder.searchapi.query.ProgramsIndex;
import org.imhfinder.searchapi.request.ApiProblem;
import org.imhfinder.searchapi.request.QueryParameters;
import org.imhfinder.searchapi.review.DecisionRequest;
import org.imhfinder.searchapi.review.ReviewQueue;

/**
 * For curators: {@code GET /review/queue}, {@code POST /review/{id}/decision} (written to
 * {@code imh.curation.v1}, keyed by program id, and answered 202 once Kafka has it; the indexer
 * applies it) and {@code GET /review/{id}/history}.
 */
public final class ReviewRoutes extends ApiRouteBuilder {
    public static final String QUEUE = "api-review-queue";
    public static final String DECIDE = "api-review-decision";
    public static final String HISTORY = "api-review-history";
    private static final String DECISION = "imh.decision";

    private final ApiGate gate;
    private final RequireRole curator;
    private final SearchLimit limit;
    private final ProgramsIndex index;
    private final Clock clock;
    private final Runnable decided;

    /** {@code decided} runs once Kafka has a decision: what was answered before it (cached searches) is forgotten. */
    public ReviewRoutes(ApiGate gate, RequireRole curator, SearchLimit limit, ProgramsIndex index, Clock clock,
                        Runnable decided) {
        this.gate = gate;
        this.curator = curator;
        this.limit = limit;
        this.index = index;
        this.clock = clock;
        this.decided = decided;
    }

    @Override
    protected void routes() {
        rest(BASE + "/review")
                .get("/queue").id(QUEUE).to("direct:" + QUEUE)
                .post("/{id}/decision").id(DECIDE).to("direct:" + DECIDE)
                .get("/{id}/history").id(HISTORY).to("direct:" + HISTORY);

        from("direct:" + QUEUE).routeId(QUEUE + "-handler").process(gate).process(curator)
                .process(limit.around(new Queue(new ReviewQueue(index))));
        from("direct:" + DECIDE).routeId(DECIDE + "-handler").process(gate).process(curator)
                .process(limit.around(new PrepareDecision(index, clock)))
                .to("kafka:" + Topics.CURATION)
                .process(exchange -> decided.run())
                .process(exchange -> Responses.json(exchange, 202, exchange.getProperty(DECISION)));
        from("direct:" + HISTORY).routeId(HISTORY + "-handler").process(gate).process(curator)
                .process(limit.around(new History(index)));
    }

    /** A page of the queue, optionally only listings flagged for some reasons. */
    record Queue(ReviewQueue queue) implements Processor {
        @Override
        public void process(Exchange exchange) throws Exception {
            QueryParameters parameters = QueryParameters.of(exchange, Set.of("reason", "size", "cursor"));
            List<ReviewReason> reasons = parameters.list("reason").stream().map(Queue::reason).toList();
            int size = parameters.single("size").map(Queue::size).orElse(ReviewQueue.DEFAULT_SIZE);
            Cursor cursor = parameters.single("cursor").map(Cursor::decode).orElse(null);
            Responses.json(exchange, 200, queue.page(reasons, size, cursor));
        }

        private static ReviewReason reason(String text) {
            try {
                return ReviewReason.valueOf(text.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.badParameter("reason", "'" + text + "' is not one of "
                        + String.join(", ", java.util.Arrays.stream(ReviewReason.values()).map(Enum::name).toList()));
            }
        }

        private static int size(String text) {
            try {
                int size = Integer.parseInt(text);
                if (size >= 1 && size <= ReviewQueue.MAX_SIZE) {
                    return size;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw ApiProblem.badParameter("size", "a whole number between 1 and " + ReviewQueue.MAX_SIZE);
        }
    }

    /** Checks the decision and the listing, and leaves the record to publish as the body, keyed by program id. */
    record PrepareDecision(ProgramsIndex index, Clock clock) implements Processor {
        @Override
        public void process(Exchange exchange) throws Exception {
            JsonContentType.require(exchange.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class), "the decision");
            QueryParameters.of(exchange, Set.of());
            String id = pathId(exchange, "id");
            DecisionRequest request = DecisionRequest.parse(exchange.getMessage().getBody(String.class), clock);
            if (!index.exists(id)) {
                throw ApiProblem.notFound("no program with id " + id);
            }
            CurationDecision decision = request.toDecision(id, exchange.getProperty(RequireRole.CALLER, String.class),
                    clock.instant());
            exchange.setProperty(DECISION, decision);
            exchange.getMessage().removeHeaders("*");
            exchange.getMessage().setHeader(KafkaHeaders.KEY, id);
            exchange.getMessage().setBody(Json.write(decision));
        }
    }

    /** Everything that happened to a listing, decisions with who and why included. */
    record History(ProgramsIndex index) implements Processor {
        @Override
        public void process(Exchange exchange) throws Exception {
            QueryParameters.of(exchange, Set.of());
            String id = pathId(exchange, "id");
            ObjectNode document = index.curatorDocument(id)
                    .orElseThrow(() -> ApiProblem.notFound("no program with id " + id));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("programId", id);
            body.put("name", document.path("name").isTextual() ? document.path("name").asText() : null);
            body.put("freshness", document.path("freshness"));
            body.put("curation", document.path("curation").isObject() ? document.path("curation") : null);
            JsonNode history = document.path(IndexFields.REVIEW_HISTORY);
            body.put("history", history.isArray() ? history : Json.mapper().createArrayNode());
            Responses.json(exchange, 200, body);
        }
    }
}

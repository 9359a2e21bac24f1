package org.imhfinder.searchapi.http;

import java.util.HashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestBindingMode;
import org.imhfinder.schema.Json;
import org.imhfinder.searchapi.query.ProgramSearch;
import org.imhfinder.searchapi.query.SearchRequest;

/** {@code GET /api/v1/programs} and {@code GET /api/v1/programs/{id}}. */
public final class ProgramRoutes extends RouteBuilder {
    public static final String SEARCH = "api-search-programs";
    public static final String GET = "api-get-program";

    private final ProgramSearch search;

    public ProgramRoutes(ProgramSearch search) {
        this.search = search;
    }

    @Override
    public void configure() {
        restConfiguration().component("platform-http").bindingMode(RestBindingMode.off);
        onException(Exception.class).handled(true).process(new WriteProblem());

        rest("/api/v1")
                .get("/programs").to("direct:" + SEARCH)
                .get("/programs/{id}").to("direct:" + GET);

        from("direct:" + SEARCH).routeId(SEARCH)
                .process(exchange -> json(exchange, search.search(SearchRequest.from(queryParameters(exchange)))));
        from("direct:" + GET).routeId(GET)
                .process(exchange -> {
                    String id = exchange.getMessage().getHeader("id", String.class);
                    json(exchange, search.get(id).orElseThrow(() -> ApiProblem.notFound("no program with id " + id)));
                });
    }

    static Map<String, String> queryParameters(Exchange exchange) {
        Map<String, String> parameters = new HashMap<>();
        for (String name : new String[] {"q", "size"}) {
            String value = exchange.getMessage().getHeader(name, String.class);
            if (value != null) {
                parameters.put(name, value);
            }
        }
        return parameters;
    }

    private static void json(Exchange exchange, Object body) {
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(Json.write(body));
    }
}

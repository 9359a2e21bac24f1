package org.imhfinder.searchapi.web;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.imhfinder.searchapi.http.ApiGate;
import org.imhfinder.searchapi.http.Responses;
import org.imhfinder.searchapi.request.ApiProblem;

/**
 * The pages for people ({@code /} search and a program's page, {@code /eligibility} what an applicant can
 * apply for, {@code /compare} programs side by side, {@code /states} what the directory holds per state,
 * {@code /review} the curators' queue), their assets
 * under {@code /assets/}, the OpenAPI document at {@code /openapi.json}, and the CORS preflight of
 * the API. Pages carry a strict Content-Security-Policy: their own scripts and styles only.
 */
public final class PageRoutes extends RouteBuilder {
    public static final String SEARCH_PAGE = "page-search";
    public static final String REVIEW_PAGE = "page-review";
    public static final String ELIGIBILITY_PAGE = "page-eligibility";
    public static final String COMPARE_PAGE = "page-compare";
    public static final String STATES_PAGE = "page-states";
    public static final String ASSETS = "page-assets";
    public static final String OPENAPI = "openapi";
    public static final String PREFLIGHT = "api-preflight";
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final StaticFiles web = new StaticFiles("searchapi/web");
    private final StaticFiles assets = new StaticFiles("searchapi/web/assets");
    private final StaticFiles docs = new StaticFiles("searchapi/openapi");
    private final ApiGate gate;

    public PageRoutes(ApiGate gate) {
        this.gate = gate;
    }

    @Override
    public void configure() {
        from("platform-http:/?httpMethodRestrict=GET").routeId(SEARCH_PAGE).process(new Serve(web, "index.html"));
        from("platform-http:/review?httpMethodRestrict=GET").routeId(REVIEW_PAGE).process(new Serve(web, "review.html"));
        from("platform-http:/eligibility?httpMethodRestrict=GET").routeId(ELIGIBILITY_PAGE)
                .process(new Serve(web, "eligibility.html"));
        from("platform-http:/compare?httpMethodRestrict=GET").routeId(COMPARE_PAGE).process(new Serve(web, "compare.html"));
        from("platform-http:/states?httpMethodRestrict=GET").routeId(STATES_PAGE).process(new Serve(web, "states.html"));
        from("platform-http:/assets/{file}?httpMethodRestrict=GET").routeId(ASSETS).process(new Serve(assets, null));
        from("platform-http:/openapi.json?httpMethodRestrict=GET").routeId(OPENAPI).process(new Serve(docs, "openapi.json"));
        from("platform-http:/api/v1?matchOnUriPrefix=true&httpMethodRestrict=OPTIONS").routeId(PREFLIGHT)
                .process(new Preflight(gate));
    }

    /** Serves one file (or the one the {@code file} path parameter names); 404 otherwise. */
    record Serve(StaticFiles files, String fixed) implements Processor {
        @Override
        public void process(Exchange exchange) {
            String name = fixed != null ? fixed : exchange.getMessage().getHeader("file", String.class);
            byte[] content = files.read(name).orElse(null);
            if (content == null) {
                Responses.problem(exchange, ApiProblem.notFound("no file " + exchange.getMessage().getHeader(Exchange.HTTP_PATH,
                        String.class)), exchange.getMessage().getHeader(Exchange.HTTP_PATH, String.class));
                return;
            }
            Responses.write(exchange, 200, StaticFiles.contentType(name), content);
            exchange.getMessage().setHeader("Cache-Control", name.endsWith(".html") ? "no-cache" : "max-age=300");
            exchange.getMessage().setHeader("Content-Security-Policy", CSP);
            exchange.getMessage().setHeader("Referrer-Policy", "no-referrer");
            exchange.getMessage().setHeader("X-Frame-Options", "DENY");
        }
    }

    /** Answers a browser's CORS preflight: the methods and headers the API takes, for allowed origins only. */
    record Preflight(ApiGate gate) implements Processor {
        @Override
        public void process(Exchange exchange) {
            gate.allowOrigin(exchange); // not counted against the rate limit: the request it announces will be
            Responses.write(exchange, 204, "text/plain", "");
            if (exchange.getProperty(Responses.CORS_ORIGIN) != null) {
                exchange.getMessage().setHeader("Access-Control-Allow-Methods", "GET, POST");
                exchange.getMessage().setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type");
                exchange.getMessage().setHeader("Access-Control-Max-Age", "600");
            }
        }
    }
}

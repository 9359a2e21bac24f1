package org.imhfinder.searchapi.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.spi.RestRegistry;
import org.imhfinder.searchapi.request.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the HTTP server answers itself, before (or instead of) any route, as problem documents like
 * every other refusal, and counted against the client's rate limit like any other request.
 *
 * <ul>
 *   <li>A malformed percent-escape ({@code ?q=%}, {@code /assets/%zz}): Vert.x fails on it while
 *       matching routes (the path) or while Camel copies the query parameters into headers, and
 *       logs each as an ERROR with a 70-line stack trace, then answers a plain-text 400. This
 *       guard runs first on the server's main router (on the event loop, no worker thread), checks
 *       the raw path and query, and answers a 400 naming the parameter, logged as one WARN line.</li>
 *   <li>No route for the path: 404; a path with routes for other methods only: 405 with
 *       {@code Allow}. Under {@code /api/v1} Vert.x says 405 for every unknown path (the CORS
 *       preflight route takes OPTIONS on all of them), so the API's own REST paths decide.</li>
 *   <li>A body over the server's limit: 413.</li>
 * </ul>
 */
public final class HttpGuard {
    private static final Logger LOG = LoggerFactory.getLogger(HttpGuard.class);
    private static final Pattern MALFORMED = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{[^/}]+}");
    private static final int MAX_ECHO = 200;

    private final ApiGate gate;
    private final Map<Pattern, Set<String>> apiPaths;

    HttpGuard(ApiGate gate, Map<Pattern, Set<String>> apiPaths) {
        this.gate = gate;
        this.apiPaths = apiPaths;
    }

    /**
     * Installs the guard on the platform HTTP server once Camel has started it (the server, its
     * router and the REST routes exist only then). Fails start-up if the server is not the Vert.x
     * one this was written for, rather than serving without the guard.
     */
    public static void install(CamelContext camel, ApiGate gate) throws Exception {
        camel.addStartupListener(new org.apache.camel.ExtendedStartupListener() {
            @Override
            public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
                // routes are not all started yet: installed once they are
            }

            @Override
            public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
                new HttpGuard(gate, apiPaths(context)).installOn(context);
            }
        });
    }

    private void installOn(CamelContext camel) {
        VertxPlatformHttpRouter routes = camel.getRegistry().findByType(VertxPlatformHttpRouter.class).stream()
                .filter(VertxPlatformHttpRouter::isMainServer).findFirst()
                .orElseThrow(() -> new IllegalStateException("no platform HTTP server to guard"));
        if (!(routes.getServer().getServer().requestHandler() instanceof Router main)) {
            throw new IllegalStateException("the platform HTTP server's request handler is not a Vert.x router");
        }
        main.route().order(Integer.MIN_VALUE).handler(this::checkTarget);
        for (Router router : List.<Router>of(main, routes)) {
            router.errorHandler(404, this::noRoute);
            router.errorHandler(405, this::noRoute);
            router.errorHandler(413, ctx -> refuse(ctx, new ApiProblem(413, "Payload too large",
                    "the request body is larger than this server accepts"), Map.of()));
        }
    }

    /** The API's REST paths (as regular expressions) and the methods each takes. */
    static Map<Pattern, Set<String>> apiPaths(CamelContext camel) {
        Map<Pattern, Set<String>> paths = new LinkedHashMap<>();
        for (RestRegistry.RestService service : camel.getRestRegistry().listAllRestServices()) {
            String path = join(service.getBasePath(), service.getUriTemplate());
            paths.computeIfAbsent(template(path), p -> new TreeSet<>()).add(service.getMethod().toUpperCase(Locale.ROOT));
        }
        return paths;
    }

    static Pattern template(String path) {
        StringBuilder regex = new StringBuilder();
        int at = 0;
        var m = TEMPLATE_PARAMETER.matcher(path);
        while (m.find()) {
            regex.append(Pattern.quote(path.substring(at, m.start()))).append("[^/]+");
            at = m.end();
        }
        regex.append(Pattern.quote(path.substring(at)));
        return Pattern.compile(regex.toString());
    }

    private static String join(String base, String template) {
        String b = base == null ? "" : base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        String t = template == null || template.isEmpty() ? "" : template.startsWith("/") ? template : "/" + template;
        return b + t;
    }

    private void checkTarget(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String parameter = malformedParameter(request.path(), request.query());
        if (parameter == null) {
            ctx.next();
            return;
        }
        boolean answered = refuse(ctx, ApiProblem.badParameter(parameter,
                "malformed percent-encoding (% must be followed by two hex digits)"), Map.of());
        if (answered) { // a throttled one is not logged: a flood writes at most the client's burst of lines
            LOG.warn("refused {} with a malformed percent-escape in '{}' from {}", request.method(), parameter, client(ctx));
        }
    }

    /**
     * The parameter whose percent-encoding is malformed ({@code path} for the path, the query
     * string itself when a name is), null when all are well-formed.
     */
    static String malformedParameter(String path, String query) {
        if (path != null && MALFORMED.matcher(path).find()) {
            return "path";
        }
        if (query == null || !MALFORMED.matcher(query).find()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (MALFORMED.matcher(name).find()) {
                return "query string";
            }
            if (MALFORMED.matcher(pair.substring(eq + 1)).find()) {
                return echo(java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return "query string";
    }

    /** No route answered: 404, or 405 with {@code Allow} when the path has routes for other methods. */
    private void noRoute(RoutingContext ctx) {
        String path = ctx.request().path();
        Set<String> allowed = allowedMethods(path, ctx.statusCode() == 405);
        if (allowed.isEmpty()) {
            refuse(ctx, ApiProblem.notFound("nothing at " + echo(path)), Map.of());
            return;
        }
        refuse(ctx, new ApiProblem(405, "Method not allowed", echo(path) + " answers " + String.join(", ", allowed)),
                Map.of("Allow", String.join(", ", allowed)));
    }

    /**
     * The methods a path answers: under {@code /api/v1} the REST verbs of the API path it matches
     * (none: 404); elsewhere GET when Vert.x found a route for the path (pages, assets and probes
     * are all GET).
     */
    Set<String> allowedMethods(String path, boolean routeFound) {
        if (path.equals(ApiRouteBuilder.BASE) || path.startsWith(ApiRouteBuilder.BASE + "/")) {
            Set<String> methods = new TreeSet<>();
            apiPaths.forEach((pattern, verbs) -> {
                if (pattern.matcher(path).matches()) {
                    methods.addAll(verbs);
                }
            });
            return methods;
        }
        return routeFound ? Set.of("GET") : Set.of();
    }

    /** Answers the problem, or a 429 when the client is over its limit; true when the problem was the answer. */
    private boolean refuse(RoutingContext ctx, ApiProblem problem, Map<String, String> headers) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return false;
        }
        long wait = gate.admit(client(ctx));
        ApiProblem answer = wait > 0 ? ApiGate.tooMany(wait) : problem;
        response.setStatusCode(answer.status());
        response.putHeader("Content-Type", WriteProblem.CONTENT_TYPE);
        response.putHeader("X-Content-Type-Options", "nosniff");
        response.putHeader("Cache-Control", "no-store");
        gate.allowedOrigin(ctx.request().getHeader("Origin")).ifPresent(origin -> {
            response.putHeader("Access-Control-Allow-Origin", origin);
            response.putHeader("Access-Control-Expose-Headers", "Retry-After");
            response.putHeader("Vary", "Origin");
        });
        Object retryAfter = answer.extensions().get("retryAfterSeconds");
        if (retryAfter != null) {
            response.putHeader("Retry-After", retryAfter.toString());
        }
        if (wait == 0) {
            headers.forEach(response::putHeader);
        }
        response.end(WriteProblem.document(answer, echo(ctx.request().path())));
        return wait == 0;
    }

    private String client(RoutingContext ctx) {
        String header = gate.clientHeader();
        var remote = ctx.request().remoteAddress();
        return gate.client(header == null ? null : ctx.request().getHeader(header), remote == null ? null : remote.hostAddress());
    }

    /** Text from the request, as far as it is shown back or logged: short, without control characters. */
    static String echo(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.replaceAll("[\\p{Cntrl}\\p{Cf}]", "?");
        return clean.length() > MAX_ECHO ? clean.substring(0, MAX_ECHO) + "..." : clean;
    }

}

package org.imhfinder.searchapi.http;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestBindingMode;
import org.imhfinder.searchapi.request.ApiProblem;

/**
 * What every API route builder shares: REST on the platform HTTP server without binding (bodies
 * are JSON this module writes itself), and every failure answered as a problem document.
 */
public abstract class ApiRouteBuilder extends RouteBuilder {
    public static final String BASE = "/api/v1";

    @Override
    public final void configure() throws Exception {
        restConfiguration().component("platform-http").bindingMode(RestBindingMode.off);
        onException(Exception.class).handled(true).process(new WriteProblem());
        routes();
    }

    /** The builder's REST verbs and routes. */
    protected abstract void routes() throws Exception;

    /** The id of a path parameter, checked: ids are short and plain. */
    public static String pathId(org.apache.camel.Exchange exchange, String name) {
        String id = exchange.getMessage().getHeader(name, String.class);
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}")) {
            throw ApiProblem.badParameter(name, "not a valid id");
        }
        return id;
    }
}

package org.imhfinder.runtime.ops;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Serves the process's meters in the Prometheus text format (to HEAD: the headers only). */
final class PrometheusScrape implements Processor {
    private final PrometheusMeterRegistry meters;

    PrometheusScrape(PrometheusMeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void process(Exchange exchange) {
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
        // HEAD: the same status and headers as GET, no body (the HTTP server would send one)
        boolean head = "HEAD".equalsIgnoreCase(exchange.getMessage().getHeader(Exchange.HTTP_METHOD, String.class));
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200); // not 204 for HEAD's empty body
        exchange.getMessage().setBody(head ? "" : meters.scrape());
    }
}

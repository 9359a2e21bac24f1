package org.imhfinder.runtime.ops;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Serves the process's meters in the Prometheus text format. */
final class PrometheusScrape implements Processor {
    private final PrometheusMeterRegistry meters;

    PrometheusScrape(PrometheusMeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void process(Exchange exchange) {
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
        exchange.getMessage().setBody(meters.scrape());
    }
}

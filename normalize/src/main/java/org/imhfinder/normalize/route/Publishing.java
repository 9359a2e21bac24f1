package org.imhfinder.normalize.route;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Puts the pages that were waiting for the normalized pages' documents in the body, to be split and normalized again. */
final class Publishing implements Processor {
    @Override
    public void process(Exchange exchange) {
        exchange.getMessage().setBody(NormalizePage.results(exchange).stream().flatMap(result -> result.ready().stream()).toList());
    }
}

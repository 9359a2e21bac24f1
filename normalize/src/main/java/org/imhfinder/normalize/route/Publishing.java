package org.imhfinder.normalize.route;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Puts the pages that were waiting for the normalized page's document in the body, to be split and normalized again. */
final class Publishing implements Processor {
    @Override
    public void process(Exchange exchange) {
        exchange.getMessage().setBody(NormalizePage.result(exchange).ready());
    }
}

package org.imhfinder.normalize.route;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.normalize.normalizer.NormalizedPage;

/** Puts one part of the normalized page in the body, to be split and sent: its listings, or the pages ready again. */
final class Publishing implements Processor {
    enum Part { LISTINGS, READY_PAGES }

    private final Part part;

    Publishing(Part part) {
        this.part = part;
    }

    @Override
    public void process(Exchange exchange) {
        NormalizedPage result = NormalizePage.result(exchange);
        exchange.getMessage().setBody(part == Part.LISTINGS ? result.listings() : result.ready());
    }
}

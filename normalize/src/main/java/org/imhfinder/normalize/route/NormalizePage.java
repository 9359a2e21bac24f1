package org.imhfinder.normalize.route;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageEvent;

/**
 * Reads the page event in the body and normalizes it: the body becomes the page's listings (to
 * split and publish), the outcome waits in the {@link #OUTCOME} property.
 */
final class NormalizePage implements Processor {
    static final String OUTCOME = "imh.outcome";

    private final PageNormalizer normalizer;

    NormalizePage(PageNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public void process(Exchange exchange) {
        PageEvent page = Json.read(exchange.getMessage().getBody(String.class), PageEvent.class);
        NormalizedPage normalized = normalizer.normalize(page);
        exchange.setProperty(OUTCOME, normalized.outcome());
        exchange.getMessage().setBody(normalized.listings());
    }
}

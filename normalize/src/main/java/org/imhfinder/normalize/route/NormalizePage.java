package org.imhfinder.normalize.route;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.normalize.normalizer.NormalizedPage;
import org.imhfinder.normalize.normalizer.PageNormalizer;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageEvent;

/** Reads the page event in the body and normalizes it; the result waits in the {@link #RESULT} property. */
final class NormalizePage implements Processor {
    static final String RESULT = "imhNormalized";

    private final PageNormalizer normalizer;

    NormalizePage(PageNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public void process(Exchange exchange) {
        PageEvent page = Json.read(exchange.getMessage().getBody(String.class), PageEvent.class);
        exchange.setProperty(RESULT, normalizer.normalize(page));
    }

    static NormalizedPage result(Exchange exchange) {
        return exchange.getProperty(RESULT, NormalizedPage.class);
    }
}

package org.imhfinder.normalize.route;

import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.normalize.normalizer.NormalizedPage;
import org.imhfinder.normalize.normalizer.PageNormalizer;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageEvent;

/**
 * Reads the page event in the body and normalizes it; the result waits in the {@link #RESULT} property.
 * An {@link Error} from normalizing (the bounded reading on its worker turns its own into dead letters)
 * leaves as an exception: thrown on the consumer's thread it would end the consumer for good, while as
 * an exception it is a failed attempt at the record (see {@link Attempts}).
 */
final class NormalizePage implements Processor {
    static final String RESULT = "imhNormalized";
    /** On the way to {@link NormalizeRoutes#PUBLISH}: the normalized pages to publish, a list. */
    static final String RESULTS = "imhNormalizedPages";

    private final PageNormalizer normalizer;

    NormalizePage(PageNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public void process(Exchange exchange) {
        PageEvent page = Json.read(exchange.getMessage().getBody(String.class), PageEvent.class);
        try {
            exchange.setProperty(RESULT, normalizer.normalize(page));
        } catch (Error e) { // deliberately caught: see the class comment
            throw new IllegalStateException("normalizing " + page.url() + " failed: " + e, e);
        }
    }

    /** The page normalized here. */
    static NormalizedPage result(Exchange exchange) {
        return exchange.getProperty(RESULT, NormalizedPage.class);
    }

    /** The pages to publish (see {@link #RESULTS}). */
    @SuppressWarnings("unchecked")
    static List<NormalizedPage> results(Exchange exchange) {
        return exchange.getProperty(RESULTS, List.class);
    }
}

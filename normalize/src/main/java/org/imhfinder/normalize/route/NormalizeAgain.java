package org.imhfinder.normalize.route;

import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.normalize.metrics.NormalizeMetrics;
import org.imhfinder.normalize.normalizer.NormalizedPage;
import org.imhfinder.normalize.normalizer.PageNormalizer;
import org.imhfinder.schema.InvalidRecordException;
import org.imhfinder.schema.PageEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Normalizes again a page that waited for a document (the {@link PageEvent} in the body). It was
 * normalized once already; if it now fails, the failure is counted and logged and the event that
 * brought the document goes on.
 */
final class NormalizeAgain implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(NormalizeAgain.class);

    private final PageNormalizer normalizer;
    private final NormalizeMetrics metrics;

    NormalizeAgain(PageNormalizer normalizer, NormalizeMetrics metrics) {
        this.normalizer = normalizer;
        this.metrics = metrics;
    }

    @Override
    public void process(Exchange exchange) {
        PageEvent page = exchange.getMessage().getBody(PageEvent.class);
        NormalizedPage result;
        try {
            result = normalizer.normalizeAgain(page);
        } catch (InvalidRecordException e) {
            metrics.deadLettered(e);
            LOG.warn("could not normalize {} again after its document arrived: {}", page.url(), e.getMessage());
            result = new NormalizedPage(List.of(), null, null, null, List.of());
        } catch (Error e) { // as in NormalizePage: an Error must not end the thread that delivered the document
            throw new IllegalStateException("normalizing " + page.url() + " again failed: " + e, e);
        }
        exchange.setProperty(NormalizePage.RESULTS, List.of(result));
    }
}

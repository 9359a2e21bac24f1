package org.imhfinder.normalize.route;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.normalize.metrics.NormalizeMetrics;

/** Counts a dead-lettered page by reason, before {@code ToDeadLetter} writes it. */
final class CountDeadLetter implements Processor {
    private final NormalizeMetrics metrics;

    CountDeadLetter(NormalizeMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void process(Exchange exchange) {
        metrics.deadLettered(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class));
    }
}

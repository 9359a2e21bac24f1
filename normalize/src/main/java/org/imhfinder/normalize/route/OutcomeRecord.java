package org.imhfinder.normalize.route;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.runtime.kafka.KafkaHeaders;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageOutcome;

/** The page's outcome as its {@code imh.page-outcomes.v1} record: JSON, keyed by canonical URL. */
final class OutcomeRecord implements Processor {
    @Override
    public void process(Exchange exchange) {
        PageOutcome outcome = NormalizePage.result(exchange).outcome();
        exchange.getMessage().setHeader(KafkaHeaders.KEY, outcome.url());
        exchange.getMessage().setBody(Json.write(outcome));
    }
}

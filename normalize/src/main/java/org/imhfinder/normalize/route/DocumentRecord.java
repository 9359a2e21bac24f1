package org.imhfinder.normalize.route;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.normalize.normalizer.NormalizedPage;
import org.imhfinder.runtime.kafka.KafkaHeaders;
import org.imhfinder.schema.Json;

/**
 * A document's text as its {@code imh.documents.v1} record (JSON, keyed by the document's URL),
 * or a tombstone (no value) when the document is gone.
 */
final class DocumentRecord implements Processor {
    @Override
    public void process(Exchange exchange) {
        NormalizedPage result = NormalizePage.result(exchange);
        if (result.document() != null) {
            exchange.getMessage().setHeader(KafkaHeaders.KEY, result.document().url());
            exchange.getMessage().setBody(Json.write(result.document()));
        } else {
            exchange.getMessage().setHeader(KafkaHeaders.KEY, result.goneDocument());
            exchange.getMessage().setBody(null);
        }
    }

    static boolean hasOne(Exchange exchange) {
        NormalizedPage result = NormalizePage.result(exchange);
        return result.document() != null || result.goneDocument() != null;
    }
}

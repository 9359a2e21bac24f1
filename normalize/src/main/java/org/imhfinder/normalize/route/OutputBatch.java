package org.imhfinder.normalize.route;

import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.support.DefaultMessage;
import org.imhfinder.normalize.normalizer.NormalizedPage;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.Topics;

/**
 * Puts one part of normalized pages' records in the body (the pages of a round, in order), as a list the Kafka
 * producer sends at once and acknowledges together: the pages' listings ({@code imh.programs.v1}, keyed by program id), or its outcome
 * ({@code imh.page-outcomes.v1}, keyed by canonical URL) with a PDF's text ({@code imh.documents.v1}, keyed by the
 * document's URL; no value when the document is gone). One wait for Kafka per part instead of one per record; the
 * listings are acknowledged before the outcomes are sent, because the indexer reads an outcome as the page's final word.
 */
final class OutputBatch implements Processor {
    enum Part { LISTINGS, OUTCOME_AND_DOCUMENT }

    private final Part part;

    OutputBatch(Part part) {
        this.part = part;
    }

    @Override
    public void process(Exchange exchange) {
        List<Message> records = new ArrayList<>();
        for (NormalizedPage result : NormalizePage.results(exchange)) {
            add(exchange, result, records);
        }
        exchange.getMessage().setBody(records);
    }

    private void add(Exchange exchange, NormalizedPage result, List<Message> records) {
        if (part == Part.LISTINGS) {
            for (ProgramListing listing : result.listings()) {
                records.add(record(exchange, Topics.PROGRAMS, listing.id(), Json.write(listing)));
            }
        } else {
            if (result.outcome() != null) {
                records.add(record(exchange, Topics.PAGE_OUTCOMES, result.outcome().url(), Json.write(result.outcome())));
            }
            if (result.document() != null) {
                records.add(record(exchange, Topics.DOCUMENTS, result.document().url(), Json.write(result.document())));
            } else if (result.goneDocument() != null) {
                records.add(record(exchange, Topics.DOCUMENTS, result.goneDocument(), null));
            }
        }
    }

    /** Whether the body holds any record to send (the producer is not asked to send an empty batch). */
    static boolean any(Exchange exchange) {
        return !exchange.getMessage().getBody(List.class).isEmpty();
    }

    private static Message record(Exchange exchange, String topic, String key, String value) {
        Message record = new DefaultMessage(exchange);
        record.setHeader(KafkaConstants.OVERRIDE_TOPIC, topic);
        record.setHeader(KafkaConstants.KEY, key);
        record.setBody(value);
        return record;
    }
}

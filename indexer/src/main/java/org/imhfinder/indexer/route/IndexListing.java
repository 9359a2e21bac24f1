package org.imhfinder.indexer.route;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.schema.InvalidRecordException;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.SearchIndex;

/** Writes one listing from {@code imh.programs.v1} into the index (through the alias), keyed by its id. */
public final class IndexListing implements Processor {
    private final ElasticsearchClient client;
    private final MeterRegistry meters;

    public IndexListing(ElasticsearchClient client, MeterRegistry meters) {
        this.client = client;
        this.meters = meters;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String value = exchange.getMessage().getBody(String.class);
        if (value == null) {
            return; // a tombstone: retirements arrive with curation
        }
        ProgramListing listing = Json.read(value, ProgramListing.class);
        if (listing.id() == null || listing.schemaVersion() != ProgramListing.SCHEMA_VERSION) {
            throw new InvalidRecordException("a listing needs an id and schemaVersion " + ProgramListing.SCHEMA_VERSION);
        }
        ObjectNode document = ListingDocuments.documentOf(listing);
        client.index(i -> i.index(SearchIndex.PROGRAMS_ALIAS).id(listing.id()).document(document));
        meters.counter("imh.indexer.indexed").increment();
    }
}

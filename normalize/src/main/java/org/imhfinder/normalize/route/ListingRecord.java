package org.imhfinder.normalize.route;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.imhfinder.runtime.kafka.KafkaHeaders;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ProgramListing;

/** A listing as its {@code imh.programs.v1} record: JSON, keyed by program id. */
final class ListingRecord implements Processor {
    @Override
    public void process(Exchange exchange) {
        ProgramListing listing = exchange.getMessage().getBody(ProgramListing.class);
        exchange.getMessage().setHeader(KafkaHeaders.KEY, listing.id());
        exchange.getMessage().setBody(Json.write(listing));
    }
}

package org.imhfinder.indexer.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imhfinder.indexer.Fixtures.T0;
import static org.imhfinder.indexer.Fixtures.listing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.imhfinder.schema.Contact;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ListingField;
import org.imhfinder.schema.Location;
import org.imhfinder.schema.ProgramListing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The field count is read from the listing itself: it must count what the listing's JSON shows as a value. */
class KeyFieldsTest {
    private static final ProgramListing FULL = listing("prg-1", "https://mi-aimh.org/endorsement/", T0);

    static Stream<ProgramListing> listings() {
        return Stream.of(FULL,
                FULL.toBuilder().description("   ").audience(List.of()).build(),
                FULL.toBuilder().location(new Location(null, null, null, null)).contact(new Contact(null, "555-0100", null)).build(),
                FULL.toBuilder().provider(null).topics(null).cost("").trainingHours(null).build(),
                ProgramListing.builder().id("prg-2").sourceUrl("https://example.org/").build());
    }

    @ParameterizedTest
    @MethodSource("listings")
    void theFieldCountIsTheNumberOfContentFieldsWithAValueInTheListingsJson(ProgramListing listing) {
        JsonNode json = Json.mapper().valueToTree(listing);
        long shown = Stream.of(ListingField.values()).filter(ListingField::isContent)
                .map(field -> json.get(field.json()))
                .filter(value -> value != null && !value.isNull()
                        && (value.isTextual() ? !value.asText().isBlank() : !value.isContainerNode() || !value.isEmpty()))
                .count();

        assertThat(KeyFields.fieldCount(listing)).isEqualTo(shown);
    }
}

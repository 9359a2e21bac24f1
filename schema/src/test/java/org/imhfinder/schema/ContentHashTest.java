package org.imhfinder.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContentHashTest {

    static Stream<ProgramListing> listings() {
        return Stream.of(SampleRecords.full(ProgramListing.class), SampleRecords.minimal(ProgramListing.class));
    }

    /** The form hashes always had: the listing as a JSON tree, its non-null content fields copied in catalogue order. */
    private static String treeForm(ProgramListing listing) {
        JsonNode json = Json.mapper().valueToTree(listing);
        ObjectNode content = Json.mapper().createObjectNode();
        for (ListingField field : ListingField.values()) {
            JsonNode value = json.get(field.json());
            if (field.isContent() && value != null && !value.isNull()) {
                content.set(field.json(), value);
            }
        }
        return Json.write(content);
    }

    @ParameterizedTest
    @MethodSource("listings")
    void theContentIsWrittenExactlyAsTheTreeOfTheWholeListingHadIt(ProgramListing listing) {
        assertThat(new String(ContentHash.canonical(listing), StandardCharsets.UTF_8)).isEqualTo(treeForm(listing));
    }

    @ParameterizedTest
    @MethodSource("listings")
    void neitherProvenanceNorBookkeepingChangesTheHash(ProgramListing listing) {
        ProgramListing other = listing.toBuilder().provenance(null).crawlId("another").contentHash("x").build();
        assertThat(ContentHash.of(other)).isEqualTo(ContentHash.of(listing));
    }
}

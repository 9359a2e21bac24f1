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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A summary reads only what it needs of a listing: the field count must count what the listing's
 * JSON shows as a value, and each fingerprint must be the one of the field as the whole listing's
 * JSON writes it (stored baselines hold such fingerprints: another would flag every listing changed).
 */
class KeyFieldsTest {
    private static final ProgramListing FULL = listing("prg-1", "https://mi-aimh.org/endorsement/", T0);

    static Stream<ProgramListing> listings() {
        return Stream.of(FULL,
                FULL.toBuilder().description("   ").audience(List.of()).build(),
                FULL.toBuilder().location(new Location(null, null, null, null)).contact(new Contact(null, "555-0100", null)).build(),
                FULL.toBuilder().provider(null).topics(null).cost("").trainingHours(null).build(),
                FULL.toBuilder().name("Infant\u2013Family \"Endorsement\u00ae\" \\ Caf\u00e9 \ud83d\udc76\n").cost("$1,200\t").build(),
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

    @ParameterizedTest
    @MethodSource("listings")
    void eachFingerprintIsThatOfTheFieldInTheWholeListingsJson(ProgramListing listing) throws Exception {
        JsonNode json = Json.mapper().valueToTree(listing);
        java.util.Map<String, String> expected = new java.util.HashMap<>();
        for (String field : KeyFields.KEY) {
            JsonNode value = json.get(field);
            if (value != null && !value.isNull()
                    && (value.isTextual() ? !value.asText().isBlank() : !value.isContainerNode() || !value.isEmpty())) {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(value.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                expected.put(field, java.util.HexFormat.of().formatHex(digest, 0, 8));
            }
        }

        assertThat(KeyFields.fingerprints(listing)).isEqualTo(expected);
        assertThat(KeyFields.values(listing).keySet()).isEqualTo(expected.keySet());
    }

    /** A summary's values are compared with baselines read back from JSON: they must be what the mapper reads. */
    @ParameterizedTest
    @ValueSource(strings = {"\"text\"", "true", "null", "7", "12345678901", "123456789012345678901234567890", "2.5",
            "[1, \"a\", [2.0]]", "{\"city\": \"Lansing\", \"zip\": 48823, \"tags\": [\"x\"], \"geo\": {\"lat\": 42.7}}"})
    void aKeyFieldsValueIsWhatTheMapperReadsFromItsJson(String json) throws Exception {
        JsonNode node = Json.mapper().readTree(json);

        Object plain = KeyFields.plain(node);

        assertThat(plain).isEqualTo(Json.mapper().convertValue(node, Object.class));
        assertThat(plain).isEqualTo(Json.mapper().readValue(json, Object.class));
    }
}

package org.imhfinder.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ListingFieldTest {
    @Test
    void theCatalogueNamesEveryComponentOfAListingInOrder() {
        List<String> components = Arrays.stream(ProgramListing.class.getRecordComponents()).map(c -> c.getName()).toList();

        assertThat(Arrays.stream(ListingField.values()).map(ListingField::json)).containsExactlyElementsOf(components);
    }

    @Test
    void thePipelinesBookkeepingIsNeverPublicAndIdentityIsNeverOverridden() {
        assertThat(ListingField.publicNames()).doesNotContain("schemaVersion", "contentHash", "crawlId", "fetchedAt")
                .contains("id", "sourceUrl", "name", "trainingHours", "provenance", "freshness");
        assertThat(Stream.of(ListingField.ID, ListingField.SOURCE_ID, ListingField.SOURCE_URL, ListingField.PROVENANCE,
                ListingField.FRESHNESS, ListingField.CONTENT_HASH)).noneMatch(ListingField::isOverridable);
    }

    @Test
    void keyFieldsAreTheFactsOfAProgramNotItsProse() {
        assertThat(ListingField.TRAINING_HOURS.isKey()).isTrue();
        assertThat(ListingField.APPLICATION_DEADLINE.isKey()).isTrue();
        assertThat(ListingField.DESCRIPTION.isKey()).isFalse();
        assertThat(ListingField.DESCRIPTION.isOverridable()).isTrue();
        assertThat(ListingField.byJson("reflectiveSupervisionHours")).contains(ListingField.REFLECTIVE_SUPERVISION_HOURS);
        assertThat(ListingField.byJson("nope")).isEmpty();
    }
}

package org.imhfinder.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceMergeTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final String OWN = "https://aimh.test/endorsement/level-2/";
    private static final String HUB = "https://aimh.test/endorsement/";
    private static final String PDF_PAGE = "https://aimh.test/endorsement/level-2/details/";

    private static ProgramListing page(String url, EvidenceRole role, Instant at) {
        return ProgramListing.builder().id("aimh-ifs").sourceId("aimh").sourceUrl(url).evidence(role)
                .name("Infant Family Specialist Endorsement (Level II)").credential(Credential.ENDORSEMENT)
                .crawlId("crawl-" + at.getEpochSecond()).fetchedAt(at).build();
    }

    @Test
    void eachFieldComesFromTheMostTrustedPageThatStatesIt() {
        ProgramListing own = page(OWN, EvidenceRole.OWN_PAGE, T0).toBuilder().trainingHours(30)
                .provenance(Map.of("trainingHours", new FieldProvenance(ExtractionMethod.STRUCTURE, 0.9, "Training: 30 hours")))
                .build();
        ProgramListing hub = page(HUB, EvidenceRole.SUMMARY, T0.plusSeconds(5)).toBuilder().trainingHours(24).cost("$150")
                .location(new Location("Lansing", null, "US", null))
                .provenance(Map.of("cost", new FieldProvenance(ExtractionMethod.TEXT, 0.7, "Fee: $150"),
                        "location.city", new FieldProvenance(ExtractionMethod.TEXT, 0.6, "Lansing")))
                .build();

        EvidenceMerge.Merged merged = EvidenceMerge.merge(List.of(hub, own), OWN);

        ProgramListing program = merged.listing();
        assertThat(program.sourceUrl()).isEqualTo(OWN);
        assertThat(program.trainingHours()).isEqualTo(30);
        assertThat(program.cost()).isEqualTo("$150");
        assertThat(program.location().city()).isEqualTo("Lansing");
        assertThat(program.alsoDescribedOn()).containsExactly(HUB);
        assertThat(program.provenance().get("trainingHours").url()).isNull();
        assertThat(program.provenance().get("cost").url()).isEqualTo(HUB);
        assertThat(program.provenance().get("location.city").url()).isEqualTo(HUB);
        assertThat(program.fetchedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(program.contentHash()).isEqualTo(ContentHash.of(program));
        assertThat(merged.conflicts()).as("a summary is less trusted: its other hours are no conflict").isEmpty();
    }

    @Test
    void theOrderPagesArriveInNeverChangesTheProgram() {
        ProgramListing own = page(OWN, EvidenceRole.OWN_PAGE, T0).toBuilder().trainingHours(30).build();
        ProgramListing details = page(PDF_PAGE, EvidenceRole.OWN_PAGE, T0.plusSeconds(9)).toBuilder().trainingHours(30)
                .duration("12 months").build();
        ProgramListing hub = page(HUB, EvidenceRole.SUMMARY, T0.plusSeconds(3)).toBuilder().cost("$150").build();

        ProgramListing a = EvidenceMerge.merge(List.of(own, details, hub), EvidenceMerge.ownPage(List.of(own, details, hub))).listing();
        ProgramListing b = EvidenceMerge.merge(List.of(hub, details, own), EvidenceMerge.ownPage(List.of(hub, details, own))).listing();

        assertThat(a).isEqualTo(b);
        assertThat(a.sourceUrl()).as("the landing page, which the details page sits under").isEqualTo(OWN);
        assertThat(a.alsoDescribedOn()).containsExactly(HUB, PDF_PAGE);
    }

    @Test
    void equallyTrustedPagesThatDisagreeAreReportedNotAlternated() {
        ProgramListing own = page(OWN, EvidenceRole.OWN_PAGE, T0).toBuilder().trainingHours(30).build();
        ProgramListing details = page(PDF_PAGE, EvidenceRole.OWN_PAGE, T0).toBuilder().trainingHours(40).build();

        EvidenceMerge.Merged merged = EvidenceMerge.merge(List.of(details, own), OWN);

        assertThat(merged.listing().trainingHours()).isEqualTo(30);
        assertThat(merged.conflicts()).containsExactly(new EvidenceMerge.Conflict("trainingHours", PDF_PAGE, "40"));
    }

    @Test
    void aLandingPageIsPreferredToThePagesUnderItThenTheShorterUrl() {
        assertThat(EvidenceMerge.comparePages("https://u.test/cert/", "https://u.test/cert/admissions")).isNegative();
        assertThat(EvidenceMerge.comparePages("https://u.test/cert/details", "https://u.test/cert")).isPositive();
        assertThat(EvidenceMerge.comparePages("https://u.test/a", "https://u.test/bb")).isNegative();
    }

    @Test
    void aListingWrittenBeforeRolesExistedIsItsOwnPage() {
        ProgramListing old = page(OWN, null, T0);
        ProgramListing hub = page(HUB, EvidenceRole.SUMMARY, T0);

        assertThat(EvidenceMerge.ownPage(List.of(hub, old))).isEqualTo(OWN);
    }

    /** One page's merge takes a short path: it must be the program its JSON reads back as, nothing else. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void onePagesEvidenceIsTheProgramItsJsonReadsBackAs(boolean full) {
        ProgramListing page = full ? SampleRecords.full(ProgramListing.class) : SampleRecords.minimal(ProgramListing.class);
        ProgramListing read = Json.read(Json.write(page), ProgramListing.class);
        ProgramListing expected = read.toBuilder().evidence(EvidenceRole.of(read.evidence())).alsoDescribedOn(List.of())
                .build();
        expected = expected.toBuilder().contentHash(ContentHash.of(expected)).build();

        EvidenceMerge.Merged merged = EvidenceMerge.merge(List.of(page), page.sourceUrl());

        assertThat(merged.listing()).isEqualTo(expected);
        assertThat(merged.conflicts()).isEmpty();
    }
}

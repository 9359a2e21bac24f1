package org.imhfinder.normalize.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imhfinder.normalize.Fixtures;
import org.imhfinder.schema.Education;
import org.imhfinder.schema.ExtractionMethod;
import org.imhfinder.schema.ProgramComponent;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.ProviderType;
import org.imhfinder.sources.SourceDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules for region, numbers and chrome, on fixture pages of sources that give only a name and seeds. */
class FieldRulesTest {
    private static final SourceDefinition ASSOCIATION = source("example-aimh", "Example Association for Infant Mental Health",
            ProviderType.ASSOCIATION);
    private static final SourceDefinition UNIVERSITY = source("harbor", "Harbor Graduate School", ProviderType.UNIVERSITY);

    private static SourceDefinition source(String id, String name, ProviderType type) {
        return new SourceDefinition(id, name, type, null, List.of(URI.create("https://" + id + ".example.org/")),
                List.of(id + ".example.org"), null, null, null, List.of(), List.of(), List.of(), 2);
    }

    private static Map<String, ProgramListing> byLevel(SourceDefinition source, String fixture) {
        List<ProgramListing> listings = Fixtures.normalizer(List.of(source))
                .normalize(Fixtures.ok(source, "/" + fixture, Fixtures.html(fixture))).listings();
        return listings.stream().collect(Collectors.toMap(l -> l.level() == null ? l.name() : l.level(), Function.identity()));
    }

    @ParameterizedTest(name = "{0}: education {1}, years {2}, training {3}, RS/C {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Infant Family Associate           | NONE      | -   | 30 | -
            Infant Family Specialist          | BACHELORS | 2.0 | 30 | 24
            Infant Mental Health Specialist   | MASTERS   | 2.0 | 30 | 50
            """)
    void aChartIsReadWithItsSpanningCellsAndNotes(String level, Education education, Double years, Integer training, Integer supervision) {
        ProgramListing listing = byLevel(ASSOCIATION, "requirements-chart-with-spanning-cells-and-notes.html").get(level);

        assertThat(listing.minimumEducation()).isEqualTo(education);
        assertThat(listing.yearsExperience()).isEqualTo(years);
        assertThat(listing.trainingHours()).isEqualTo(training);
        assertThat(listing.reflectiveSupervisionHours()).isEqualTo(supervision);
        assertThat(listing.topics()).as("a cell every level shares is no subject of one").isEmpty();
    }

    @Test
    void theProviderWithoutAStateInItsNameIsInTheStateOfItsFooterAddress() {
        ProgramListing listing = byLevel(ASSOCIATION, "requirements-chart-with-spanning-cells-and-notes.html").get("Infant Family Specialist");

        assertThat(listing.location().region()).isEqualTo("MI");
        assertThat(listing.location().city()).isNull();
        assertThat(listing.provenance().get("location.region").evidence()).contains("postal address", "Lansing, MI 48912");
    }

    @ParameterizedTest(name = "{0}: training {1}, RS/C {2}, years {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Infant Family Specialist          | 30 | 24 | 2.0
            Infant Mental Health Specialist   | 40 | 50 | 2.0
            Infant Mental Health Mentor       | 30 | -  | 3.0
            """)
    void requirementsStatedOnceOrWithoutTheirLabelAreRead(String level, Integer training, Integer supervision, Double years) {
        ProgramListing listing = byLevel(ASSOCIATION, "categories-with-requirements-stated-once.html").get(level);

        assertThat(listing.trainingHours()).isEqualTo(training);
        assertThat(listing.reflectiveSupervisionHours()).isEqualTo(supervision);
        assertThat(listing.yearsExperience()).isEqualTo(years);
    }

    @Test
    void hoursOfSupervisionMakeItAComponentHoweverTheyWereFound() {
        ProgramListing specialist = byLevel(ASSOCIATION, "categories-with-requirements-stated-once.html").get("Infant Family Specialist");

        assertThat(specialist.reflectiveSupervisionHours()).isEqualTo(24);
        assertThat(specialist.components()).contains(ProgramComponent.REFLECTIVE_SUPERVISION);
    }

    @Test
    void supervisionWaivedForSomePathsIsNeitherHoursNorAComponent() {
        ProgramListing mentor = byLevel(ASSOCIATION, "categories-with-requirements-stated-once.html").get("Infant Mental Health Mentor");

        assertThat(mentor.reflectiveSupervisionHours()).isNull();
        assertThat(mentor.components()).doesNotContain(ProgramComponent.REFLECTIVE_SUPERVISION);
    }

    @Test
    void aProgramPageIsReadWithoutItsChromeAndWithoutLengthsOrHoursOfSomethingElse() {
        ProgramListing certificate = byLevel(UNIVERSITY, "program-page-of-a-provider-with-its-address-in-the-footer.html")
                .get("Infant Mental Health Certificate");

        assertThat(certificate.location().region()).as("the footer's address, not the cities the text names").isEqualTo("IL");
        assertThat(certificate.provenance().get("location.region").method()).isEqualTo(ExtractionMethod.STRUCTURE);
        assertThat(certificate.duration()).isEqualTo("nine months");
        assertThat(certificate.trainingHours()).as("credit hours are not hours").isNull();
        assertThat(certificate.yearsExperience()).isEqualTo(2.0);
        assertThat(certificate.minimumEducation()).isEqualTo(Education.MASTERS);
        assertThat(certificate.description()).startsWith("The certificate is a nine-month program")
                .doesNotContain("Skip to content", "Campus is closed", "Harbor Graduate School", "Programs", "Request Information",
                        "Apply Now", "Fee Structure");
    }

    @Test
    void rowsRunTogetherWithoutColonsAreReadByTheirLabels() {
        ProgramListing associate = byLevel(ASSOCIATION, "requirement-rows-run-together-without-colons.html").get("Infant Family Associate");

        assertThat(associate.minimumEducation()).isEqualTo(Education.NONE);
        assertThat(associate.trainingHours()).isEqualTo(30);
        assertThat(associate.reflectiveSupervisionHours()).isNull();
        assertThat(associate.yearsExperience()).as("years offered instead of a degree").isNull();
    }

    @Test
    void aProgramNamedAfterADegreeDoesNotRequireIt() {
        ProgramListing phd = byLevel(UNIVERSITY, "degree-program-named-after-its-degree.html").values().iterator().next();

        assertThat(phd.name()).isEqualTo("PhD in Infant and Early Childhood Development");
        assertThat(phd.minimumEducation()).isNull();
        assertThat(phd.trainingHours()).isNull();
    }

    @Test
    void theStateASourceDeclaresComesFirstButADirectoryEntryKeepsItsOwn() {
        SourceDefinition declared = new SourceDefinition("example-aimh", "Example Association for Infant Mental Health",
                ProviderType.ASSOCIATION, "IN", List.of(URI.create("https://example-aimh.example.org/")),
                List.of("example-aimh.example.org"), null, null, null, List.of(), List.of(), List.of(), 2);

        ProgramListing specialist = byLevel(declared, "requirements-chart-with-spanning-cells-and-notes.html").get("Infant Family Specialist");
        Map<String, ProgramListing> entries = byLevel(declared, "directory-of-programs.html");

        assertThat(specialist.location().region()).as("not the footer's MI").isEqualTo("IN");
        assertThat(specialist.provenance().get("location.region").method()).isEqualTo(ExtractionMethod.SOURCE);
        assertThat(entries.get("Graduate Certificate in Infant Mental Health").location().region()).isEqualTo("MI");
        assertThat(entries.get("Perinatal Mental Health Fellowship").location().region()).isEqualTo("OH");
    }
}

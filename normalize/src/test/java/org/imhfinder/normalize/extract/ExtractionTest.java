package org.imhfinder.normalize.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.imhfinder.normalize.Fixtures;
import org.imhfinder.normalize.normalizer.PageNormalizer;
import org.imhfinder.normalize.text.ControlCharacters;
import org.imhfinder.schema.Credential;
import org.imhfinder.schema.Delivery;
import org.imhfinder.schema.Education;
import org.imhfinder.schema.ExtractionMethod;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.ProviderType;
import org.imhfinder.sources.SourceDefinition;
import org.junit.jupiter.api.Test;

/** Fields of fixture pages as the whole normalizer extracts them, with how each was found. */
class ExtractionTest {
    private final SourceDefinition source = Fixtures.source();
    private final PageNormalizer normalizer = Fixtures.normalizer(List.of(source));

    private List<ProgramListing> listings(String fixture) {
        return normalizer.normalize(Fixtures.ok(source, "/" + fixture, Fixtures.html(fixture))).listings();
    }

    @Test
    void jsonLdValuesWinAndSayTheyCameFromJsonLd() {
        ProgramListing course = listings("jsonld-graph-with-course.html").get(0);

        assertThat(course.delivery()).isEqualTo(Delivery.ONLINE);
        assertThat(course.duration()).isEqualTo("18 months");
        assertThat(course.cost()).isEqualTo("$1500");
        assertThat(course.location().city()).isEqualTo("Denver");
        // the state is the provider's, and the source declares it; the course meets in another state's city
        assertThat(course.location().region()).isEqualTo("MI");
        assertThat(course.provenance().get("delivery").method()).isEqualTo(ExtractionMethod.JSON_LD);
        assertThat(course.provenance().get("location.city").method()).isEqualTo(ExtractionMethod.JSON_LD);
    }

    @Test
    void microdataIsReadLikeJsonLd() {
        ProgramListing course = listings("microdata-course-inside-joomla-article.html").get(0);

        assertThat(course.name()).isEqualTo("Child-Parent Psychotherapy Learning Collaborative");
        assertThat(course.credential()).isEqualTo(Credential.COURSE);
        assertThat(course.delivery()).isEqualTo(Delivery.HYBRID);
        assertThat(course.provenance().get("delivery").method()).isEqualTo(ExtractionMethod.MICRODATA);
    }

    @Test
    void aDirectoryEntryNamesItsOwnProviderStateAndLink() {
        List<ProgramListing> entries = listings("directory-of-programs.html");

        assertThat(entries).hasSize(2);
        ProgramListing certificate = entries.get(0);
        assertThat(certificate.provider().name()).isEqualTo("State University, College of Education");
        assertThat(certificate.provider().type()).isEqualTo(ProviderType.UNIVERSITY);
        assertThat(certificate.location().region()).isEqualTo("MI");
        assertThat(certificate.contact().url()).isEqualTo("https://uni.example.edu/imh");
        assertThat(certificate.delivery()).isEqualTo(Delivery.ONLINE);
        assertThat(entries.get(1).duration()).isEqualTo("1 year");
    }

    @Test
    void labelledValuesAreReadByTheirLabelAndSaySo() {
        ProgramListing ifa = listings("accordion-details-summary.html").get(0);

        assertThat(ifa.minimumEducation()).isEqualTo(Education.CDA);
        assertThat(ifa.trainingHours()).isEqualTo(30);
        assertThat(ifa.yearsExperience()).isEqualTo(2.0);
        assertThat(ifa.reflectiveSupervisionHours()).isNull();
        assertThat(ifa.components()).isEmpty();
        assertThat(ifa.provenance().get("minimumEducation").method()).isEqualTo(ExtractionMethod.STRUCTURE);
        assertThat(ifa.provenance().get("minimumEducation").evidence()).contains("Education");
    }

    @Test
    void whatThePageDoesNotStateStaysEmptyAndTheSourcesStateIsMarkedAsSuch() {
        ProgramListing ifa = listings("accordion-details-summary.html").get(0);

        assertThat(ifa.cost()).isNull();
        assertThat(ifa.applicationDeadline()).isNull();
        assertThat(ifa.delivery()).isNull();
        assertThat(ifa.location().region()).isEqualTo("MI");
        assertThat(ifa.provenance().get("location.region").method()).isEqualTo(ExtractionMethod.SOURCE);
        assertThat(ifa.provenance().get("provider").method()).isEqualTo(ExtractionMethod.SOURCE);
    }

    @Test
    void aPageWithoutStructuredDataIsReadFromItsLabelsAndSentences() {
        ProgramListing fellowship = listings("broken-jsonld.html").get(0);

        assertThat(fellowship.credential()).isEqualTo(Credential.FELLOWSHIP);
        assertThat(fellowship.duration()).isEqualTo("12 months");
        assertThat(fellowship.delivery()).isEqualTo(Delivery.IN_PERSON);
        assertThat(fellowship.applicationDeadline()).hasToString("2027-05-01");
        assertThat(fellowship.provenance().get("duration").method()).isEqualTo(ExtractionMethod.TEXT);
    }

    /** A listing's JSON as it goes to Kafka and the index, searched for the escapes of control characters. */
    private static final Pattern CONTROL_ESCAPE = Pattern.compile("\\\\u00(?:[01][0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])");

    @Test
    void nulAndOtherControlCharactersInAPageNeverReachItsListing() {
        ProgramListing clean = listings("broken-jsonld.html").get(0);
        String html = Fixtures.html("broken-jsonld.html")
                .replace("Infant Mental Health Fellowship", "Infant Mental\u0000 Health\u0007 Fellowship")
                .replace("<p>A 12-month", "<p>" + "\u0000".repeat(10_000) + "</p><p>A 12-month\u0085");

        ProgramListing dirty = normalizer.normalize(Fixtures.ok(source, "/nul/", html)).listings().get(0);

        assertThat(dirty.name()).isEqualTo("Infant Mental Health Fellowship");
        assertThat(dirty.id()).isEqualTo(clean.id());
        assertThat(dirty.description()).isEqualTo(clean.description());
        assertThat(CONTROL_ESCAPE.matcher(Json.write(dirty)).find()).isFalse();
    }

    @Test
    void aNulEscapedInJsonLdNeverReachesTheListing() {
        String html = Fixtures.html("jsonld-graph-with-course.html")
                .replace("\"Child-Parent Psychotherapy Intensive Training\"", "\"Child-Parent\\u0000 Psychotherapy Intensive Training\"")
                .replace("\"For licensed clinicians.\"", "\"For licensed\\u0000\\u001b clinicians.\\ud800\"");

        ProgramListing course = normalizer.normalize(Fixtures.ok(source, "/escaped/", html)).listings().get(0);

        assertThat(course.name()).isEqualTo("Child-Parent Psychotherapy Intensive Training");
        assertThat(CONTROL_ESCAPE.matcher(Json.write(course)).find()).isFalse();
        assertThat(ControlCharacters.clean(course.description())).isTrue();
    }
}

package org.imhfinder.normalize.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.imhfinder.normalize.Fixtures;
import org.imhfinder.normalize.normalizer.PageNormalizer;
import org.imhfinder.schema.Education;
import org.imhfinder.schema.ExtractionMethod;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.sources.ExtractionRule;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.sources.SourcesException;
import org.imhfinder.sources.SourcesFile;
import org.junit.jupiter.api.Test;

class HandRulesTest {
    @Test
    void unknownFieldsStopStartUpWithFileAndLine() {
        List<SourceDefinition> sources = SourcesFile.parse("sources.yml", """
                sources:
                  - id: ok-aimh
                    name: OK
                    providerType: ASSOCIATION
                    seeds: [https://ok.example.org/]
                    extraction:
                      - urlPattern: "/endorsement/.*"
                        fields: { name: "h1", minimumEducation: "li:contains(Education)" }
                      - urlPattern: "/other/.*"
                        fields: { tuitionFee: ".fee" }
                """);

        assertThatThrownBy(() -> new HandRules(sources, "sources.yml")).isInstanceOf(SourcesException.class)
                .satisfies(e -> {
                    List<String> problems = ((SourcesException) e).problems();
                    assertThat(problems).containsExactly("sources.yml:9: source 'ok-aimh', rule '/other/.*': unknown field 'tuitionFee'");
                });
        // a selector that is not CSS never gets here: the sources file refuses it (SourcesFileTest)
    }

    @Test
    void aRuleWinsOverGenericExtractionAndSaysSo() {
        SourceDefinition source = Fixtures.source("ruled-aimh", "MI", List.of(new ExtractionRule(Pattern.compile("/ifa/"),
                Map.of("minimumEducation", ".edu-note", "contact.phone", "footer .phone"))));
        String html = Fixtures.html("accordion-details-summary.html")
                .replace("</main>", "<p class=\"edu-note\">Applicants need a bachelor's degree.</p></main>"
                        + "<footer><span class=\"phone\">(517) 555-0100</span></footer>");
        PageNormalizer normalizer = Fixtures.normalizer(List.of(source));

        ProgramListing listing = normalizer.normalize(Fixtures.ok(source, "/ifa/", html)).listings().get(0);

        assertThat(listing.minimumEducation()).isEqualTo(Education.BACHELORS);
        assertThat(listing.provenance().get("minimumEducation").method()).isEqualTo(ExtractionMethod.RULE);
        assertThat(listing.contact().phone()).isEqualTo("(517) 555-0100");
    }

    @Test
    void aRuleOnlyAppliesToPagesItsPatternMatches() {
        SourceDefinition source = Fixtures.source("ruled-aimh", "MI", List.of(new ExtractionRule(Pattern.compile("/ifa/"),
                Map.of("minimumEducation", "h1"))));
        PageNormalizer normalizer = Fixtures.normalizer(List.of(source));

        ProgramListing listing = normalizer.normalize(Fixtures.ok(source, "/other/",
                Fixtures.html("accordion-details-summary.html"))).listings().get(0);

        assertThat(listing.provenance().get("minimumEducation").method()).isEqualTo(ExtractionMethod.STRUCTURE);
    }

    @Test
    void aRuleNamingTheProgramMakesAPageAProgramPage() {
        SourceDefinition source = Fixtures.source("ruled-aimh", "MI", List.of(new ExtractionRule(Pattern.compile("/odd/.*"),
                Map.of("name", ".program-title"))));
        String html = "<html><body><main><div class=\"program-title\">Infant Mental Health Training Series</div>"
                + "<p>Monthly sessions for home visitors working with infants.</p></main></body></html>";

        List<ProgramListing> listings = Fixtures.normalizer(List.of(source)).normalize(Fixtures.ok(source, "/odd/page", html)).listings();

        assertThat(listings).singleElement().extracting(ProgramListing::name).isEqualTo("Infant Mental Health Training Series");
    }
}

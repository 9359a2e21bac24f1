package org.imhfinder.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.imhfinder.schema.ProviderType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SourcesFileTest {
    @Test
    void aMinimalSourceWorksAndAllowsItsSeedsHosts() {
        List<SourceDefinition> sources = SourcesFile.parse("s.yml", """
                sources:
                  - id: mi-aimh
                    name: Michigan Association for Infant Mental Health
                    providerType: ASSOCIATION
                    seeds: [https://mi-aimh.org/endorsement/, "http://127.0.0.1:8081/x"]
                """);

        SourceDefinition source = sources.get(0);
        assertThat(source.id()).isEqualTo("mi-aimh");
        assertThat(source.providerType()).isEqualTo(ProviderType.ASSOCIATION);
        assertThat(source.allowedHosts()).containsExactly("mi-aimh.org", "127.0.0.1:8081");
        assertThat(source.allowsHost(URI.create("https://MI-AIMH.org/about"))).isTrue();
        assertThat(source.allowsHost(URI.create("https://mi-aimh.workroomdesign.com/"))).isFalse();
        assertThat(source.line()).isEqualTo(2);
    }

    @Test
    void everyFieldOfTheDesignIsRead() {
        SourceDefinition source = SourcesFile.parse("s.yml", """
                sources:
                  - id: az-aimh
                    name: Arizona
                    providerType: ASSOCIATION
                    region: AZ
                    seeds: [https://azaimh.org/endorsements]
                    allowedHosts: [azaimh.org, itmhca.org]
                    schedule: "0 0 3 ? * MON"
                    maxPages: 300
                    maxDepth: 4
                    include: ["/endorse.*"]
                    exclude: ["/wp-admin/.*"]
                    extraction:
                      - urlPattern: "/endorsement/requirements/.*"
                        fields: { name: "h1", minimumEducation: ".requirements li:contains(Education)" }
                """).get(0);

        assertThat(source.region()).isEqualTo("AZ");
        assertThat(source.allowedHosts()).containsExactly("azaimh.org", "itmhca.org");
        assertThat(source.schedule().text()).isEqualTo("0 0 3 ? * MON");
        assertThat(source.schedule().isPeriod()).isFalse();
        assertThat(source.maxPages()).isEqualTo(300);
        assertThat(source.exclude().get(0).pattern()).isEqualTo("/wp-admin/.*");
        assertThat(source.extraction().get(0).fields()).containsEntry("name", "h1");
        assertThat(source.extraction().get(0).appliesTo("/endorsement/requirements/level-2")).isTrue();
        assertThat(source.extraction().get(0).line()).as("where the rule starts, for selector errors").isEqualTo(14);
    }

    @Test
    void aSourceMayBoundItsPagesReCheckIntervals() {
        String yaml = """
                sources:
                  - id: cohort
                    name: Cohort programs
                    providerType: UNIVERSITY
                    seeds: [https://cohort.example.org/]
                    minInterval: PT6H
                    maxInterval: P2W
                """;

        SourceDefinition source = SourcesFile.parse("s.yml", yaml).get(0);

        assertThat(source.minInterval()).isEqualTo(java.time.Duration.ofHours(6));
        assertThat(source.maxInterval()).isEqualTo(java.time.Duration.ofDays(14));
        assertThatThrownBy(() -> SourcesFile.parse("s.yml", yaml.replace("PT6H", "P3W")))
                .isInstanceOf(SourcesException.class).hasMessageContaining("minInterval PT504H is longer than maxInterval PT336H");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            providerType: ASSOCIATON                | 5 | providerType 'ASSOCIATON' must be one of
            id: MI_AIMH                             | 3 | id 'MI_AIMH' must match
            maxPages: many                          | 6 | 'maxPages' must be a whole number above zero
            schedule: weekly                        | 6 | schedule 'weekly' is neither an ISO-8601 period
            schedule: "0 0 25 * * ?"                | 6 | schedule '0 0 25 * * ?' is neither an ISO-8601 period (P7D, PT6H) nor a valid Quartz cron expression
            schedule: "0 0 3 * *"                   | 6 | schedule '0 0 3 * *' is neither an ISO-8601 period (P7D, PT6H) nor a valid Quartz cron expression
            schedule: P0D                           | 6 | schedule 'P0D' must be longer than zero
            schedule: P1W2                          | 6 | schedule 'P1W2' is not an ISO-8601 period
            extraction: [{urlPattern: "/.*", fields: {name: "h1["}}] | 6 | field 'name' has an invalid CSS selector 'h1['
            extraction: [{urlPattern: "/.*", fields: {name: "li:contains(x"}}] | 6 | field 'name' has an invalid CSS selector 'li:contains(x'
            include: ["(unclosed"]                  | 6 | include '(unclosed' is not a valid regular expression
            region: Michigan                        | 6 | region 'Michigan' must be a US state code
            maxpages: 3                             | 6 | unknown key 'maxpages'
            maxInterval: weekly                     | 6 | 'maxInterval' must be an ISO-8601 duration longer than zero
            minInterval: P1M                        | 6 | 'minInterval' must be an ISO-8601 duration longer than zero
            """)
    void aBadSourceIsRefusedWithItsLineAndReason(String badLine, int line, String reason) {
        String key = badLine.substring(0, badLine.indexOf(':'));
        String base = """
                sources:
                  - name: Michigan
                    id: mi-aimh
                    seeds: [https://mi-aimh.org/]
                    providerType: ASSOCIATION
                """;
        String yaml = base.lines().filter(l -> !l.trim().startsWith(key + ":")).reduce("", (a, b) -> a + b + "\n");
        yaml = key.equals("id") || key.equals("providerType")
                ? base.replaceFirst("(?m)^(\\s+)" + key + ":.*$", "$1" + badLine)
                : yaml + "    " + badLine + "\n";
        String text = yaml;
        assertThatThrownBy(() -> SourcesFile.parse("s.yml", text))
                .isInstanceOf(SourcesException.class)
                .hasMessageContaining("s.yml:" + line + ": " + reason);
    }

    @Test
    void aBadSelectorAndABadCronAreRefusedTogetherEachAtItsOwnLine() {
        String yaml = """
                sources:
                  - id: a
                    name: A
                    providerType: OTHER
                    seeds: [https://a.org/]
                    schedule: "0 0 3 ? * FUNDAY"
                    extraction:
                      - urlPattern: "/programs/.*"
                        fields:
                          name: "h1.title"
                          contact.email: "a[href^=mailto"
                """;

        assertThatThrownBy(() -> SourcesFile.parse("s.yml", yaml))
                .isInstanceOfSatisfying(SourcesException.class, e -> assertThat(e.problems()).containsExactly(
                        "s.yml:6: schedule '0 0 3 ? * FUNDAY' is neither an ISO-8601 period (P7D, PT6H) nor a valid Quartz cron "
                                + "expression: Invalid Day-of-Week value: 'FUN'",
                        "s.yml:11: field 'contact.email' has an invalid CSS selector 'a[href^=mailto': "
                                + "Did not find balanced marker at 'href^=mailto'"));
    }

    @Test
    void aHandRulesSelectorsArriveCompiled() {
        SourceDefinition source = SourcesFile.parse("s.yml", """
                sources:
                  - id: a
                    name: A
                    providerType: OTHER
                    seeds: [https://a.org/]
                    extraction:
                      - urlPattern: "/programs/.*"
                        fields: { name: "h1.title" }
                """).get(0);

        ExtractionRule rule = source.extraction().get(0);
        assertThat(rule.line()).isEqualTo(7);
        assertThat(rule.selectors()).containsOnlyKeys("name");
        assertThat(org.jsoup.Jsoup.parse("<h1 class=title>Course</h1><h1>Other</h1>").select(rule.selectors().get("name")))
                .extracting(org.jsoup.nodes.Element::text).containsExactly("Course");
    }

    @Test
    void duplicateIdsAndSeedsOutsideAllowedHostsAreRefusedTogether() {
        assertThatThrownBy(() -> SourcesFile.parse("s.yml", """
                sources:
                  - {id: a, name: A, providerType: OTHER, seeds: [https://a.org/]}
                  - {id: a, name: A2, providerType: OTHER, seeds: [https://b.org/], allowedHosts: [c.org]}
                """))
                .isInstanceOfSatisfying(SourcesException.class, e -> assertThat(e.problems()).hasSize(2))
                .hasMessageContaining("s.yml:3: duplicate source id 'a'")
                .hasMessageContaining("seed https://b.org/ is outside allowedHosts");
    }

    @Test
    void brokenYamlNamesTheLine() {
        assertThatThrownBy(() -> SourcesFile.parse("s.yml", "sources:\n  - id: a\n    name: [unclosed\n"))
                .hasMessageContaining("s.yml:4: not valid YAML");
    }

    @Test
    void keysThatAreListsOrMappingsAreRefusedWithTheirLines() {
        assertThatThrownBy(() -> SourcesFile.parse("s.yml", """
                sources:
                  - id: a
                    ? [name]
                    : A
                    extraction:
                      - urlPattern: "/x/.*"
                        fields: { ? [name] : h1 }
                """)).isInstanceOf(SourcesException.class)
                .hasMessageContaining("s.yml:3: a key of a source is a single word")
                .hasMessageContaining("s.yml:7: a field of an extraction rule is named by a single word");
    }

    /** Errors the YAML library raises without a position (found by SourcesFileFuzzTest) still name their line. */
    @ParameterizedTest(name = "{2}")
    @MethodSource("yamlErrorsWithoutAPosition")
    void yamlErrorsWithoutAPositionStillNameTheirLine(String yaml, int line, String reason) {
        assertThatThrownBy(() -> SourcesFile.parse("s.yml", yaml)).isInstanceOf(SourcesException.class)
                .hasMessageContaining("s.yml:" + line + ": ").hasMessageContaining(reason);
    }

    static Stream<Arguments> yamlErrorsWithoutAPosition() {
        return Stream.of(
                Arguments.of("sources:\n  - id: a\u0002\n", 2, "character U+0002 is not allowed"),
                Arguments.of("sources:\n  - id: [not, sc \na]l r\n", 3, "not valid YAML: A simple key"),
                Arguments.of("sources:\n  - " + "[".repeat(25) + "]".repeat(25) + "\n", 2, "nested deeper than 20 levels"),
                Arguments.of("a: &a [x]\nsources: [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a,\n *a]\n", 3, "more than 10 aliases"),
                Arguments.of("sources:\n  - !%1", 2, "Tag must not contain"));
    }

    @Test
    void aMissingFileSaysSo() {
        assertThatThrownBy(() -> SourcesFile.load(Path.of("/nonexistent/sources.yml")))
                .hasMessageContaining("/nonexistent/sources.yml: cannot read the sources file (no such file)");
    }

    @Test
    void theDefaultSourcesFileIsValid() {
        List<SourceDefinition> sources = SourcesFile.load(Path.of("../deploy/sources.yml"));
        assertThat(sources).hasSizeGreaterThanOrEqualTo(60);
    }
}

package org.imhfinder.searchapi.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.imhfinder.schema.Education;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.searchapi.query.Facet;
import org.imhfinder.searchapi.request.ApiProblem;
import org.imhfinder.searchapi.request.QueryParameters;
import org.imhfinder.searchapi.testing.EligibilityCorpus;
import org.imhfinder.searchapi.testing.EligibilityProfiles;
import org.imhfinder.searchapi.testing.Listings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class EligibilityTest {
    static Stream<EligibilityProfiles.Profile> profiles() {
        return EligibilityProfiles.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void eachProfileGetsTheHandWrittenAnswer(EligibilityProfiles.Profile profile) {
        EligibilityRequest request = EligibilityParameters.read(QueryParameters.parse(profile.query(), EligibilityParameters.NAMES));

        List<String> answer = EligibilityCorpus.all().stream().filter(l -> selected(l, request))
                .map(l -> Eligibility.of(request.applicant(), json(l))).sorted(ProgramEligibility.ORDER)
                .map(EligibilityTest::line).toList();

        assertThat(answer).as(profile.who()).containsExactlyElementsOf(profile.expected());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            24 supervision, 50 asked    | 24 | 50 | NOT_MET | reflective supervision: 24 of 50 hours (26 to go)
            80 supervision, 50 asked    | 80 | 50 | MET     | reflective supervision: 50 hours needed, you have 80
            none asked                  | 0  | 0  | MET     | reflective supervision: none required
            """)
    void aRequirementSaysItsNumbers(String what, int held, int asked, RequirementCheck.Status status, String summary) {
        Applicant applicant = new Applicant(Education.MASTERS, 0, 0, held);
        ObjectNode program = json(Listings.base("p", "s", "P").reflectiveSupervisionHours(asked).build());

        RequirementCheck check = Eligibility.check(applicant, Requirement.REFLECTIVE_SUPERVISION,
                program.path("reflectiveSupervisionHours"));

        assertThat(check.status()).isEqualTo(status);
        assertThat(check.summary()).isEqualTo(summary);
    }

    @Test
    void noneRequiredIsMetWhereNotStatedIsNeither() {
        Applicant applicant = new Applicant(Education.NONE, 0, 0, 0);
        ProgramEligibility none = Eligibility.of(applicant, json(Listings.base("a", "s", "A").minimumEducation(Education.NONE).build()));
        ProgramEligibility unknown = Eligibility.of(applicant, json(Listings.base("b", "s", "B").build()));

        assertThat(none.outcome()).isEqualTo(ProgramEligibility.Outcome.MEETS_ALL);
        assertThat(none.requirements().get(0).summary()).isEqualTo("education: none required");
        assertThat(unknown.outcome()).isEqualTo(ProgramEligibility.Outcome.NOTHING_STATED);
        assertThat(unknown.requirements()).allMatch(r -> r.status() == RequirementCheck.Status.NOT_STATED)
                .allMatch(r -> r.summary().endsWith(": not stated"));
    }

    @Test
    void educationAndYearsSayWhatIsMissing() {
        Applicant applicant = new Applicant(Education.BACHELORS, 1.5, 30, 24);
        ProgramEligibility specialist = Eligibility.of(applicant, json(Listings.base("m", "s", "M")
                .minimumEducation(Education.MASTERS).yearsExperience(2.0).build()));

        assertThat(specialist.requirements()).extracting(RequirementCheck::summary).startsWith(
                "education: Master's degree needed, you have Bachelor's degree",
                "work experience: 1.5 of 2 years (0.5 to go)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            yearsExperience=2                                     | education
            education=PHD                                         | education
            education=MASTERS&education=BACHELORS                 | education
            education=MASTERS&yearsExperience=-1                  | yearsExperience
            education=MASTERS&yearsExperience=two                 | yearsExperience
            education=MASTERS&yearsExperience=NaN                 | yearsExperience
            education=MASTERS&trainingHours=12.5                  | trainingHours
            education=MASTERS&reflectiveSupervisionHours=99999999 | reflectiveSupervisionHours
            education=MASTERS&region=Michigan                     | region
            education=MASTERS&size=0                              | size
            education=MASTERS&minimumEducation=MASTERS            | minimumEducation
            """)
    void aBadValueIsA400NamingItsParameter(String query, String parameter) {
        assertThatThrownBy(() -> EligibilityParameters.read(QueryParameters.parse(query, EligibilityParameters.NAMES)))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.extensions()).containsEntry("parameter", parameter);
                });
    }

    @Test
    void absentNumbersAreNothingDoneYet() {
        EligibilityRequest request = EligibilityParameters.read(QueryParameters.parse("education=cda", EligibilityParameters.NAMES));

        assertThat(request.applicant()).isEqualTo(new Applicant(Education.CDA, 0, 0, 0));
        assertThat(request.size()).isEqualTo(EligibilityRequest.DEFAULT_SIZE);
    }

    @Test
    void theQueryReadsOnlyPublicFieldsAndLeavesOutRetiredAndGoneByDefault() {
        EligibilityRequest request = EligibilityParameters.read(QueryParameters.parse("education=NONE&region=MI",
                EligibilityParameters.NAMES));

        ObjectNode body = EligibilitySearch.body(request);

        assertThat(body.path("query").toString()).contains("\"location.region\":[\"MI\"]",
                "\"freshness.status\":[\"AGING\",\"FRESH\",\"STALE\"]", "\"curation.retired\":true");
        assertThat(body.path("_source").path("includes").toString()).doesNotContain("curation", "changedFields", "history");
    }

    private static boolean selected(ProgramListing listing, EligibilityRequest request) {
        Set<String> regions = request.filters().get(Facet.REGION);
        Set<String> credentials = request.filters().get(Facet.CREDENTIAL);
        return (regions == null || regions.contains(listing.location().region()))
                && (credentials == null || credentials.contains(listing.credential().name()));
    }

    static String line(ProgramEligibility answer) {
        long notMet = answer.count(RequirementCheck.Status.NOT_MET);
        return answer.program().path("id").asText() + " " + answer.outcome() + (notMet > 0 ? " " + notMet : "");
    }

    private static ObjectNode json(ProgramListing listing) {
        return Json.mapper().valueToTree(listing);
    }
}

package org.imhfinder.normalize.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.imhfinder.normalize.Fixtures;
import org.imhfinder.normalize.fields.LevelReader;
import org.imhfinder.normalize.fields.TermReader;
import org.imhfinder.normalize.page.Labelled;
import org.imhfinder.normalize.page.LabelledValues;
import org.imhfinder.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CandidateFinderTest {
    private static final Vocabulary VOCABULARY = Vocabulary.standard();
    private final ProgramNames names = new ProgramNames(VOCABULARY);
    private final CandidateFinder finder = new CandidateFinder(names,
            new LabelledValues(new TermReader(VOCABULARY)::label),
            new PageClassifier(names, new LevelReader(VOCABULARY)), VOCABULARY);

    @Test
    void aTableWithTheLevelsAcrossTheTopIsOneProgramPerColumn() {
        CandidateFinder.Finding found = finder.find(Fixtures.page("levels-across-the-top-of-a-table.html"));

        assertThat(found.candidates()).extracting(Candidate::kind).containsOnly(Candidate.Kind.TABLE_ROW);
        assertThat(found.candidates()).extracting(Candidate::name)
                .containsExactly("Infant Family Associate", "Infant Family Specialist", "Infant Mental Health Specialist");
        assertThat(found.candidates().get(1).labelled()).extracting(l -> l.group() + "=" + l.value())
                .containsExactly("education=Bachelor’s degree", "training=30 hours", "reflectiveSupervision=24 hours");
    }

    @Test
    void aCellSpanningSeveralLevelsIsEachOnesValueAndASplitHeaderNamesEachDesignation() {
        CandidateFinder.Finding found = finder.find(Fixtures.page("levels-across-a-table-with-spanning-cells.html"));

        assertThat(found.candidates()).extracting(Candidate::name).containsExactly("Infant/Early Childhood Family Specialist",
                "Infant/Early Childhood Mental Health Mentor - Clinical", "Infant/Early Childhood Mental Health Mentor - Policy");
        assertThat(found.candidates()).allSatisfy(c -> assertThat(c.labelled())
                .anyMatch(l -> l.group().equals("training") && l.value().equals("33 clock hours")));
        assertThat(found.candidates().get(2).labelled()).extracting(l -> l.group() + "=" + l.value())
                .contains("education=Master's degree or higher", "reflectiveSupervision=Not required");
    }

    @Test
    void aSectionPerLevelIsOneProgramPerSectionIncludingItsSubheadings() {
        CandidateFinder.Finding found = finder.find(Fixtures.page("one-section-per-level.html"));

        assertThat(found.candidates()).extracting(Candidate::name)
                .containsExactly("Infant Family Associate", "Infant Family Specialist", "Infant Mental Health Specialist");
        assertThat(found.candidates().get(1).labelled()).extracting(l -> l.group())
                .contains("education", "reflectiveSupervision");
    }

    @Test
    void levelsUnderBoldParagraphsAreOneProgramEach() {
        CandidateFinder.Finding found = finder.find(Fixtures.page("levels-under-bold-paragraphs.html"));

        assertThat(found.candidates()).extracting(Candidate::name)
                .containsExactly("Infant Family Associate (IFA)", "Infant Family Specialist (IFS)");
        assertThat(found.candidates().get(1).labelled()).extracting(l -> l.group()).contains("reflectiveSupervision");
    }

    @Test
    void aDirectoryIsOneProgramPerEntryWithItsLink() {
        CandidateFinder.Finding found = finder.find(Fixtures.page("directory-of-programs.html"));

        assertThat(found.candidates()).extracting(Candidate::name, Candidate::link).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Graduate Certificate in Infant Mental Health", "https://uni.example.edu/imh"),
                org.assertj.core.groups.Tuple.tuple("Perinatal Mental Health Fellowship", "https://center.example.org/fellows"));
    }

    @Test
    void aHubThatOnlyLinksToLevelPagesIsNotAProgram() {
        CandidateFinder.Finding found = finder.find(Fixtures.page("hub-linking-level-pages.html"));

        assertThat(found.candidates()).isEmpty();
        assertThat(found.verdict().reasons()).anyMatch(r -> r.contains("hub")).anyMatch(r -> r.contains("overview"));
    }

    @Test
    void aNewsPostAboutAProgramIsNotAProgram() {
        CandidateFinder.Finding found = finder.find(Fixtures.page("news-post-about-a-program.html"));

        assertThat(found.candidates()).isEmpty();
        assertThat(found.verdict().reasons()).anyMatch(r -> r.contains("news"));
    }

    @Test
    void aProgramPageWithoutStructuredDataIsOneProgram() {
        CandidateFinder.Finding found = finder.find(Fixtures.page("broken-jsonld.html"));

        assertThat(found.candidates()).singleElement().extracting(Candidate::kind).isEqualTo(Candidate.Kind.PAGE);
        assertThat(found.verdict().program()).isTrue();
    }

    @Test
    void aSchemaOrgCourseIsAProgramWhateverTheHeadingSays() {
        CandidateFinder.Finding found = finder.find(Fixtures.page("jsonld-graph-with-course.html"));

        assertThat(found.candidates()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Candidate.Kind.STRUCTURED);
            assertThat(c.name()).isEqualTo("Child-Parent Psychotherapy Intensive Training");
        });
    }

    @Test
    void aPageHeadedOnlyEndorsementIsNamedByItsOneSubheadingThatNamesTheProgram() {
        CandidateFinder.Finding found = finder.find(Fixtures.page("generic-heading-with-one-named-subheading.html"));

        assertThat(found.candidates()).singleElement().extracting(Candidate::name).isEqualTo("Infant Family Specialist (IFS)");
    }

    @Test
    void headingsAboutSomethingElseDoNotNamePrograms() {
        assertThat(names.namesProgram("Endorsement Renewal")).isFalse();
        assertThat(names.namesProgram("Is Endorsement a license?")).isFalse();
        assertThat(names.namesProgram("Certificate Requirements")).isFalse();
        assertThat(names.namesProgram("Congratulations to Our Newly Endorsed Infant Family Specialists")).isFalse();
        assertThat(names.namesProgram("Endorsement: FA (Family Associate)")).isTrue();
        assertThat(names.namesProgram("IMH Endorsement")).isFalse();
        assertThat(names.namesProgram("Endorsement Registry")).isFalse();
        assertThat(names.namesProgram("Early Childhood Mental Health Fellowship")).isTrue();
    }

    @Test
    void levelsDescribedInAListAreOneProgramEachAndAMentorOnePerDesignation() {
        CandidateFinder.Finding found = finder.find(Fixtures.page("levels-described-by-scope-in-a-list.html"));

        assertThat(found.candidates()).extracting(Candidate::name).containsExactly("Infant Family Associate",
                "Infant Family Specialist", "Infant Mental Health Mentor - Clinical", "Infant Mental Health Mentor - Policy");
    }

    @Test
    void aTableOfDesignationsUnderANumberedMentorHeadingKeepsTheNumeral() {
        CandidateFinder.Finding found = finder.find(Fixtures.page("designations-under-a-numbered-mentor-heading.html"));

        assertThat(found.candidates()).extracting(Candidate::name).contains("Infant Mental Health Mentor - Clinical (IV)",
                "Infant Mental Health Mentor - Policy (IV)", "Infant Mental Health Mentor - Research/Faculty (IV)");
    }

    @Test
    void levelsLinkingOffTheSiteAreProgramsOfThisPageAndTheAddOnsListOfOneToo() {
        CandidateFinder.Finding found = finder.find(Fixtures.page("levels-linking-to-an-application-system.html"));

        assertThat(found.candidates()).extracting(Candidate::name)
                .containsExactly("Family Associate", "Family Specialist", "Endorsed Reflective Supervisor");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            level-named-in-full-under-a-short-heading.html | Infant-Family and Early Childhood Mental Health Specialist
            levels-named-with-their-state.html             | Ohio Infant Family Affiliate – Level I (OIFA-I); Ohio Infant Family Practitioner – Level II (OIFP-II)
            """)
    void levelsAreFoundByTheirFullNames(String fixture, String names) {
        assertThat(finder.find(Fixtures.page(fixture)).candidates()).extracting(Candidate::name)
                .containsExactly(names.split("; "));
    }

    @Test
    void sectionsHeadedByLevelsAreProgramsWithoutAnyRequirementStated() {
        CandidateFinder.Finding found = finder.find(Fixtures.page("level-sections-without-requirements.html"));

        assertThat(found.candidates()).extracting(Candidate::name).containsExactly("Family Associate", "Family Specialist");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"levels-summarised-with-a-link-to-their-requirements.html", "renewal-page-listing-levels.html",
            "hub-with-headings-linking-program-pages.html"})
    void programsListedForAnotherPurposeOrLinkedToTheirOwnPagesAreNotProgramsHere(String fixture) {
        assertThat(finder.find(Fixtures.page(fixture)).candidates()).isEmpty();
    }

    @Test
    void aTableLayingOutThePageHoldsSectionsLikeAnyContainer() {
        CandidateFinder.Finding found = finder.find(Fixtures.page("level-sections-inside-a-layout-table.html"));

        assertThat(found.candidates()).extracting(Candidate::name).containsExactly("Family Associate", "Mental Health Specialist");
    }

    @Test
    void oneLevelsSectionBesideALinkedChartIsAProgramThatLeavesTheChartToThePage() {
        CandidateFinder.Finding found = finder.find(Fixtures.page("one-level-section-beside-a-linked-chart.html"));

        assertThat(found.candidates()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Endorsed Reflective Supervisor Add-On");
            assertThat(c.labelled()).extracting(Labelled::group).contains("experience", "training");
            assertThat(c.scope()).noneMatch(e -> e.selectFirst("a[href$=.pdf]") != null);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            program-page-named-by-its-subheading.html | Postdoctoral Fellowship in Infant and Early Childhood Mental Health
            program-page-defined-in-a-sentence.html   | Infant and Early Childhood Mental Health Certificate
            seminar-page-named-by-its-subject.html    | Infant Observation Seminar
            program-named-in-full-in-its-opening-sentence.html | Infant, Early Childhood and Family Mental Health Capstone Certificate Program
            level-page-headed-by-its-number.html      | Level 2
            level-page-with-a-generic-heading.html    | Infant Family Specialist
            """)
    void aProgramsOwnPageIsOneProgramWhateverItsHeadingSays(String fixture, String name) {
        CandidateFinder.Finding found = finder.find(Fixtures.page(fixture));

        assertThat(found.candidates()).singleElement().extracting(Candidate::name).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            two-programs-in-sections-by-their-participants.html | Infant Mental Health Fellowship; Infant Observation Seminar
            a-program-restated-in-a-second-heading.html         | Master's in Infant, Child, and Family Mental Health
            credential-offered-in-tiers.html                    | Early Childhood Family Mental Health Credential (Foundational); Early Childhood Family Mental Health Credential (Intermediate); Early Childhood Family Mental Health Credential (Advanced); Early Childhood Family Mental Health Credential (Reflective Practice Consultants)
            """)
    void sectionsArePrograms(String fixture, String names) {
        assertThat(finder.find(Fixtures.page(fixture)).candidates()).extracting(Candidate::name)
                .containsExactly(names.split("; "));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"endorsement-overview-page.html", "blog-post-asking-a-question.html", "dated-cohort-of-a-program.html"})
    void theCredentialSystemAsAWholeQuestionsAboutProgramsAndDatedCohortsAreNotPrograms(String fixture) {
        CandidateFinder.Finding found = finder.find(Fixtures.page(fixture));

        assertThat(found.candidates()).isEmpty();
        assertThat(found.verdict().program()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Trauma-Focused Cognitive Behavioral Therapy (TF-CBT) Training | true
            Clinical Track in Infant Mental Health                        | true
            Infant Mental Health Dual Title Program                       | true
            Infant Observation Seminar                                    | true
            Specialized Training                                          | false
            Upcoming Trainings                                            | false
            Triple Board Program                                          | false
            Training & Events                                             | false
            """)
    void anOfferingIsNamedByItsSubjectAndKind(String heading, boolean names) {
        assertThat(this.names.namesOffering(heading)).isEqualTo(names);
    }

    @Test
    void aProgramNamedByAnotherSubjectIsOutsideTheFieldWhateverTheCatalogueAroundItSays() {
        CandidateFinder.Finding found = finder.find(Fixtures.page("catalogue-page-of-an-off-topic-certificate.html"));

        assertThat(found.verdict().program()).isTrue();
        assertThat(found.candidates()).isEmpty();
    }

    @Test
    void aDirectoryOfProvidersIsOneProgramPerProgramItsEntriesName() {
        CandidateFinder.Finding found = finder.find(Fixtures.page("directory-of-providers-naming-their-programs.html"));

        assertThat(found.candidates()).extracting(Candidate::name, Candidate::link).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Postdoctoral Fellowship in Infant and Early Childhood Mental Health",
                        "https://medschool.example.edu/harrisprogram"),
                org.assertj.core.groups.Tuple.tuple("Community Fellowship in Infant and Early Childhood Mental Health",
                        "https://medschool.example.edu/harrisprogram"),
                org.assertj.core.groups.Tuple.tuple("Infant Psychiatry Fellowship", "https://medicine.example.edu/infant"));
    }
}

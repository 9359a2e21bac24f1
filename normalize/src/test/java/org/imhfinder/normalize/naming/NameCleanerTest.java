package org.imhfinder.normalize.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.imhfinder.vocabulary.Vocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameCleanerTest {
    private final NameCleaner cleaner = new NameCleaner(Vocabulary.standard());

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiterString = " => ", textBlock = """
            IECMH CERTIFICATE PROGRAM: Centering Relationships and Social Justice in Early Childhood => Best Starts for Kids => IECMH Certificate Program: Centering Relationships and Social Justice in Early Childhood
            DC:0-5™ CLINICAL TRAINING => MassAIMH => DC:0-5 Clinical Training
            CHILD-PARENT PSYCHOTHERAPY LEARNING COLLABORATIVE => Nebraska Babies => Child-Parent Psychotherapy Learning Collaborative
            GRADUATE CERTIFICATE IN INFANT MENTAL HEALTH => State University => Graduate Certificate in Infant Mental Health
            TF-CBT TRAINING FOR CLINICIANS => GA-AIMH => TF-CBT Training for Clinicians
            ZERO TO THREE Fellowship => ZERO TO THREE => ZERO TO THREE Fellowship
            Infant Mental Health Certificate | Erikson Institute => Erikson Institute => Infant Mental Health Certificate
            Learning Collaborative — Illinois Child-Parent Psychotherapy Learning Collaborative => Illinois CPP LC => Illinois Child-Parent Psychotherapy Learning Collaborative
            Learning Collaborative — Illinois Child-Parent Psychotherapy Learning Collaborative => Illinois Child-Parent Psychotherapy Learning Collaborative => Illinois Child-Parent Psychotherapy Learning Collaborative
            California Infant and Early Childhood Mental Health Consultant Training Program 2024 – 2025 => IECMHC Network => California Infant and Early Childhood Mental Health Consultant Training Program
            XMED-600 - Clinical Track in Infant Mental Health => Georgetown University => Clinical Track in Infant Mental Health
            Infant Mental Health Endorsement® (IMH-E®) => AZ Coalition => Infant Mental Health Endorsement (IMH-E)
            Certificate Program Requirements => State University => Certificate Program
            Welcome to the Early Relational Health Fellowship => Harbor Institute => Early Relational Health Fellowship
            About the California Consultant Training Program => IECMHC Network => California Consultant Training Program
            copy-of-infant-mental-health-training => Maine Association => Infant Mental Health Training
            Copy of Perinatal Mental Health Certificate => Gulf Institute => Perinatal Mental Health Certificate
            Reflective Practice Facilitator Training Overview => Pinecrest Center => Reflective Practice Facilitator Training
            Child-Parent Psychotherapy (CPP) Learning Collaborative => GA-AIMH: Birth to Five => Child-Parent Psychotherapy (CPP) Learning Collaborative
            Requirements => Any Provider => Requirements
            “Infant Mental Health Training” => Maine Association => Infant Mental Health Training
            The Early Relational Health Fellowship => Harbor Institute => Early Relational Health Fellowship
            Infant, Child, and Family Mental Health and Development Today => Fielding => Infant, Child, and Family Mental Health and Development
            DC:0-5 Clinical Training – Register Now => ZERO TO THREE => DC:0-5 Clinical Training
            14 Month Program Overview: => Best Starts for Kids => 14 Month Program
            """)
    void aNameIsCleanedOfWhatThePageWrapsItIn(String raw, String site, String expected) {
        assertThat(cleaner.clean(raw, site)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " => ", textBlock = """
            IECMH CERTIFICATE PROGRAM => IECMH Certificate Program
            CERTIFICATE IN INFANT MENTAL HEALTH => Certificate in Infant Mental Health
            MS IN CHILD DEVELOPMENT => MS in Child Development
            RESEARCH/FACULTY TRACK => Research/Faculty Track
            Infant Mental Health TRAINING => Infant Mental Health TRAINING
            CPP => CPP
            """)
    void aPartWrittenInCapitalsIsBroughtToTitleCaseKeepingAbbreviations(String part, String expected) {
        assertThat(new TitleCase(Vocabulary.standard()).of(part)).isEqualTo(expected);
    }
}

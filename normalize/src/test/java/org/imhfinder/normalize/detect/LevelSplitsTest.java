package org.imhfinder.normalize.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.imhfinder.vocabulary.Vocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevelSplitsTest {
    private final LevelSplits splits = new LevelSplits(Vocabulary.standard());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a pair the page names apart is both         | Infant Family Associate (IFA); Family Associate (IFA / ECFA)                | Infant Family Associate (IFA); Infant Family Associate; Early Childhood Family Associate
            a pair named nowhere apart is the combined  | Family Associate (IFA/ECFA); Family Specialist (IFS/ECFS)                   | Infant/Early Childhood Family Associate; Infant/Early Childhood Family Specialist
            abbreviations restating a combined level    | Infant/Early Childhood Family Associate (IFA/ECFA)                          | Infant/Early Childhood Family Associate
            two levels in one item are two programs     | Infant Family Specialist and Infant Family Reflective Supervisor            | Infant Family Specialist; Endorsed Reflective Supervisor
            a numbered pair keeps its number            | Category I: IFA/ECFA                                                        | Infant/Early Childhood Family Associate (Category I)
            a pair of Mentor designations              | Mental Health Mentor – Clinical (IMHM-C / ECMHM-C)                          | Infant Mental Health Mentor - Clinical; Early Childhood Mental Health Mentor - Clinical
            a Mentor beside its designations goes       | Infant Mental Health Mentor (IV); Infant Mental Health Mentor - Clinical; Infant Mental Health Mentor - Policy | Infant Mental Health Mentor - Clinical; Infant Mental Health Mentor - Policy
            a Mentor with one designation stays         | Infant Mental Health Mentor; Infant Mental Health Mentor - Clinical          | Infant Mental Health Mentor; Infant Mental Health Mentor - Clinical
            one level, and other programs, as they are  | Infant Family Specialist (IFS); Graduate Certificate in Infant Mental Health | Infant Family Specialist (IFS); Graduate Certificate in Infant Mental Health
            """)
    void aPageNamingSeveralLevelsInOnePlaceHasOneProgramPerLevel(String which, String names, String expected) {
        List<String> resolved = splits.resolve(list(names), n -> n, (n, renamed) -> renamed);

        assertThat(resolved).containsExactlyElementsOf(list(expected));
    }

    private static List<String> list(String names) {
        return Arrays.stream(names.split(";")).map(String::trim).toList();
    }
}

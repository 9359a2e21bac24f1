package org.imhfinder.searchapi.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NdcgTest {
    @Test
    void theIdealRankingScoresOne() {
        assertThat(Ndcg.at(5, List.of(3, 2, 1), List.of(1, 3, 0, 2))).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aRelevantHitBelowAnIrrelevantOneLosesItsDiscount() {
        // ideal: 7/1 ; got: 0 + 7/log2(3)
        assertThat(Ndcg.at(5, List.of(0, 3), List.of(3))).isCloseTo(1 / (Math.log(3) / Math.log(2)), within(1e-9));
    }

    @Test
    void hitsPastTheCutOffCountForNothing() {
        assertThat(Ndcg.at(2, List.of(0, 0, 3), List.of(3))).isZero();
    }

    @Test
    void aQueryWithNothingRelevantHasNoScore() {
        assertThat(Ndcg.at(5, List.of(0, 0), List.of(0, 0))).isNaN();
    }

    @ParameterizedTest
    @CsvSource({"*, anything, true", "kaimh, kaimh, true", "kaimh, kaimh2, false", "*Mentor*, Infant Mental Health Mentor - Clinical, true",
            "Infant Family*, infant family specialist, true", "Infant Family*, Early Childhood Family Associate, false",
            "DC:0-5*, DC:0-5 Clinical Training, true"})
    void aPatternMatchesWholeNamesWithoutRegardToCase(String pattern, String text, boolean matches) {
        assertThat(Judgments.glob(pattern).matcher(text).matches()).isEqualTo(matches);
    }
}

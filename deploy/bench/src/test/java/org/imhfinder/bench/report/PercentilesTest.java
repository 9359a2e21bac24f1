package org.imhfinder.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentilesTest {
    private static final double[] ONE_TO_HUNDRED = java.util.stream.IntStream.rangeClosed(1, 100).asDoubleStream().toArray();

    @ParameterizedTest(name = "p{0} of 1..100 is {1}")
    @CsvSource({"50, 50", "95, 95", "99, 99", "100, 100", "0.5, 1"})
    void nearestRank(double percent, double expected) {
        assertThat(Percentiles.of(ONE_TO_HUNDRED, percent)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "p{0} of one value is that value")
    @CsvSource({"50", "99"})
    void oneValue(double percent) {
        assertThat(Percentiles.of(new double[] {7}, percent)).isEqualTo(7);
    }

    @org.junit.jupiter.api.Test
    void anEmptySampleHasNoPercentile() {
        assertThat(Percentiles.of(new double[0], 50)).isNaN();
    }
}

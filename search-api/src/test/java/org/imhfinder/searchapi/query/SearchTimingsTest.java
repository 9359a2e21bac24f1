package org.imhfinder.searchapi.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchTimingsTest {
    @Test
    void millisecondsAreWrittenWithThreeDecimals() {
        assertThat(SearchTimings.millis(0)).isEqualTo("0.000");
        assertThat(SearchTimings.millis(999)).isEqualTo("0.001");
        assertThat(SearchTimings.millis(50_000)).isEqualTo("0.050");
        assertThat(SearchTimings.millis(1_234_567)).isEqualTo("1.235");
        assertThat(SearchTimings.millis(12_000_000_000L)).isEqualTo("12000.000");
    }

    @Test
    void theyReadAsTheFormattedValueDoes() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            long nanos = (long) (random.nextDouble() * 5e9);
            double written = Double.parseDouble(SearchTimings.millis(nanos));
            double formatted = Double.parseDouble(String.format(Locale.ROOT, "%.3f", nanos / 1e6));
            assertThat(Math.abs(written - formatted)).as("%d ns", nanos).isLessThanOrEqualTo(0.0010001);
        }
    }

    @Test
    void theHeaderNamesEveryPhaseAndTheApisOwnTime() {
        long[] nanos = new long[SearchTimings.Phase.values().length];
        nanos[SearchTimings.Phase.PARSE.ordinal()] = 100_000;
        nanos[SearchTimings.Phase.ELASTICSEARCH.ordinal()] = 12_000_000;
        nanos[SearchTimings.Phase.WRITE.ordinal()] = 250_000;
        assertThat(SearchTimings.header(nanos, true)).isEqualTo("parse;dur=0.100, interpret;dur=0.000, body;dur=0.000,"
                + " es;dur=12.000, read;dur=0.000, write;dur=0.250, api;dur=0.350, cache;desc=hit");
    }
}

package org.imhfinder.bench.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommitSamplerTest {
    private static final Instant T1 = Instant.parse("2026-05-01T08:00:00.100Z");
    private static final Instant T2 = Instant.parse("2026-05-01T08:00:00.200Z");
    private final List<CommitSampler.Sample> samples = List.of(
            new CommitSampler.Sample(T1, Map.of(0, 5L)),
            new CommitSampler.Sample(T2, Map.of(0, 9L, 1, 3L)));

    @Test
    void aRecordIsSearchableAtTheFirstSamplePastItsOffset() {
        assertThat(CommitSampler.committedAt(samples, 0, 4)).isEqualTo(T1);
        assertThat(CommitSampler.committedAt(samples, 0, 5)).isEqualTo(T2);
        assertThat(CommitSampler.committedAt(samples, 1, 2)).isEqualTo(T2);
    }

    @Test
    void aRecordNeverCommittedHasNoTime() {
        assertThat(CommitSampler.committedAt(samples, 0, 9)).isNull();
        assertThat(CommitSampler.committedAt(samples, 2, 0)).isNull();
    }
}

package org.imhfinder.bench.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MemoryProbeTest {
    /** Kept live across a collection, so the probe must see it. */
    private static byte[][] kept;

    @Test
    void theHeapInUseAtOnceIsNoMoreThanThePoolPeaksSummedAndTheHeapAfterACollectionNoMoreThanEither() {
        MemoryProbe.reset();
        kept = new byte[64][];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = new byte[1 << 20];
        }
        System.gc();
        await().atMost(Duration.ofSeconds(10)).until(() -> MemoryProbe.peak().afterCollectionMb() >= 64);

        MemoryProbe.Peak peak = MemoryProbe.peak();
        assertThat(peak.heapMb()).isGreaterThanOrEqualTo(peak.afterCollectionMb()).isLessThanOrEqualTo(peak.poolPeaksMb());
        assertThat(kept.length).isEqualTo(64);
    }
}

package org.imhfinder.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.Test;

class OverdueWorkersCheckTest {
    @Test
    void aFewOverdueReadingsAreTolerableMoreAskForARestart() {
        AtomicInteger overdue = new AtomicInteger(OverdueWorkersCheck.MAX_OVERDUE);
        OverdueWorkersCheck check = new OverdueWorkersCheck(overdue::get);

        assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);
        overdue.incrementAndGet();
        HealthCheck.Result down = check.call();

        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).hasValue("3 readings given up on are still running");
        assertThat(check.isLiveness()).isTrue();
        assertThat(check.isReadiness()).isFalse();
    }
}

package org.imhfinder.bench.recheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.imhfinder.ingest.recheck.RecheckPolicy;
import org.junit.jupiter.api.Test;

/** A small run of the re-check simulation: the instrument works; its figures are not judged here. */
class RecheckSimulationTest {
    private static final RecheckPolicy POLICY = RecheckPolicy.from(Settings.of(Map.of(ConfigKeys.CRAWL_BUDGET.envName(), "4")));
    private static final RecheckSimulation.Spec SMALL = new RecheckSimulation.Spec(7, 3, 8, 16, Duration.ofDays(30), POLICY);

    @Test
    void bothSchedulesSpendTheSameRequestsAndTheBudgetHolds() {
        RecheckSimulation.Result result = RecheckSimulation.run(SMALL);

        assertThat(result.adaptive().requests()).isPositive().isEqualTo(result.uniform().requests());
        assertThat(result.adaptive().busiestHostDay()).isLessThanOrEqualTo(POLICY.budget());
        assertThat(result.adaptive().freshness().staleShare()).isBetween(0.0, 1.0);
        assertThat(RecheckTable.of(result)).contains("stale listings (time-averaged share)", "mean age of a stale fact",
                "shown wrong, announced >= 1 day ahead", "Adaptive checks by reason");
    }

    @Test
    void theSameSeedMakesTheSameWebAndChanges() {
        assertThat(RecheckSimulation.pages(SMALL)).usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(RecheckSimulation.pages(SMALL));
        assertThat(RecheckSimulation.pages(SMALL)).extracting(p -> p.changes.length)
                .isNotEqualTo(RecheckSimulation.pages(new RecheckSimulation.Spec(8, 3, 8, 16, Duration.ofDays(30), POLICY))
                        .stream().map(p -> p.changes.length).toList());
    }
}

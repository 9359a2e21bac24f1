package org.imhfinder.ingest.recheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.imhfinder.ingest.memory.PageFacts;
import org.imhfinder.schema.FreshnessStatus;
import org.imhfinder.schema.PageCheck;
import org.imhfinder.schema.RecheckHint;
import org.imhfinder.schema.ReviewReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecheckPlannerTest {
    private static final String URL = "https://cohort.example.org/apply";
    private static final Instant T0 = Instant.parse("2027-01-01T00:00:00Z");
    private static final RecheckPolicy.Bounds BOUNDS = new RecheckPolicy.Bounds(Duration.ofHours(12), Duration.ofDays(28));
    private final RecheckPlanner planner = new RecheckPlanner(Duration.ofHours(6));

    @Test
    void aPageNeverCheckedIsDueAtOnceAsNew() {
        Plan plan = planner.plan(new PageFacts("s", URL, "cohort.example.org", null, null, null, 0, null, null, 0, 0),
                List.of(), BOUNDS);

        assertThat(plan.reason()).isEqualTo(CheckReason.NEW);
        assertThat(plan.dueBy(T0)).isTrue();
    }

    @Test
    void theMoreOftenAPageWasSeenChangingTheSoonerItIsCheckedWithinItsBounds() {
        List<PageCheck> sometimes = weekly(20, false);
        for (int i : new int[] {3, 5, 11, 12, 19}) { // irregular: a rate, not a beat
            sometimes.set(i, new PageCheck(sometimes.get(i).at(), PageCheck.Result.CHANGED));
        }
        Plan still = planner.plan(facts(weekly(20, false)), List.of(), BOUNDS);
        Plan some = planner.plan(facts(sometimes), List.of(), BOUNDS);
        Plan busy = planner.plan(facts(daily(20, true)), List.of(), BOUNDS);

        Duration stillAfter = Duration.between(T0.plus(Duration.ofDays(140)), still.dueAt());
        Duration someAfter = Duration.between(T0.plus(Duration.ofDays(140)), some.dueAt());
        Duration busyAfter = Duration.between(T0.plus(Duration.ofDays(20)), busy.dueAt());
        assertThat(busyAfter).isGreaterThanOrEqualTo(BOUNDS.min()).isLessThan(someAfter);
        assertThat(someAfter).isLessThan(stillAfter);
        assertThat(stillAfter).isLessThanOrEqualTo(BOUNDS.max());
        assertThat(some.reason()).isEqualTo(CheckReason.CHANGE_RATE);
        assertThat(some.detail()).startsWith("5 changes in 20 checks: about every ");
        assertThat(still.firm().reason()).isEqualTo(CheckReason.MAX_INTERVAL);
    }

    @Test
    void aPageThatWouldNeverPayForACheckIsCheckedAtItsLongestInterval() {
        RecheckPlanner frugal = new RecheckPlanner(Duration.ofDays(30));

        Plan plan = frugal.plan(facts(weekly(20, false)), List.of(), BOUNDS);

        assertThat(plan.reason()).isEqualTo(CheckReason.MAX_INTERVAL);
        assertThat(plan.dueAt()).isEqualTo(T0.plus(Duration.ofDays(140 + 28)));
    }

    /** Checks of a rarely changing page, then a deadline ahead: which moment comes next, depending on the last check. */
    @ParameterizedTest(name = "last check {0} before the deadline: next {2} at {1} from the deadline")
    @CsvSource({
            "P10D,  -P3D,   DEADLINE_BEFORE",
            "P3D,   -PT12H, DEADLINE_BEFORE",
            "P2D,   -PT12H, DEADLINE_BEFORE",
            "PT20H, PT36H,  DEADLINE_AFTER",   // within the slack of the half-day-before check: that one counts as made
            "-PT36H, P8D,   DEADLINE_AFTER"})
    void aDeadlineIsCheckedShortlyBeforeAndAfterIt(Duration lastBeforeDeadline, Duration fromDeadline, CheckReason reason) {
        Instant deadline = T0.plus(Duration.ofDays(200));
        List<PageCheck> checks = new ArrayList<>();
        checks.add(new PageCheck(T0, PageCheck.Result.FIRST));
        checks.add(new PageCheck(deadline.minus(lastBeforeDeadline), PageCheck.Result.UNCHANGED));

        Plan plan = planner.plan(facts(checks), List.of(hint(LocalDate.of(2027, 7, 20), null, null, List.of())), BOUNDS);

        assertThat(plan.reason()).isEqualTo(reason);
        assertThat(plan.dueAt()).isEqualTo(deadline.plus(fromDeadline));
        assertThat(plan.firm().reason()).isEqualTo(reason); // mandatory: not held back by the budget for change-rate checks
    }

    @Test
    void aListingAboutToTurnAgingIsCheckedBeforeItDoesUnlessAlreadyCheckedSinceItsConfirmation() {
        List<PageCheck> checks = weekly(3, false);
        Instant lastCheck = checks.get(checks.size() - 1).at();
        Instant aging = lastCheck.plus(Duration.ofDays(10));

        Plan confirmedByLastCheck = planner.plan(facts(checks), List.of(hint(null, lastCheck, aging, List.of())), BOUNDS);
        Plan checkedSinceConfirmed = planner.plan(facts(checks),
                List.of(hint(null, lastCheck.minus(Duration.ofDays(20)), aging, List.of())), BOUNDS);

        assertThat(confirmedByLastCheck.firm().reason()).isEqualTo(CheckReason.AGING);
        assertThat(confirmedByLastCheck.firm().at()).isEqualTo(aging.minus(RecheckPolicy.AGING_MARGIN));
        // a check after the last confirmation did not confirm it: the site did not answer, and the listing should age
        assertThat(checkedSinceConfirmed.firm().reason()).isEqualTo(CheckReason.MAX_INTERVAL);
    }

    @Test
    void aFlaggedListingsPageIsLookedAtAgainADayAfterTheFetchThatFlaggedIt() {
        List<PageCheck> checks = weekly(20, false);
        Instant fetched = checks.get(checks.size() - 1).at();

        Plan plan = planner.plan(facts(checks), List.of(new RecheckHint(1, "p1", "s", URL, FreshnessStatus.FRESH,
                List.of(ReviewReason.EXTRACTION_DEGRADED), null, fetched, null, fetched, fetched)), BOUNDS);

        assertThat(plan.reason()).isEqualTo(CheckReason.FLAGGED);
        assertThat(plan.dueAt()).isEqualTo(fetched.plus(RecheckPolicy.FLAGGED_AFTER));
        assertThat(plan.firm().reason()).isEqualTo(CheckReason.MAX_INTERVAL); // a flag competes on gain within the budget
    }

    @Test
    void aSitemapLastmodAfterTheLastCheckMakesThePageDueThen() {
        List<PageCheck> checks = weekly(20, false);
        Instant lastmod = checks.get(checks.size() - 1).at().plus(Duration.ofDays(2));

        Plan plan = planner.plan(PageFacts.of("s", URL, checks, lastmod), List.of(), BOUNDS);

        assertThat(plan.reason()).isEqualTo(CheckReason.LASTMOD);
        assertThat(plan.dueAt()).isEqualTo(lastmod);
    }

    @Test
    void aRetiredListingAsksForNothing() {
        List<PageCheck> checks = weekly(20, false);
        RecheckHint retired = new RecheckHint(1, "p1", "s", URL, FreshnessStatus.RETIRED, List.of(),
                LocalDate.of(2027, 7, 20), null, null, null, null);

        assertThat(planner.plan(facts(checks), List.of(retired), BOUNDS)).isEqualTo(planner.plan(facts(checks), List.of(), BOUNDS));
    }

    @Test
    void theGainOfACheckGrowsWithTheTimeSinceTheLastAnswer() {
        PageFacts page = facts(weekly(10, true));
        Instant last = page.since();

        assertThat(planner.gain(page, last.plus(Duration.ofDays(1))))
                .isLessThan(planner.gain(page, last.plus(Duration.ofDays(5))))
                .isPositive();
    }

    private static RecheckHint hint(LocalDate deadline, Instant confirmed, Instant aging, List<ReviewReason> reasons) {
        return new RecheckHint(1, "p1", "s", URL, FreshnessStatus.FRESH, reasons, deadline, confirmed, aging, null, T0);
    }

    private static PageFacts facts(List<PageCheck> checks) {
        return PageFacts.of("s", URL, checks, null);
    }

    private static List<PageCheck> weekly(int count, boolean changed) {
        return checks(count, Duration.ofDays(7), changed);
    }

    private static List<PageCheck> daily(int count, boolean changed) {
        return checks(count, Duration.ofDays(1), changed);
    }

    private static List<PageCheck> checks(int count, Duration every, boolean changed) {
        List<PageCheck> checks = new ArrayList<>();
        checks.add(new PageCheck(T0, PageCheck.Result.FIRST));
        for (int i = 1; i <= count; i++) {
            checks.add(new PageCheck(T0.plus(every.multipliedBy(i)), changed ? PageCheck.Result.CHANGED : PageCheck.Result.UNCHANGED));
        }
        return checks;
    }
}

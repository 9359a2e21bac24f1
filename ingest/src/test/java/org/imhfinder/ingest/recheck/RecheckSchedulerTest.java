package org.imhfinder.ingest.recheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.imhfinder.ingest.memory.PageMemory;
import org.imhfinder.ingest.memory.PageMemoryStore;
import org.imhfinder.schema.CrawlTrigger;
import org.imhfinder.schema.FreshnessStatus;
import org.imhfinder.schema.RecheckHint;
import org.junit.jupiter.api.Test;

class RecheckSchedulerTest {
    private static final Instant T0 = Instant.parse("2027-01-01T00:00:00Z");
    private static final PageMemory.Validators ETAG = new PageMemory.Validators("\"v1\"", null);
    /** Budget 5 a host a day: at most 4 of them for change-rate checks. */
    private final RecheckPolicy policy = new RecheckPolicy(Duration.ofMinutes(5), Duration.ofHours(12), Duration.ofDays(28),
            Duration.ofHours(6), 5);
    private final PageMemory memory = new PageMemory(10_000, PageMemoryStore.NONE);
    private final RecheckHints hints = new RecheckHints(source -> true);
    private final HostBudget budget = new HostBudget(policy.budget());
    private final RecheckScheduler scheduler = new RecheckScheduler(memory, hints, policy, budget,
            source -> source.equals("other") ? null : new RecheckPolicy.Bounds(policy.minInterval(), policy.maxInterval()));
    private final CheckGate gate = new CheckGate(memory, scheduler, budget);

    @Test
    void nothingIsDueRightAfterAPageWasCheckedAndEveryPageIsDueByItsLongestInterval() {
        fetch("s", "https://a.org/1", T0);

        assertThat(scheduler.select(T0.plus(Duration.ofHours(1)), s -> true)).isEmpty();
        assertThat(scheduler.select(T0.plus(Duration.ofDays(28)), s -> true).get("s"))
                .extracting(RecheckScheduler.Due::url).containsExactly("https://a.org/1");
    }

    @Test
    void theBudgetHoldsPerHostAndMandatoryChecksComeFirst() {
        for (int i = 0; i < 10; i++) {
            fetch("s", "https://a.org/" + i, T0);
            fetch("s", "https://b.org/" + i, T0);
        }
        hints.put("p1", hint("https://a.org/7", LocalDate.of(2027, 1, 20)));
        Instant late = T0.plus(Duration.ofDays(18)); // change-rate checks due everywhere, the deadline's too

        List<RecheckScheduler.Due> due = scheduler.select(late, s -> true).get("s");

        assertThat(due).filteredOn(d -> d.host().equals("a.org")).hasSize(policy.rateBudget() + 1)
                .first().satisfies(d -> {
                    assertThat(d.url()).isEqualTo("https://a.org/7");
                    assertThat(d.moment().reason()).isEqualTo(CheckReason.DEADLINE_BEFORE);
                });
        assertThat(due).filteredOn(d -> d.host().equals("b.org")).hasSize(policy.rateBudget());
        due.forEach(d -> assertThat(gate.page(d.sourceId(), d.url(), d.host(), CrawlTrigger.RECHECK, false, late).ask()).isTrue());

        // the budget is spent for a day: no more checks of a.org until the window moves on
        assertThat(scheduler.select(late.plus(Duration.ofHours(1)), s -> true).getOrDefault("s", List.of()))
                .filteredOn(d -> d.host().equals("a.org")).isEmpty();
    }

    @Test
    void checksOtherThanADeadlinesLeaveTheLastRequestOfTheBudgetForOne() {
        for (int i = 0; i < 10; i++) {
            fetch("s", "https://a.org/" + i, T0);
        }
        Instant longest = T0.plus(Duration.ofDays(29)); // every page due for its longest interval

        assertThat(scheduler.select(longest, s -> true).get("s")).hasSize(policy.budget() - 1)
                .allSatisfy(d -> assertThat(d.moment().reason()).isEqualTo(CheckReason.MAX_INTERVAL));

        hints.put("p1", hint("https://a.org/9", LocalDate.of(2027, 2, 1)));
        assertThat(scheduler.select(longest, s -> true).get("s")).hasSize(policy.budget())
                .first().extracting(d -> d.moment().reason()).isEqualTo(CheckReason.DEADLINE_BEFORE);
    }

    @Test
    void anInstanceKeepsOnlyTheHintsOfItsOwnSources() {
        RecheckHints mine = new RecheckHints("s"::equals);
        mine.put("p1", hint("https://a.org/1", LocalDate.of(2027, 2, 1)));
        mine.put("p2", new RecheckHint(1, "p2", "other", "https://c.org/1", FreshnessStatus.FRESH, List.of(),
                LocalDate.of(2027, 2, 1), T0, null, T0, T0));
        mine.accept("p3", "not json");

        assertThat(mine.size()).isEqualTo(1);
        assertThat(mine.forPage("https://c.org/1")).isEmpty();
        assertThat(mine.records()).isEqualTo(3);
    }

    @Test
    void aPageOfAnotherInstancesSourceIsNotPlannedAndABusySourceWaits() {
        fetch("other", "https://c.org/1", T0);
        fetch("s", "https://a.org/1", T0);
        Instant later = T0.plus(Duration.ofDays(30));

        assertThat(scheduler.select(later, s -> false)).isEmpty();
        assertThat(scheduler.select(later, s -> true)).containsOnlyKeys("s");
    }

    @Test
    void theGateAsksANewPageDefersAKnownOneNotYetDueAndAlwaysAsksForARequestedCrawl() {
        fetch("s", "https://a.org/1", T0);
        Instant soon = T0.plus(Duration.ofHours(2));

        assertThat(gate.page("s", "https://a.org/new", "a.org", CrawlTrigger.SCHEDULE, false, soon))
                .extracting(CheckGate.Decision::ask, CheckGate.Decision::reason).containsExactly(true, CheckReason.NEW);
        assertThat(gate.page("s", "https://a.org/1", "a.org", CrawlTrigger.SCHEDULE, false, soon).ask()).isFalse();
        assertThat(gate.page("s", "https://a.org/1", "a.org", CrawlTrigger.SCHEDULE, true, soon).ask())
                .as("a retry continues the check already decided").isTrue();
        for (int i = 0; i < 10; i++) {
            assertThat(gate.page("s", "https://a.org/1", "a.org", CrawlTrigger.REQUEST, false, soon))
                    .extracting(CheckGate.Decision::ask, CheckGate.Decision::reason).containsExactly(true, CheckReason.REQUESTED);
        }
        CheckGate.Decision spent = gate.page("s", "https://a.org/other", "a.org", CrawlTrigger.SCHEDULE, false, soon);
        assertThat(spent.ask()).isFalse();
        assertThat(spent.why()).startsWith("budget spent");
        assertThat(gate.sitemap("a.org", CrawlTrigger.SCHEDULE, soon)).isFalse();
        assertThat(gate.sitemap("a.org", CrawlTrigger.REQUEST, soon)).isTrue();
    }

    @Test
    void aHintArrivingLaterMovesAPagesPlan() {
        fetch("s", "https://a.org/1", T0);
        Instant before = scheduler.plan(memory.facts("s", "https://a.org/1")).dueAt();

        hints.put("p1", hint("https://a.org/1", LocalDate.of(2027, 1, 5)));

        Plan plan = scheduler.plan(memory.facts("s", "https://a.org/1"));
        assertThat(plan.dueAt()).isBefore(before).isEqualTo(Instant.parse("2027-01-02T00:00:00Z"));
        assertThat(plan.reason()).isEqualTo(CheckReason.DEADLINE_BEFORE);
        assertThat(scheduler.select(Instant.parse("2027-01-02T00:05:00Z"), s -> true).get("s"))
                .extracting(RecheckScheduler.Due::url).containsExactly("https://a.org/1");
    }

    private void fetch(String source, String url, Instant at) {
        memory.fetchedInFull(source, url, ETAG, List.of(), "d", at);
    }

    private static RecheckHint hint(String url, LocalDate deadline) {
        return new RecheckHint(1, "p-" + url, "s", url, FreshnessStatus.FRESH, List.of(), deadline, T0, null, T0, T0);
    }
}

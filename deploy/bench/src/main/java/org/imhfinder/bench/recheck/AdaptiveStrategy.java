package org.imhfinder.bench.recheck;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imhfinder.ingest.memory.PageMemory;
import org.imhfinder.ingest.memory.PageMemoryStore;
import org.imhfinder.ingest.recheck.CheckGate;
import org.imhfinder.ingest.recheck.HostBudget;
import org.imhfinder.ingest.recheck.RecheckHints;
import org.imhfinder.ingest.recheck.RecheckPolicy;
import org.imhfinder.ingest.recheck.RecheckScheduler;
import org.imhfinder.schema.CrawlTrigger;
import org.imhfinder.schema.PageCheck;
import org.imhfinder.schema.RecheckHint;

/**
 * The crawler's own schedule, run on simulated time: ingest's page memory (checks, digests,
 * validators), its hints of listings, its hosts' budgets, its scheduler and its gate, the very
 * classes ingest runs, handed the simulated moment instead of the clock's. A check asks the
 * simulated page conditionally, as ingest does: a 304 when its version is the one remembered,
 * else the page in full with its digest.
 */
final class AdaptiveStrategy implements Strategy {
    /** Between two requests to one host within a look (the crawl delay). */
    private static final long DELAY = 1000;

    private final List<SimPage> pages;
    private final Map<String, SimPage> byUrl = new HashMap<>();
    private final PageMemory memory = new PageMemory(Integer.MAX_VALUE, PageMemoryStore.NONE);
    private final RecheckHints hints = new RecheckHints(source -> true);
    private final RecheckScheduler scheduler;
    private final CheckGate gate;
    private final Requests requests;

    /** {@code from}: when the measured span starts (requests before it are not counted). */
    AdaptiveStrategy(List<SimPage> pages, RecheckPolicy policy, long from) {
        this.pages = pages;
        this.requests = new Requests(from);
        pages.forEach(p -> byUrl.put(p.url, p));
        HostBudget budget = new HostBudget(policy.budget());
        RecheckPolicy.Bounds bounds = new RecheckPolicy.Bounds(policy.minInterval(), policy.maxInterval());
        this.scheduler = new RecheckScheduler(memory, hints, policy, budget, source -> bounds);
        this.gate = new CheckGate(memory, scheduler, budget);
    }

    @Override
    public String name() {
        return "adaptive";
    }

    @Override
    public void start(long t0, SimIndex index) {
        for (SimPage page : pages) {
            int version = page.versionAt(t0);
            memory.fetchedInFull(page.sourceId, page.url, validators(version), List.of(), digest(version), Instant.ofEpochMilli(t0));
            index.crawledAt(page, t0);
        }
    }

    @Override
    public void tick(long now, SimIndex index) {
        Map<String, Integer> perHost = new HashMap<>();
        scheduler.select(Instant.ofEpochMilli(now), source -> true).values().forEach(due -> due.forEach(d -> {
            long at = now + DELAY * perHost.merge(d.host(), 1, Integer::sum);
            CheckGate.Decision decision = gate.page(d.sourceId(), d.url(), d.host(), CrawlTrigger.RECHECK, false,
                    Instant.ofEpochMilli(at));
            if (decision.ask()) {
                check(byUrl.get(d.url()), at, decision.reason().tag(), index);
            }
        }));
    }

    private void check(SimPage page, long at, String reason, SimIndex index) {
        int version = page.versionAt(at);
        Instant when = Instant.ofEpochMilli(at);
        boolean changed;
        if (validators(version).etag().equals(memory.conditionalHeaders(page.sourceId, page.url).get("If-None-Match"))) {
            memory.notModified(page.sourceId, page.url, when);
            changed = false;
        } else {
            changed = memory.fetchedInFull(page.sourceId, page.url, validators(version), List.of(), digest(version), when)
                    == PageCheck.Result.CHANGED;
        }
        requests.add(page, at, reason, changed);
        index.checked(page, at, version);
    }

    @Override
    public void hint(RecheckHint hint) {
        hints.put(hint.programId(), hint);
    }

    @Override
    public Requests requests() {
        return requests;
    }

    private static PageMemory.Validators validators(int version) {
        return new PageMemory.Validators("\"v" + version + "\"", null);
    }

    private static String digest(int version) {
        return "v" + version;
    }
}

package org.imhfinder.ingest.recheck;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Predicate;
import org.imhfinder.ingest.memory.PageFacts;
import org.imhfinder.ingest.memory.PageMemory;

/**
 * Decides which pages are checked now: each page's {@link Plan} (from its facts, its listings'
 * hints and its source's bounds), and each host's budget. At each look, per host: the pages due for
 * a reason their listings' dates or their source's bounds impose first ({@link CheckReason#mandatory},
 * in the order of {@link CheckReason}, then earliest due), up to the host's whole budget less one
 * request kept for the check before a deadline (which may take it); then the
 * pages due for their change rate or a flag, largest {@linkplain RecheckPlanner#gain gain} first,
 * up to {@link RecheckPolicy#RATE_SHARE} of it. A page that does not fit stays due for the next
 * look, its gain growing; a page chosen stays due until its check is recorded.
 *
 * <p>Plans are kept, not recomputed at every look: the page memory and the hints say which pages
 * changed ({@link PageMemory#onChange}, {@link RecheckHints#onChange}), and only those are planned
 * again; the others wait in a queue by due time. A look costs the pages that changed and the pages
 * due, never the whole memory (50,000 pages).
 */
public final class RecheckScheduler {
    private static final Comparator<Due> MANDATORY_ORDER = Comparator.comparing((Due d) -> d.moment().reason())
            .thenComparing(d -> d.moment().at());
    private static final Comparator<Due> GAIN_ORDER = Comparator.comparingDouble(Due::gain).reversed();

    private final PageMemory memory;
    private final RecheckHints hints;
    private final RecheckPlanner planner;
    private final HostBudget budget;
    private final RecheckPolicy policy;
    private final Function<String, RecheckPolicy.Bounds> bounds;
    private final ConcurrentLinkedQueue<String[]> touchedPages = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> touchedUrls = new ConcurrentLinkedQueue<>();
    /** The planned pages, by URL then source id. */
    private final Map<String, Map<String, Planned>> planned = new HashMap<>();
    private final PriorityQueue<Planned> waiting = new PriorityQueue<>(Comparator.comparing((Planned p) -> p.plan.dueAt()));
    private final Map<Planned, Boolean> due = new LinkedHashMap<>();

    /** A page's plan and the facts it was made from; replaced (never changed) when either changes. */
    private record Planned(String sourceId, String url, PageFacts facts, Plan plan) {
    }

    /** A page due now: its plan, the moment that makes it due, and the gain of checking it. */
    public record Due(String sourceId, String url, String host, Plan plan, Plan.Moment moment, double gain) {
    }

    /**
     * @param bounds the bounds of a source's pages by source id (null: not this instance's source)
     */
    public RecheckScheduler(PageMemory memory, RecheckHints hints, RecheckPolicy policy, HostBudget budget,
                            Function<String, RecheckPolicy.Bounds> bounds) {
        this.memory = memory;
        this.hints = hints;
        this.planner = new RecheckPlanner(policy.minGain());
        this.budget = budget;
        this.policy = policy;
        this.bounds = bounds;
        memory.onChange((sourceId, url) -> touchedPages.add(new String[] {sourceId, url}));
        hints.onChange(touchedUrls::add);
        memory.facts().forEach(f -> touchedPages.add(new String[] {f.sourceId(), f.url()}));
    }

    /** The page's current plan (null when its source is not this instance's). */
    public synchronized Plan plan(PageFacts page) {
        refresh();
        Planned current = current(page.sourceId(), page.url());
        if (current != null && current.facts() == page) {
            return current.plan();
        }
        RecheckPolicy.Bounds sourceBounds = bounds.apply(page.sourceId());
        return sourceBounds == null ? null : planner.plan(page, hints.forPage(page.url()), sourceBounds);
    }

    /**
     * The pages to check now, by source, within each host's budget; pages of sources for which
     * {@code free} says no (being crawled already) are left for a later look.
     */
    public synchronized Map<String, List<Due>> select(Instant now, Predicate<String> free) {
        refresh();
        while (!waiting.isEmpty() && waiting.peek().plan().dueBy(now)) {
            Planned next = waiting.poll();
            if (current(next.sourceId(), next.url()) == next) {
                due.put(next, Boolean.TRUE);
            }
        }
        Map<String, List<Due>> byHost = new HashMap<>();
        for (Iterator<Planned> it = due.keySet().iterator(); it.hasNext(); ) {
            Planned page = it.next();
            if (current(page.sourceId(), page.url()) != page) {
                it.remove();
            } else if (free.test(page.sourceId())) {
                Plan.Moment moment = page.plan().at(now);
                double gain = moment.reason().mandatory() ? 0 : planner.gain(page.facts(), now);
                byHost.computeIfAbsent(page.facts().host(), h -> new ArrayList<>())
                        .add(new Due(page.sourceId(), page.url(), page.facts().host(), page.plan(), moment, gain));
            }
        }
        Map<String, List<Due>> bySource = new LinkedHashMap<>();
        byHost.forEach((host, candidates) -> fit(host, candidates, now)
                .forEach(d -> bySource.computeIfAbsent(d.sourceId(), s -> new ArrayList<>()).add(d)));
        return bySource;
    }

    /** Pages planned now, and of those, due. */
    public synchronized int[] size() {
        refresh();
        return new int[] {planned.values().stream().mapToInt(Map::size).sum(), due.size()};
    }

    /** What of a host's due pages its budget allows now. */
    private List<Due> fit(String host, List<Due> candidates, Instant now) {
        int used = budget.used(host, now);
        int room = Math.max(0, policy.budget() - used);
        int rateRoom = Math.max(0, policy.rateBudget() - used);
        // a deadline's check may take the last request of the budget; the other checks leave it for one
        int reserve = policy.budget() > 1 ? 1 : 0;
        List<Due> chosen = new ArrayList<>();
        int[] others = {0};
        candidates.stream().filter(d -> d.moment().reason().mandatory()).sorted(MANDATORY_ORDER).forEach(d -> {
            boolean deadline = d.moment().reason() == CheckReason.DEADLINE_BEFORE;
            if (chosen.size() < room && (deadline || others[0] < room - reserve)) {
                chosen.add(d);
                others[0] += deadline ? 0 : 1;
            }
        });
        int left = Math.min(Math.min(rateRoom, room - reserve) - others[0], room - chosen.size());
        candidates.stream().filter(d -> !d.moment().reason().mandatory()).sorted(GAIN_ORDER).limit(Math.max(0, left))
                .forEach(chosen::add);
        return chosen;
    }

    /** Plans again the pages whose facts or hints changed since the last look. */
    private void refresh() {
        for (String[] page = touchedPages.poll(); page != null; page = touchedPages.poll()) {
            replan(page[0], page[1]);
        }
        for (String url = touchedUrls.poll(); url != null; url = touchedUrls.poll()) {
            Map<String, Planned> sources = planned.get(url);
            if (sources != null) {
                for (String sourceId : List.copyOf(sources.keySet())) {
                    replan(sourceId, url);
                }
            }
        }
    }

    private void replan(String sourceId, String url) {
        PageFacts facts = memory.facts(sourceId, url);
        RecheckPolicy.Bounds sourceBounds = facts == null ? null : bounds.apply(sourceId);
        Map<String, Planned> sources = planned.computeIfAbsent(url, u -> new HashMap<>());
        if (sourceBounds == null) {
            sources.remove(sourceId);
            if (sources.isEmpty()) {
                planned.remove(url);
            }
            return;
        }
        Planned page = new Planned(sourceId, url, facts, planner.plan(facts, hints.forPage(url), sourceBounds));
        sources.put(sourceId, page);
        waiting.add(page);
    }

    private Planned current(String sourceId, String url) {
        Map<String, Planned> sources = planned.get(url);
        return sources == null ? null : sources.get(sourceId);
    }
}

package org.imhfinder.bench.recheck;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The fixed schedule the crawler had: every page checked at one interval, spread evenly over it.
 * Each host gets as many requests over the span as it got from the strategy compared with
 * ({@code perHost}), so both spend the same requests on every host.
 */
final class UniformStrategy implements Strategy {
    private final List<SimPage> pages;
    private final Map<String, Long> periods = new HashMap<>();
    private final PriorityQueue<long[]> next = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
    private final Requests requests;
    private final int[] lastSeen;
    private final long end;

    /**
     * {@code perHost}: requests each host gets over {@code span}; checks run from {@code t0} to
     * {@code end} at that rate, and are counted from {@code from}.
     */
    UniformStrategy(List<SimPage> pages, Map<String, Long> perHost, long span, long t0, long end, long from) {
        this.pages = pages;
        this.requests = new Requests(from);
        this.lastSeen = new int[pages.size()];
        this.end = end;
        Map<String, Integer> hostPages = new HashMap<>();
        pages.forEach(p -> hostPages.merge(p.host, 1, Integer::sum));
        hostPages.forEach((host, count) -> {
            long wanted = perHost.getOrDefault(host, 0L);
            if (wanted > 0) {
                periods.put(host, (long) ((double) span * count / wanted));
            }
        });
    }

    @Override
    public String name() {
        return "uniform";
    }

    @Override
    public void start(long t0, SimIndex index) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> hostPages = new HashMap<>();
        pages.forEach(p -> hostPages.merge(p.host, 1, Integer::sum));
        for (SimPage page : pages) {
            index.crawledAt(page, t0);
            lastSeen[page.id] = page.versionAt(t0);
            Long period = periods.get(page.host);
            if (period != null) {
                int place = seen.merge(page.host, 1, Integer::sum);
                next.add(new long[] {t0 + period * place / hostPages.get(page.host), page.id});
            }
        }
    }

    @Override
    public void tick(long now, SimIndex index) {
        while (!next.isEmpty() && next.peek()[0] <= now) {
            long[] due = next.poll();
            SimPage page = pages.get((int) due[1]);
            long at = due[0];
            if (at >= end) {
                continue;
            }
            int version = page.versionAt(at);
            requests.add(page, at, "uniform", version != lastSeen[page.id]);
            lastSeen[page.id] = version;
            index.checked(page, at, version);
            next.add(new long[] {at + periods.get(page.host), page.id});
        }
    }

    @Override
    public Requests requests() {
        return requests;
    }
}

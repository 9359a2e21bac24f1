package org.imhfinder.bench.recheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The requests a strategy made: in all, per host (with times, for the busiest 24 hours), by reason and whether they found a change. */
final class Requests {
    private final Map<String, List<Long>> byHost = new HashMap<>();
    private final Map<String, long[]> byReason = new TreeMap<>();
    private final long[] byProcess = new long[ChangeProcess.values().length];
    private final long from;
    private long total;
    private long changed;

    /** Counts the requests made at or after {@code from} (epoch milliseconds). */
    Requests(long from) {
        this.from = from;
    }

    void add(SimPage page, long at, String reason, boolean foundChange) {
        if (at < from) {
            return;
        }
        String host = page.host;
        byProcess[page.process.ordinal()]++;
        total++;
        if (foundChange) {
            changed++;
        }
        byHost.computeIfAbsent(host, h -> new ArrayList<>()).add(at);
        long[] counts = byReason.computeIfAbsent(reason, r -> new long[2]);
        counts[0]++;
        if (foundChange) {
            counts[1]++;
        }
    }

    long total() {
        return total;
    }

    long changed() {
        return changed;
    }

    long of(String host) {
        return byHost.getOrDefault(host, List.of()).size();
    }

    /** Checks of pages of each process. */
    long of(ChangeProcess process) {
        return byProcess[process.ordinal()];
    }

    /** Checks, and checks that found a change, by reason. */
    Map<String, long[]> byReason() {
        return byReason;
    }

    /** The most requests any host got in any 24 hours. */
    int busiestDay() {
        int most = 0;
        for (List<Long> times : byHost.values()) {
            List<Long> sorted = times.stream().sorted().toList();
            int from = 0;
            for (int to = 0; to < sorted.size(); to++) {
                while (sorted.get(to) - sorted.get(from) >= SimWeb.DAY) {
                    from++;
                }
                most = Math.max(most, to - from + 1);
            }
        }
        return most;
    }
}

package org.imhfinder.ingest.recheck;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Each host's daily request budget: at most {@code perDay} requests for its pages and sitemaps in
 * any 24 hours (a sliding window, so no two bursts meet at midnight). Scheduled and re-check
 * requests {@linkplain #tryTake take} from it and wait when it is spent; a requested crawl's
 * {@linkplain #take count} without waiting. robots.txt is not counted: it is what politeness
 * itself needs, at most once per {@code IMH_CRAWL_ROBOTS_TTL} while it answers.
 */
public final class HostBudget {
    static final Duration WINDOW = Duration.ofHours(24);

    private final int perDay;
    private final Map<String, ArrayDeque<Long>> requests = new HashMap<>();

    public HostBudget(int perDay) {
        this.perDay = perDay;
    }

    public int perDay() {
        return perDay;
    }

    /** Requests made to the host in the 24 hours before {@code now}. */
    public synchronized int used(String host, Instant now) {
        ArrayDeque<Long> times = requests.get(host);
        if (times == null) {
            return 0;
        }
        long from = now.minus(WINDOW).toEpochMilli();
        while (!times.isEmpty() && times.peekFirst() <= from) {
            times.pollFirst();
        }
        if (times.isEmpty()) {
            requests.remove(host);
        }
        return times.size();
    }

    /** Counts a request at {@code now} if the budget allows it; false (nothing counted) when it is spent. */
    public synchronized boolean tryTake(String host, Instant now) {
        if (used(host, now) >= perDay) {
            return false;
        }
        take(host, now);
        return true;
    }

    /** Counts a request that is made whatever the budget says (an operator's crawl). */
    public synchronized void take(String host, Instant at) {
        ArrayDeque<Long> times = requests.computeIfAbsent(host, h -> new ArrayDeque<>());
        long millis = at.toEpochMilli();
        if (!times.isEmpty() && times.peekLast() > millis) {
            insertInOrder(times, millis);
        } else {
            times.addLast(millis);
        }
    }

    /** A restart's window is rebuilt from the checks its page memory kept (older ones fall out by themselves). */
    public void restore(String host, Instant at) {
        take(host, at);
    }

    private static void insertInOrder(ArrayDeque<Long> times, long millis) {
        ArrayDeque<Long> later = new ArrayDeque<>();
        while (!times.isEmpty() && times.peekLast() > millis) {
            later.addFirst(times.pollLast());
        }
        times.addLast(millis);
        times.addAll(later);
    }
}

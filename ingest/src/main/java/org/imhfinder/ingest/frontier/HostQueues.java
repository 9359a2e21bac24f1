package org.imhfinder.ingest.frontier;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * The in-memory frontier: one priority queue per host (sitemaps first, then shallower pages
 * first, then first come) and a schedule of hosts by the time they may next be asked. A host
 * whose robots.txt is unknown or stale is handed out first as a {@link CrawlTask.Kind#ROBOTS}
 * task. Memory: the queued tasks plus one small record per host seen.
 */
public final class HostQueues implements Frontier {
    private static final Comparator<Queued> ORDER = Comparator.comparingInt((Queued q) -> rank(q.task))
            .thenComparingInt(q -> q.task.depth()).thenComparingLong(q -> q.seq);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, Host> hosts = new HashMap<>();
    private final PriorityQueue<Host> due = new PriorityQueue<>(Comparator.comparingLong((Host h) -> h.readyAt));
    private final LongSupplier nanos;
    private final Predicate<String> needsRobots;
    private final AtomicInteger size = new AtomicInteger();
    private long seq;
    private volatile java.util.function.BiConsumer<String, Duration> waits = (host, waited) -> { };

    /**
     * @param nanos       the clock (System::nanoTime; a fake one in tests)
     * @param needsRobots whether a host's robots.txt must be fetched before its next task
     */
    public HostQueues(LongSupplier nanos, Predicate<String> needsRobots) {
        this.nanos = nanos;
        this.needsRobots = needsRobots;
    }

    /** Tells a listener how long each task waited for its host (politeness and queueing). */
    public void onHandOut(java.util.function.BiConsumer<String, Duration> listener) {
        this.waits = listener;
    }

    private static final class Host {
        final String name;
        final PriorityQueue<Queued> queue = new PriorityQueue<>(ORDER);
        long readyAt;
        boolean busy;
        boolean scheduled;

        Host(String name, long readyAt) {
            this.name = name;
            this.readyAt = readyAt;
        }
    }

    private record Queued(CrawlTask task, long seq, long enqueuedAt) {
    }

    private static int rank(CrawlTask task) {
        return switch (task.kind()) {
            case ROBOTS -> 0;
            case SITEMAP_DISCOVERY, SITEMAP -> 1;
            case PAGE -> 2;
        };
    }

    @Override
    public void add(CrawlTask task) {
        lock.lock();
        try {
            Host host = hosts.computeIfAbsent(task.host(), name -> new Host(name, nanos.getAsLong()));
            host.queue.add(new Queued(task, seq++, nanos.getAsLong()));
            size.incrementAndGet();
            schedule(host);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<CrawlTask> take(Duration wait) throws InterruptedException {
        long deadline = nanos.getAsLong() + wait.toNanos();
        lock.lock();
        try {
            while (true) {
                long now = nanos.getAsLong();
                Host next = due.peek();
                if (next != null && next.readyAt <= now) {
                    due.poll();
                    next.scheduled = false;
                    return Optional.of(handOut(next));
                }
                long until = Math.min(deadline, next == null ? deadline : next.readyAt) - now;
                if (now >= deadline) {
                    return Optional.empty();
                }
                changed.awaitNanos(Math.max(until, TimeUnit.MICROSECONDS.toNanos(100)));
            }
        } finally {
            lock.unlock();
        }
    }

    /** Non-blocking {@link #take}: the next due task now, if any. */
    public Optional<CrawlTask> poll() {
        try {
            return take(Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private CrawlTask handOut(Host host) {
        host.busy = true;
        Queued head = host.queue.peek();
        if (needsRobots.test(host.name)) {
            return CrawlTask.of(CrawlTask.Kind.ROBOTS, head.task.crawlId(), head.task.sourceId(), head.task.fetchUrl());
        }
        host.queue.poll();
        size.decrementAndGet();
        waits.accept(host.name, Duration.ofNanos(nanos.getAsLong() - head.enqueuedAt));
        return head.task;
    }

    @Override
    public void release(CrawlTask task, Duration delay, CrawlTask retry) {
        lock.lock();
        try {
            Host host = hosts.get(task.host());
            if (host == null) {
                return;
            }
            host.busy = false;
            host.readyAt = Math.max(host.readyAt, nanos.getAsLong() + delay.toNanos());
            if (retry != null) {
                host.queue.add(new Queued(retry, -1 - seq++, nanos.getAsLong())); // ahead of everything of its rank and depth
                size.incrementAndGet();
            }
            schedule(host);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void schedule(Host host) {
        if (!host.busy && !host.scheduled && !host.queue.isEmpty()) {
            host.scheduled = true;
            due.add(host);
            changed.signalAll();
        }
    }

    @Override
    public int size() {
        return size.get();
    }

    /** Hosts known (queued, busy or resting). */
    public int hostCount() {
        lock.lock();
        try {
            return hosts.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int dropRun(String crawlId) {
        lock.lock();
        try {
            int dropped = 0;
            for (Host host : new ArrayList<>(hosts.values())) {
                List<Queued> keep = host.queue.stream().filter(q -> !q.task.crawlId().equals(crawlId)).toList();
                dropped += host.queue.size() - keep.size();
                host.queue.clear();
                host.queue.addAll(keep);
            }
            size.addAndGet(-dropped);
            for (Host host : hosts.values()) {
                if (host.scheduled && host.queue.isEmpty()) {
                    due.remove(host);
                    host.scheduled = false;
                }
            }
            return dropped;
        } finally {
            lock.unlock();
        }
    }
}

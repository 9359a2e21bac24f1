package org.imhfinder.runtime.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;
import org.imhfinder.runtime.kafka.GroupOffsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For each consumer group of the process: how many records of its topics wait (not yet committed)
 * and since when its committed offsets have not moved while some did. Looked up in the background
 * every few seconds, so a health probe never waits on Kafka; unknown while Kafka does not answer.
 */
final class ConsumerLag extends ServiceSupport {
    private static final Logger LOG = LoggerFactory.getLogger(ConsumerLag.class);
    private static final long TIMEOUT_MS = 5000;

    /** A group's backlog: records waiting, and when its offsets last moved (or nothing waited). */
    record Backlog(long waiting, Instant lastProgress) {
    }

    private final String bootstrap;
    private final Duration period;
    private final Clock clock;
    private final Map<String, Set<String>> topicsByGroup = new ConcurrentHashMap<>();
    private final Map<String, Backlog> backlogs = new ConcurrentHashMap<>();
    private final Map<String, Map<TopicPartition, Long>> committedBefore = new ConcurrentHashMap<>();
    private Admin admin;
    private GroupOffsets offsets;
    private ScheduledExecutorService timer;

    ConsumerLag(String bootstrap, Duration period, Clock clock) {
        this.bootstrap = bootstrap;
        this.period = period;
        this.clock = clock;
    }

    /** Follows a group's backlog on these topics from now on. */
    void follow(String group, Set<String> topics) {
        topicsByGroup.merge(group, Set.copyOf(topics), (a, b) -> {
            Set<String> both = new java.util.HashSet<>(a);
            both.addAll(b);
            return Set.copyOf(both);
        });
    }

    Optional<Backlog> backlog(String group) {
        return Optional.ofNullable(backlogs.get(group));
    }

    @Override
    protected void doStart() {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.CLIENT_ID_CONFIG, "imh-consumer-lag",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT_MS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT_MS));
        offsets = new GroupOffsets(admin, Duration.ofMillis(TIMEOUT_MS));
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "imh-consumer-lag");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::refreshAll, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() {
        if (timer != null) {
            timer.shutdownNow();
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }

    private void refreshAll() {
        topicsByGroup.forEach((group, topics) -> {
            try {
                refresh(group, topics);
            } catch (Exception e) {
                backlogs.computeIfPresent(group, (g, b) -> new Backlog(-1, b.lastProgress()));
                LOG.debug("backlog of {} unknown for now: {}", group, e.getMessage());
            }
        });
    }

    private void refresh(String group, Set<String> topics) {
        Set<TopicPartition> partitions = offsets.partitions(topics);
        Map<TopicPartition, Long> committed = offsets.committed(group);
        long waiting = offsets.waiting(partitions, committed);
        Instant now = clock.instant();
        Map<TopicPartition, Long> before = committedBefore.put(group, committed);
        boolean moved = before == null || !before.equals(committed);
        Backlog previous = backlogs.get(group);
        Instant lastProgress = waiting == 0 || moved || previous == null ? now : previous.lastProgress();
        backlogs.put(group, new Backlog(waiting, lastProgress));
    }
}

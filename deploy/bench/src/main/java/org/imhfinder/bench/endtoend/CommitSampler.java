package org.imhfinder.bench.endtoend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.common.TopicPartition;
import org.imhfinder.bench.stack.KafkaOffsets;

/**
 * Samples, every 100 ms, the offsets a consumer group has committed on one topic. The indexer
 * commits a page outcome only once its effect is searchable, so the first sample past a record's
 * offset is when that page became searchable (to within the sampling interval).
 */
final class CommitSampler implements AutoCloseable {
    private final KafkaOffsets offsets;
    private final String group;
    private final String topic;
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    /** The group's committed offsets at an instant. */
    record Sample(Instant at, Map<Integer, Long> committed) {
    }

    CommitSampler(KafkaOffsets offsets, String group, String topic) {
        this.offsets = offsets;
        this.group = group;
        this.topic = topic;
        this.thread = new Thread(this::sample, "commit-sampler");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void sample() {
        while (running) {
            try {
                Map<Integer, Long> committed = new HashMap<>();
                for (Map.Entry<TopicPartition, Long> e : offsets.committed(group).entrySet()) {
                    if (e.getKey().topic().equals(topic)) {
                        committed.put(e.getKey().partition(), e.getValue());
                    }
                }
                Instant at = Instant.now();
                synchronized (samples) {
                    samples.add(new Sample(at, committed));
                }
            } catch (RuntimeException e) {
                // a slow answer: the next sample covers it
            }
            LockSupport.parkNanos(100_000_000L);
        }
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    /** When the record at this partition and offset was first seen committed; null if never. */
    static Instant committedAt(List<Sample> samples, int partition, long offset) {
        for (Sample sample : samples) {
            Long committed = sample.committed().get(partition);
            if (committed != null && committed > offset) {
                return sample.at();
            }
        }
        return null;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
    }
}

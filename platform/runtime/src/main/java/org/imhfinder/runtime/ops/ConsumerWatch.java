package org.imhfinder.runtime.ops;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.component.kafka.DefaultKafkaClientFactory;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * The Kafka client factory of every route: it notes each consumer it creates with the thread that
 * created it, which is the thread that polls it (Camel creates a route's consumer on its poll
 * thread, and again on the same thread when it reconnects). So the health checks can tell a poll
 * loop that ended and how long ago a consumer last polled, without touching the consumer from
 * another thread (only its metrics, which Kafka allows). Each consumer is handed over wrapped by
 * {@link BeforeNextPoll}, so a route can leave work for its consumer's next poll.
 */
public final class ConsumerWatch extends DefaultKafkaClientFactory {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private final Map<String, Polling> byClientId = new ConcurrentHashMap<>();

    /** A consumer and the thread that polls it. */
    public record Polling(String clientId, String group, Thread thread, Consumer<?, ?> consumer) {
        private static final String POLL_LOOP = "org.apache.camel.component.kafka.KafkaFetchRecords";

        /**
         * Whether the thread still runs Camel's poll loop. An {@link Error} thrown in a record's
         * processing passes Camel's routing engine (it catches exceptions only) and the loop, which
         * then ends; the thread may live on in its pool, idle. So the thread's stack is asked.
         */
        public boolean loopRunning() {
            if (!thread.isAlive()) {
                return false;
            }
            for (StackTraceElement frame : thread.getStackTrace()) {
                if (frame.getClassName().equals(POLL_LOOP) && frame.getMethodName().equals("run")) {
                    return true;
                }
            }
            return false;
        }

        /** Seconds since the consumer last polled (Kafka's {@code last-poll-seconds-ago}); empty when unknown. */
        public Optional<Double> secondsSinceLastPoll() {
            try {
                for (Map.Entry<MetricName, ? extends Metric> metric : consumer.metrics().entrySet()) {
                    if (metric.getKey().name().equals("last-poll-seconds-ago")
                            && metric.getValue().metricValue() instanceof Number n) {
                        return Optional.of(n.doubleValue());
                    }
                }
            } catch (RuntimeException closed) {
                // a closed consumer has no metrics: nothing to tell
            }
            return Optional.empty();
        }
    }

    @Override
    public Consumer getConsumer(Properties props) {
        String group = props.getProperty(ConsumerConfig.GROUP_ID_CONFIG, "");
        // a client id of our own: Camel's task health names its consumer by it, so the two can be matched
        String clientId = props.getProperty(ConsumerConfig.CLIENT_ID_CONFIG);
        if (clientId == null || clientId.isBlank()) {
            clientId = "imh-" + (group.isEmpty() ? "consumer" : group) + "-" + SEQUENCE.incrementAndGet();
            props.setProperty(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        }
        Consumer<?, ?> consumer = BeforeNextPoll.wrap(super.getConsumer(props));
        byClientId.put(clientId, new Polling(clientId, group, Thread.currentThread(), consumer));
        return consumer;
    }

    /**
     * Closes every consumer still open once Camel has stopped the routes: one whose poll loop an
     * error ended was never closed, and would keep its partitions (its heartbeats go on) until
     * Kafka's poll interval expires. Closing a consumer already closed does nothing.
     */
    void closeAbandoned() {
        byClientId.values().forEach(polling -> {
            try {
                polling.consumer().close(java.time.Duration.ofSeconds(2));
            } catch (RuntimeException inUseOrClosed) {
                // still used by a poll loop that stops by itself, or closed already
            }
        });
        byClientId.clear();
    }

    /** The consumer of that client id, as last created. */
    public Optional<Polling> polling(String clientId) {
        return clientId == null ? Optional.empty() : Optional.ofNullable(byClientId.get(clientId));
    }
}

package org.imhfinder.testkit;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.imhfinder.config.Settings;

/**
 * The Kafka and Elasticsearch the integration tests of one JVM share. Inject it into a test
 * with {@link ImhStackExtension}.
 */
public interface TestStack {
    String kafkaBootstrap();

    URI elasticsearchUrl();

    /** Settings pointing at this stack, private networks allowed, no crawl delay, plus the given values. */
    default Settings settings(Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("IMH_KAFKA_BOOTSTRAP", kafkaBootstrap());
        values.put("IMH_ES_URL", elasticsearchUrl().toString());
        values.put("IMH_CRAWL_ALLOW_PRIVATE_NETWORKS", "true");
        values.put("IMH_CRAWL_DELAY", "PT0S");
        values.putAll(overrides);
        return Settings.of(values);
    }

    /**
     * Takes Elasticsearch away, its data kept, until {@link #startElasticsearch()}: an outage in
     * the middle of a test. Requests to it fail (refused connections) meanwhile.
     */
    void stopElasticsearch();

    /** Brings Elasticsearch back after {@link #stopElasticsearch()}, on the same URL with the same data; returns once it is healthy. */
    void startElasticsearch();

    /**
     * Stops the Kafka broker, its data kept, until {@link #startKafka()}: a broker restart in the
     * middle of a test. Clients see refused connections meanwhile. The local processes support it;
     * the containers do not (their mapped port would change).
     */
    default void stopKafka() {
        throw new UnsupportedOperationException("this test stack cannot restart Kafka: " + getClass().getSimpleName());
    }

    /** Starts Kafka again after {@link #stopKafka()}: same port, same data; returns once the broker answers. */
    default void startKafka() {
        throw new UnsupportedOperationException("this test stack cannot restart Kafka: " + getClass().getSimpleName());
    }

    /**
     * Freezes the Kafka broker until {@link #thawKafka()}: it keeps its connections open and answers nothing, so clients'
     * requests time out (a long pause of the broker's JVM or host) rather than being refused. The local processes
     * support it; the containers do not.
     */
    default void freezeKafka() {
        throw new UnsupportedOperationException("this test stack cannot freeze Kafka: " + getClass().getSimpleName());
    }

    /** Lets the broker frozen by {@link #freezeKafka()} go on. */
    default void thawKafka() {
        throw new UnsupportedOperationException("this test stack cannot freeze Kafka: " + getClass().getSimpleName());
    }

    /**
     * Empties the stack for a test class that needs a clean slate: consumer groups and topics
     * deleted and the topics created again, Elasticsearch's indices, aliases and templates deleted.
     */
    default void reset() {
        StackReset.reset(kafkaBootstrap(), elasticsearchUrl());
    }
}

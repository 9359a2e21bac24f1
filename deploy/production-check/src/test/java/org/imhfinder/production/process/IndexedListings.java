package org.imhfinder.production.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.SearchIndex;
import org.imhfinder.schema.Topics;

/**
 * What a reader of the search alias sees of one source's listings (plain HTTP to Elasticsearch,
 * as any client would), and what of that source landed on the dead-letter topic.
 */
final class IndexedListings {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final URI elasticsearch;
    private final String kafkaBootstrap;
    private final String sourceId;

    IndexedListings(URI elasticsearch, String kafkaBootstrap, String sourceId) {
        this.elasticsearch = elasticsearch;
        this.kafkaBootstrap = kafkaBootstrap;
        this.sourceId = sourceId;
    }

    /** One indexed listing as a reader sees it. */
    record Listing(String id, String name, String sourceUrl, int indexedEntries) {
    }

    /** How many listings of the source the alias holds; -1 while Elasticsearch does not answer. */
    long count() {
        try {
            return post("_count", "{\"query\":" + bySource() + "}").path("count").asLong(-1);
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Every listing of the source, with how many INDEXED entries its history has (one, however often it was delivered). */
    List<Listing> all() throws IOException, InterruptedException {
        JsonNode hits = post("_search", "{\"size\":10000,\"_source\":[\"name\",\"sourceUrl\",\"history\"],\"query\":"
                + bySource() + "}").path("hits").path("hits");
        List<Listing> listings = new ArrayList<>();
        for (JsonNode hit : hits) {
            JsonNode source = hit.path("_source");
            int indexed = 0;
            for (JsonNode entry : source.path("history")) {
                indexed += entry.path("kind").asText().equals("INDEXED") ? 1 : 0;
            }
            listings.add(new Listing(hit.path("_id").asText(), source.path("name").asText(),
                    source.path("sourceUrl").asText(), indexed));
        }
        return listings;
    }

    /** The dead letters on {@code imh.dlq.v1} whose original record belongs to the source. */
    List<String> deadLetters() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "process-faults-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> letters = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DLQ).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() != null && record.value().contains(sourceId)) {
                        letters.add(record.value());
                    }
                }
            }
        }
        return letters;
    }

    private String bySource() {
        return "{\"term\":{\"sourceId\":\"" + sourceId + "\"}}";
    }

    private JsonNode post(String endpoint, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(elasticsearch.resolve("/" + SearchIndex.PROGRAMS_ALIAS + "/" + endpoint))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Elasticsearch answered " + response.statusCode() + " to " + endpoint + ": " + response.body());
        }
        return Json.mapper().readTree(response.body());
    }
}

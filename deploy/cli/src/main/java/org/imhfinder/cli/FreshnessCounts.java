package org.imhfinder.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.SearchIndex;

/** Listings by freshness status: a terms aggregation on {@code freshness.status} over the programs alias. */
final class FreshnessCounts {
    private FreshnessCounts() {
    }

    static Map<String, Long> fetch(URI elasticsearch) {
        String query = "{\"size\":0,\"aggs\":{\"freshness\":{\"terms\":{\"field\":\"freshness.status\",\"size\":20}}}}";
        HttpRequest request = HttpRequest.newBuilder(elasticsearch.resolve("/" + SearchIndex.PROGRAMS_ALIAS + "/_search"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return Map.of();
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("answered " + response.statusCode());
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (JsonNode bucket : Json.mapper().readTree(response.body()).path("aggregations").path("freshness").path("buckets")) {
                counts.put(bucket.path("key").asText(), bucket.path("doc_count").asLong());
            }
            return counts;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

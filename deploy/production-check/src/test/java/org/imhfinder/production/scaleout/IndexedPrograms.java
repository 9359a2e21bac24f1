package org.imhfinder.production.scaleout;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.imhfinder.schema.Json;

/** What the search index (alias {@code imh-programs}) holds, read straight from Elasticsearch. */
public final class IndexedPrograms {
    /** One document: its _id, and the program's id, source and name as indexed. */
    public record Program(String documentId, String id, String sourceId, String name) {
    }

    private static final String ALIAS = "imh-programs";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private IndexedPrograms() {
    }

    /** Documents in the index now (after a refresh, so every write the indexer acknowledged counts). */
    public static long count(URI elasticsearch) throws IOException, InterruptedException {
        send(elasticsearch, "POST", ALIAS + "/_refresh", "");
        return Json.mapper().readTree(send(elasticsearch, "GET", ALIAS + "/_count", "")).path("count").asLong();
    }

    /** Every document, up to {@code max} (at most Elasticsearch's result window, 10,000). */
    public static List<Program> all(URI elasticsearch, int max) throws IOException, InterruptedException {
        String body = "{\"size\":" + max + ",\"track_total_hits\":true,\"_source\":[\"id\",\"sourceId\",\"name\"],"
                + "\"query\":{\"match_all\":{}}}";
        List<Program> programs = new ArrayList<>();
        for (JsonNode hit : Json.mapper().readTree(send(elasticsearch, "POST", ALIAS + "/_search", body)).path("hits").path("hits")) {
            JsonNode source = hit.path("_source");
            programs.add(new Program(hit.path("_id").asText(), source.path("id").asText(), source.path("sourceId").asText(),
                    source.path("name").asText()));
        }
        return programs;
    }

    private static String send(URI elasticsearch, String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(elasticsearch.resolve("/" + path))
                .header("Content-Type", "application/json")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}

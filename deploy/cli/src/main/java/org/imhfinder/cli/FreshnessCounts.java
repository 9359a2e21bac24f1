package org.imhfinder.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.imhfinder.config.Settings;
import org.imhfinder.es.ElasticsearchClients;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.SearchIndex;

/** Listings by freshness status: a terms aggregation on {@code freshness.status} over the programs alias. */
final class FreshnessCounts {
    private FreshnessCounts() {
    }

    static Map<String, Long> fetch(Settings settings) {
        Request request = new Request("POST", "/" + SearchIndex.PROGRAMS_ALIAS + "/_search");
        request.setJsonEntity("{\"size\":0,\"aggs\":{\"freshness\":{\"terms\":{\"field\":\"freshness.status\",\"size\":20}}}}");
        try (ElasticsearchClients es = ElasticsearchClients.from(settings)) {
            String body = EntityUtils.toString(es.rest().performRequest(request).getEntity());
            Map<String, Long> counts = new LinkedHashMap<>();
            for (JsonNode bucket : Json.mapper().readTree(body).path("aggregations").path("freshness").path("buckets")) {
                counts.put(bucket.path("key").asText(), bucket.path("doc_count").asLong());
            }
            return counts;
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return Map.of();
            }
            throw new IllegalStateException("answered " + e.getResponse().getStatusLine().getStatusCode(), e);
        } catch (IOException e) {
            throw new IllegalStateException("did not answer: " + e.getMessage(), e);
        }
    }
}

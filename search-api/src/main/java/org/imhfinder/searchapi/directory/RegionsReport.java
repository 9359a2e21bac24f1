package org.imhfinder.searchapi.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imhfinder.es.IndexFields;
import org.imhfinder.schema.Credential;
import org.imhfinder.schema.Json;
import org.imhfinder.searchapi.query.ProgramsIndex;
import org.imhfinder.vocabulary.Vocabulary;

/**
 * What the directory holds in each state: every US state and the District of Columbia (and a
 * territory when it holds programs), each with its programs by credential, the Endorsement levels
 * offered there, how fresh its listings are and when one was last seen; plus the programs
 * delivered online and those without a state. Counts are over the listings default search shows.
 */
public final class RegionsReport {
    /** Territories the vocabulary knows that are not listed unless they hold programs. */
    private static final List<String> TERRITORIES = List.of("PR");

    private final ProgramsIndex index;
    private final Vocabulary vocabulary;

    public RegionsReport(ProgramsIndex index, Vocabulary vocabulary) {
        this.index = index;
        this.vocabulary = vocabulary;
    }

    public Map<String, Object> report() throws IOException {
        JsonNode aggs = index.search(body()).map(r -> r.path("aggregations")).orElse(Json.mapper().createObjectNode());
        Map<String, JsonNode> byRegion = new LinkedHashMap<>();
        for (JsonNode bucket : aggs.path("regions").path("buckets")) {
            byRegion.put(bucket.path("key").asText(), bucket);
        }
        List<Map<String, Object>> regions = new ArrayList<>();
        for (String code : vocabulary.regionCodes()) {
            JsonNode bucket = byRegion.get(code);
            if (bucket != null || !TERRITORIES.contains(code)) {
                regions.add(region(code, bucket));
            }
        }
        regions.sort(java.util.Comparator.comparing(r -> (String) r.get("name")));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("regions", regions);
        report.put("online", aggs.path("online").path("doc_count").asLong());
        report.put("withoutState", aggs.path("withoutState").path("doc_count").asLong());
        return report;
    }

    static ObjectNode body() {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("size", 0);
        body.set("query", Listed.query());
        ObjectNode aggs = body.putObject("aggs");
        ObjectNode regions = aggs.putObject("regions");
        regions.putObject("terms").put("field", IndexFields.REGION).put("size", 100);
        ObjectNode per = regions.putObject("aggs");
        per.putObject("credentials").putObject("terms").put("field", IndexFields.CREDENTIAL).put("size", Credential.values().length);
        ObjectNode endorsements = per.putObject("endorsements");
        endorsements.putObject("filter").putObject("term").put(IndexFields.CREDENTIAL, Credential.ENDORSEMENT.name());
        endorsements.putObject("aggs").putObject("levels").putObject("terms").put("field", IndexFields.LEVEL_KEYWORD).put("size", 50)
                .putObject("order").put("_key", "asc");
        per.putObject("freshness").putObject("terms").put("field", IndexFields.FRESHNESS_STATUS).put("size", 10);
        per.putObject("lastSeen").putObject("max").put("field", IndexFields.LAST_SEEN_AT);
        aggs.putObject("online").putObject("filter").putObject("term").put(IndexFields.DELIVERY, "ONLINE");
        aggs.putObject("withoutState").putObject("missing").put("field", IndexFields.REGION);
        return body;
    }

    private Map<String, Object> region(String code, JsonNode bucket) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("code", code);
        region.put("name", name(vocabulary, code));
        JsonNode b = bucket == null ? Json.mapper().createObjectNode() : bucket;
        region.put("programs", b.path("doc_count").asLong());
        Map<String, Long> credentials = new LinkedHashMap<>();
        Map<String, Long> found = DirectoryReport.buckets(b.path("credentials"));
        for (Credential credential : Credential.values()) {
            credentials.put(credential.name(), found.getOrDefault(credential.name(), 0L));
        }
        region.put("credentials", credentials);
        region.put("endorsementLevels", new ArrayList<>(DirectoryReport.buckets(b.path("endorsements").path("levels")).keySet()));
        region.put("freshness", DirectoryReport.buckets(b.path("freshness")));
        region.put("lastCheckedAt", DirectoryReport.instantText(b.path("lastSeen")));
        return region;
    }

    /** The state's name as people write it: the vocabulary's first name ("Washington State" read as "Washington"). */
    static String name(Vocabulary vocabulary, String code) {
        String name = vocabulary.regionName(code).orElse(code);
        return name.endsWith(" State") ? name.substring(0, name.length() - " State".length()) : name;
    }
}

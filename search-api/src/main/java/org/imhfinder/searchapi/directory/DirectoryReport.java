package org.imhfinder.searchapi.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imhfinder.es.IndexFields;
import org.imhfinder.schema.Json;
import org.imhfinder.searchapi.admin.CrawlStates;
import org.imhfinder.searchapi.query.ProgramsIndex;
import org.imhfinder.sources.SourceDefinition;

/**
 * What the directory is, for anyone reading it: how many programs it lists and how fresh they are,
 * which providers it reads (each with its name, kind, state, website, how often it is checked and
 * how many of its programs are listed) and when the last crawl settled (every page fetched, read
 * and searchable). Public: names and websites of providers are on every listing already; the
 * crawl counts, notes and seeds stay on the operators' {@code /admin/sources}.
 */
public final class DirectoryReport {
    private final List<SourceDefinition> sources;
    private final CrawlStates crawls;
    private final ProgramsIndex index;
    private final Clock clock;

    public DirectoryReport(List<SourceDefinition> sources, CrawlStates crawls, ProgramsIndex index, Clock clock) {
        this.sources = List.copyOf(sources);
        this.crawls = crawls;
        this.index = index;
        this.clock = clock;
    }

    public Map<String, Object> report() throws IOException {
        JsonNode response = index.search(body()).orElse(Json.mapper().createObjectNode());
        JsonNode aggs = response.path("aggregations");
        Map<String, Long> perSource = buckets(aggs.path("sources"));
        List<Map<String, Object>> providers = new ArrayList<>();
        for (SourceDefinition source : sources) {
            providers.add(provider(source, perSource.getOrDefault(source.id(), 0L)));
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("programs", response.path("hits").path("total").path("value").asLong());
        report.put("providers", providers.size());
        report.put("freshness", buckets(aggs.path("freshness")));
        report.put("lastCheckedAt", instantText(aggs.path("lastSeen")));
        report.put("lastCrawlSettledAt", lastSettled().map(Instant::toString).orElse(null));
        report.put("sources", providers);
        return report;
    }

    /** Counts over the listings default search shows: by source and by freshness, and the latest sighting. */
    static ObjectNode body() {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("size", 0).put("track_total_hits", true);
        body.set("query", Listed.query());
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("sources").putObject("terms").put("field", IndexFields.SOURCE_ID).put("size", 1000);
        aggs.putObject("freshness").putObject("terms").put("field", IndexFields.FRESHNESS_STATUS).put("size", 10);
        aggs.putObject("lastSeen").putObject("max").put("field", IndexFields.LAST_SEEN_AT);
        return body;
    }

    private Map<String, Object> provider(SourceDefinition source, long programs) {
        Optional<Duration> every = source.schedule() == null ? Optional.empty() : source.schedule().interval(clock.instant());
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", source.id());
        entry.put("name", source.name());
        entry.put("type", source.providerType());
        entry.put("region", source.region());
        entry.put("website", source.seeds().isEmpty() ? null : website(source.seeds().get(0)));
        entry.put("checkedEvery", every.map(Duration::toString).orElse(null));
        entry.put("checkedEveryText", every.map(CheckInterval::words).orElse(null));
        entry.put("lastCrawledAt", lastCrawled(source.id()).map(Instant::toString).orElse(null));
        entry.put("programs", programs);
        return entry;
    }

    /** When the latest crawl that settled did (every page fetched, read and searchable). */
    private Optional<Instant> lastSettled() {
        return crawls.runs().stream().map(run -> Json.instantOrNull(run.path("settledAt"))).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder());
    }

    /** When the source's latest crawl settled, or started when none settled. */
    private Optional<Instant> lastCrawled(String sourceId) {
        return crawls.runs().stream().filter(run -> Json.containsText(run.path("sourceIds"), sourceId))
                .map(run -> Optional.ofNullable(Json.instantOrNull(run.path("settledAt"))).orElse(Json.instantOrNull(run.path("startedAt"))))
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder());
    }

    private static String website(URI seed) {
        return seed.getScheme() == null || seed.getRawAuthority() == null ? null
                : seed.getScheme() + "://" + seed.getRawAuthority() + "/";
    }

    static Map<String, Long> buckets(JsonNode agg) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (JsonNode bucket : agg.path("buckets")) {
            counts.put(bucket.path("key").asText(), bucket.path("doc_count").asLong());
        }
        return counts;
    }

    static String instantText(JsonNode maxAgg) {
        return maxAgg.path("value_as_string").isTextual() ? maxAgg.path("value_as_string").asText() : null;
    }
}

package org.imhfinder.searchapi.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.imhfinder.schema.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imhfinder.sources.SourceDefinition;

/**
 * The sources file as operators see it: each source with its schedule, its last run (the latest
 * run that crawled it, from {@code imh.crawls.v1}) and its next run (as ingest last reported it
 * in the run's {@code nextRuns}, else from the schedule).
 */
public final class SourcesReport {
    private final List<SourceDefinition> sources;
    private final CrawlStates crawls;
    private final Clock clock;

    public SourcesReport(List<SourceDefinition> sources, CrawlStates crawls, Clock clock) {
        this.sources = List.copyOf(sources);
        this.crawls = crawls;
        this.clock = clock;
    }

    /** Every source's id, in the file's order. */
    public List<String> ids() {
        return sources.stream().map(SourceDefinition::id).toList();
    }

    public boolean exists(String sourceId) {
        return sources.stream().anyMatch(s -> s.id().equals(sourceId));
    }

    public Map<String, Object> report() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (SourceDefinition source : sources) {
            items.add(entry(source));
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("sources", items);
        report.put("crawlStatesComplete", crawls.caughtUp());
        return report;
    }

    private Map<String, Object> entry(SourceDefinition source) {
        Optional<ObjectNode> last = lastRun(source.id());
        Instant lastStarted = last.map(r -> Json.instantOrNull(r.path("startedAt"))).orElse(null);
        Instant reported = last.map(r -> Json.instantOrNull(r.path("nextRuns").path(source.id()))).orElse(null);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", source.id());
        entry.put("name", source.name());
        entry.put("type", source.providerType());
        entry.put("region", source.region());
        entry.put("seeds", source.seeds().stream().map(Object::toString).toList());
        entry.put("schedule", source.schedule() == null ? null : source.schedule().text());
        entry.put("lastRun", last.map(SourcesReport::summary).orElse(null));
        entry.put("nextRunAt", nextRun(source, lastStarted, reported));
        return entry;
    }

    /** As ingest reported it while still ahead, else the schedule's own rule (the one ingest follows). */
    private Instant nextRun(SourceDefinition source, Instant lastStarted, Instant reported) {
        Instant now = clock.instant();
        if (reported != null && reported.isAfter(now)) {
            return reported;
        }
        return source.schedule() == null ? null : source.schedule().next(lastStarted, now);
    }

    private Optional<ObjectNode> lastRun(String sourceId) {
        return crawls.runs().stream()
                .filter(run -> Json.containsText(run.path("sourceIds"), sourceId))
                .filter(run -> Json.instantOrNull(run.path("startedAt")) != null)
                .max(Comparator.comparing(run -> Json.instantOrNull(run.path("startedAt"))));
    }

    private static Map<String, Object> summary(ObjectNode run) {
        Map<String, Object> summary = new LinkedHashMap<>();
        for (String field : List.of("crawlId", "state", "startedAt", "fetchedAt", "settledAt", "counts", "error")) {
            if (run.hasNonNull(field)) {
                summary.put(field, run.get(field));
            }
        }
        return summary;
    }
}

package org.imhfinder.searchapi.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.support.service.ServiceSupport;
import org.imhfinder.runtime.kafka.TopicFollower;
import org.imhfinder.schema.CrawlJoin;
import org.imhfinder.schema.CrawlRequest;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What this process knows about crawls: every {@code imh.crawls.v1} record (the runs, as ingest
 * republishes them) and every {@code imh.crawl-requests.v1} record (crawls asked for, perhaps
 * not started yet), read from the beginning by a consumer of its own (no group, nothing
 * committed), so every instance of the API answers the same. Runs are kept as the JSON ingest
 * wrote, so fields ingest adds reach clients unchanged.
 */
public final class CrawlStates extends ServiceSupport {
    private static final Logger LOG = LoggerFactory.getLogger(CrawlStates.class);

    private final Map<String, ObjectNode> runs = new ConcurrentHashMap<>();
    private final Map<String, CrawlRequest> requests = new ConcurrentHashMap<>();
    private final TopicFollower follower;

    public CrawlStates(String bootstrap) {
        this.follower = new TopicFollower(bootstrap, "imh-search-api-crawl-states", List.of(Topics.CRAWLS, Topics.CRAWL_REQUESTS),
                record -> apply(record.topic(), record.key(), record.value()));
    }

    /** The run's latest record, if ingest has reported it. */
    public Optional<ObjectNode> run(String crawlId) {
        return Optional.ofNullable(runs.get(crawlId));
    }

    public Optional<CrawlRequest> request(String crawlId) {
        return Optional.ofNullable(requests.get(crawlId));
    }

    public Collection<ObjectNode> runs() {
        return List.copyOf(runs.values());
    }

    /**
     * The crawl a request for {@code sourceId} (null: every source, {@code allSources}) joins: the
     * latest crawl of those sources that is RUNNING, else a request covering them that ingest has
     * not reported yet and that was made less than {@link #PENDING_JOIN} ago (an older one is left to
     * ingest: it may never take it up).
     */
    public Optional<Joined> joinable(String sourceId, List<String> allSources, Instant now) {
        List<String> wanted = sourceId == null ? allSources : List.of(sourceId);
        List<CrawlRun> running = runs.values().stream().map(CrawlStates::asRun).flatMap(Optional::stream).toList();
        Optional<Joined> run = CrawlJoin.running(running, wanted).map(r -> new Joined(r.crawlId(), runs.get(r.crawlId()), null));
        if (run.isPresent()) {
            return run;
        }
        // a request covers what it asked for: its one source, or every source of the file (so "every
        // source" joins a request for the file's only source, and a request for one source joins "every source")
        return requests.values().stream()
                .filter(r -> !runs.containsKey(r.crawlId()))
                .filter(r -> (r.sourceId() == null ? allSources : List.of(r.sourceId())).containsAll(wanted))
                .filter(r -> r.requestedAt() != null && r.requestedAt().isAfter(now.minus(PENDING_JOIN)))
                .max(Comparator.comparing(CrawlRequest::requestedAt))
                .map(r -> new Joined(r.crawlId(), null, r));
    }

    /** How long a request ingest has not reported yet may be joined. */
    public static final Duration PENDING_JOIN = Duration.ofMinutes(5);

    /** A crawl to join: the run as ingest reported it, or the request it has not reported yet. */
    public record Joined(String crawlId, ObjectNode run, CrawlRequest request) {
    }

    private static Optional<CrawlRun> asRun(ObjectNode json) {
        try {
            return Optional.of(Json.mapper().convertValue(json, CrawlRun.class));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True once everything on the topics when this process started has been read. */
    public boolean caughtUp() {
        return follower.caughtUp();
    }

    /** Remembers a request this process just published, before it reads it back. */
    public void remember(CrawlRequest request) {
        requests.put(request.crawlId(), request);
    }

    void apply(String topic, String key, String value) {
        if (key == null) {
            return;
        }
        if (Topics.CRAWLS.equals(topic)) {
            if (value == null) {
                runs.remove(key);
            } else {
                readObject(value).ifPresent(run -> runs.put(key, run));
            }
        } else if (value != null) {
            try {
                readObject(value).map(json -> Json.mapper().convertValue(json, CrawlRequest.class))
                        .ifPresent(request -> requests.put(key, request));
            } catch (IllegalArgumentException e) {
                LOG.warn("skipping a crawl request that is not a CrawlRequest: {}", e.getMessage());
            }
        }
    }

    @Override
    protected void doStart() {
        follower.start();
    }

    @Override
    protected void doStop() {
        follower.stop();
    }

    private static Optional<ObjectNode> readObject(String value) {
        try {
            JsonNode json = Json.mapper().readTree(value);
            return json instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (java.io.IOException | IllegalArgumentException e) {
            LOG.warn("skipping a crawl record that is not JSON: {}", e.getMessage());
            return Optional.empty();
        }
    }
}

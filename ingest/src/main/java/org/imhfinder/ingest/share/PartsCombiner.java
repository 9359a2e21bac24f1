package org.imhfinder.ingest.share;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imhfinder.runtime.kafka.TopicFollower;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlRunPart;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With several ingest instances, the first instance of each run combines the parts the
 * instances publish on {@code imh.crawl-parts.v1} into the run on {@code imh.crawls.v1}, where
 * the API, {@code imh crawl} and {@code imh status} read it as from a single ingest. It reads the
 * parts topic from its start (it is compacted, and small: a record per run and instance) outside
 * any consumer group, so a restarted instance knows every part again; a combined run equal to the
 * one already published is not published again, nor is a finished run.
 */
public final class PartsCombiner extends ServiceSupport {
    private static final Logger LOG = LoggerFactory.getLogger(PartsCombiner.class);

    private final int instance;
    private final RunPublisher runs;
    private final Map<String, CrawlRun> published;
    private final Map<String, Map<Integer, CrawlRun>> parts = new HashMap<>();
    private final Map<String, List<Integer>> instancesOf = new HashMap<>();
    private final Set<String> unpublished = new LinkedHashSet<>();
    private final TopicFollower follower;

    /** {@code published}: the runs as {@code imh.crawls.v1} holds them now. */
    public PartsCombiner(String bootstrap, int instance, RunPublisher runs, Map<String, CrawlRun> published) {
        this.instance = instance;
        this.runs = runs;
        this.published = new HashMap<>(published);
        this.follower = new TopicFollower(bootstrap, "imh-ingest-parts-" + instance, List.of(Topics.CRAWL_PARTS),
                new TopicFollower.Handler() {
                    @Override
                    public void take(ConsumerRecord<String, String> record) {
                        PartsCombiner.this.take(record.value());
                    }

                    @Override
                    public void polled(boolean caughtUp) {
                        if (caughtUp) { // an older part read before its newer one must not publish a run going backwards
                            publishPending();
                        }
                    }
                });
    }

    @Override
    protected void doStart() {
        follower.start();
    }

    @Override
    protected void doStop() {
        follower.stop();
    }

    /** Takes one part record in; the run it belongs to is published when it changed. */
    void take(String value) {
        CrawlRunPart part = parse(value);
        if (part == null || part.run() == null || part.instances().isEmpty() || part.instances().get(0) != instance) {
            return; // another instance combines this run
        }
        String crawlId = part.run().crawlId();
        CrawlRun before = published.get(crawlId);
        if (before != null && before.state().isFinal() && !parts.containsKey(crawlId)) {
            return; // a finished run does not change again
        }
        parts.computeIfAbsent(crawlId, id -> new HashMap<>()).put(part.instance(), part.run());
        instancesOf.put(crawlId, part.instances());
        unpublished.add(crawlId);
    }

    void publishPending() {
        for (var it = unpublished.iterator(); it.hasNext(); ) {
            String crawlId = it.next();
            CrawlRun run = RunParts.combine(crawlId, instancesOf.get(crawlId), parts.get(crawlId));
            if (!run.equals(published.get(crawlId))) {
                if (!runs.publish(run, instancesOf.get(crawlId))) {
                    return; // Kafka away: the next poll tries again
                }
                published.put(crawlId, run);
            }
            it.remove();
            if (run.state().isFinal()) {
                parts.remove(crawlId);
                instancesOf.remove(crawlId);
            }
        }
    }

    private static CrawlRunPart parse(String value) {
        try {
            return value == null ? null : Json.read(value, CrawlRunPart.class);
        } catch (RuntimeException unreadable) {
            LOG.warn("an unreadable crawl part skipped: {}", unreadable.getMessage());
            return null;
        }
    }
}

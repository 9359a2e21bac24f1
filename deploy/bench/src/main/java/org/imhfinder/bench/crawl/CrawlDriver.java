package org.imhfinder.bench.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imhfinder.bench.run.Progress;
import org.imhfinder.bench.run.Waits;
import org.imhfinder.bench.stack.KafkaOffsets;
import org.imhfinder.ingest.run.CrawlIds;
import org.imhfinder.ingest.run.TopicSnapshot;
import org.imhfinder.schema.ConsumerGroups;
import org.imhfinder.schema.CrawlRequest;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.Topics;

/** Asks the running ingest for a crawl of a source and follows the run on {@code imh.crawls.v1} to a state. */
public final class CrawlDriver {
    private final String kafka;
    private final Progress progress;
    private final String pair;

    public CrawlDriver(String kafka, Progress progress, String pair) {
        this.kafka = kafka;
        this.progress = progress;
        this.pair = pair;
    }

    /** Waits until ingest reads crawl requests (its group has the partitions), then asks for a crawl. */
    public String requestWhenListening(KafkaOffsets offsets, String sourceId) {
        Waits.until("ingest to read crawl requests", Duration.ofMinutes(3), Duration.ofMillis(200),
                () -> offsets.consuming(ConsumerGroups.INGEST));
        return request(sourceId);
    }

    public String request(String sourceId) {
        Instant now = Instant.now();
        CrawlRequest request = new CrawlRequest(CrawlRequest.SCHEMA_VERSION, CrawlIds.next(now), sourceId, "bench", now);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.CRAWL_REQUESTS, request.crawlId(), Json.write(request)))
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot request a crawl of " + sourceId, e);
        }
        return request.crawlId();
    }

    /**
     * Waits until the run is in {@code state} (or later); fails when it failed. A request refused
     * because ingest is already crawling the source (its schedule starts a source never crawled
     * when ingest starts) follows that crawl instead: the same work.
     */
    public CrawlRun await(String crawlId, CrawlState state, Duration atMost) {
        CrawlRun run = follow(crawlId, state, atMost);
        if (run.state() == CrawlState.FAILED && run.alreadyRunningAs() != null) {
            run = follow(run.alreadyRunningAs(), state, atMost);
        }
        if (run.state() == CrawlState.FAILED) {
            throw new IllegalStateException("crawl " + run.crawlId() + " failed: " + run.error());
        }
        return run;
    }

    private CrawlRun follow(String crawlId, CrawlState state, Duration atMost) {
        CrawlRun[] latest = new CrawlRun[1];
        Waits.until("crawl " + crawlId + " " + state, atMost, Duration.ofSeconds(1), () -> {
            latest[0] = TopicSnapshot.read(kafka, Topics.CRAWLS, v -> Json.read(v, CrawlRun.class), Duration.ofSeconds(20))
                    .get(crawlId);
            if (latest[0] == null) {
                return false;
            }
            if (latest[0].alreadyRunningAs() == null) {
                progress.tick(pair, "%s: %,d pages published", latest[0].state(), latest[0].counts().published());
            }
            return latest[0].state().ordinal() >= state.ordinal();
        });
        return latest[0];
    }
}

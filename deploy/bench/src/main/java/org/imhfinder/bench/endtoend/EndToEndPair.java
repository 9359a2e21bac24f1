package org.imhfinder.bench.endtoend;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.imhfinder.bench.run.Progress;
import org.imhfinder.bench.run.Scale;
import org.imhfinder.bench.run.Waits;
import org.imhfinder.bench.crawl.CrawlDriver;
import org.imhfinder.bench.crawl.GeneratedWeb;
import org.imhfinder.bench.report.Percentiles;
import org.imhfinder.bench.report.Row;
import org.imhfinder.bench.stack.BenchStack;
import org.imhfinder.bench.stack.MemoryProbe;
import org.imhfinder.indexer.IndexerStage;
import org.imhfinder.ingest.IngestStage;
import org.imhfinder.normalize.NormalizeStage;
import org.imhfinder.runtime.Pipeline;
import org.imhfinder.schema.ConsumerGroups;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageOutcome;
import org.imhfinder.schema.Topics;

/**
 * End to end: ingest, normalize and the indexer together crawl a generated web of program pages
 * until the run is SETTLED (everything it fetched is searchable): seconds, and per page the time
 * from its fetch to its outcome being searchable (p50, p95). Limit: the sum of the crawl, extract
 * and index limits for the same pages and listings.
 */
public final class EndToEndPair {
    public static final String PAIR = "end to end";

    /** The three limits of the run, in pages/s (crawl, extract per core) and listings/s (index). */
    public record Limits(double crawl, double extract, double index) {
        double seconds(long pages, long listings) {
            return pages / crawl + pages / extract + listings / index;
        }
    }

    /** The rows and the memory of the three stages together. */
    public record Result(List<Row> rows, MemoryProbe.Peak memory) {
    }

    private EndToEndPair() {
    }

    public static Result run(BenchStack stack, Scale scale, Limits limits, Path workDir, Progress progress) throws Exception {
        try (GeneratedWeb web = GeneratedWeb.serve("bench-e2e", scale.endToEndPages(), scale.endToEndHosts(), ProgramPages::new)) {
            // what earlier pairs left on imh.pages.v1 is not this run's work
            stack.offsets().skipToEnd(ConsumerGroups.NORMALIZE, List.of(Topics.PAGES));
            progress.say(PAIR, "%,d program pages over %d hosts; ingest, normalize and indexer together", web.pages(),
                    scale.endToEndHosts());
            MemoryProbe.reset();
            CrawlRun run;
            List<CommitSampler.Sample> samples;
            try (Pipeline stages = stack.startStages(Map.of("IMH_SOURCES", web.sourcesFile(workDir).toString()),
                    List.of(new IndexerStage(), new NormalizeStage(), new IngestStage()))) {
                Waits.until("normalize and the indexer to get their partitions", Duration.ofMinutes(2), Duration.ofMillis(100),
                        () -> stack.offsets().consuming(ConsumerGroups.NORMALIZE) && stack.offsets().consuming(ConsumerGroups.INDEXER));
                try (CommitSampler sampler = new CommitSampler(stack.offsets(), ConsumerGroups.INDEXER, Topics.PAGE_OUTCOMES);
                     LagReport lag = new LagReport(stack.offsets(), progress)) {
                    CrawlDriver driver = new CrawlDriver(stack.kafkaBootstrap(), progress, PAIR);
                    run = driver.await(driver.requestWhenListening(stack.offsets(), web.sourceId()), CrawlState.SETTLED,
                            Duration.ofMinutes(10));
                    samples = sampler.samples();
                }
            }
            MemoryProbe.Peak memory = MemoryProbe.peak();
            return new Result(rows(stack, run, samples, limits, progress), memory);
        }
    }

    private static List<Row> rows(BenchStack stack, CrawlRun run, List<CommitSampler.Sample> samples, Limits limits,
                                  Progress progress) {
        List<Double> timed = new ArrayList<>();
        long outcomes = 0;
        long listings = 0;
        for (ConsumerRecord<String, String> record : readOutcomes(stack.kafkaBootstrap())) {
            PageOutcome outcome = Json.read(record.value(), PageOutcome.class);
            if (run.crawlId().equals(outcome.crawlId())) {
                outcomes++;
                listings += outcome.listingIds().size();
                Instant searchable = CommitSampler.committedAt(samples, record.partition(), record.offset());
                if (searchable != null) {
                    timed.add(Duration.between(outcome.fetchedAt(), searchable).toMillis() / 1e3);
                }
            }
        }
        double[] seconds = timed.stream().mapToDouble(Double::doubleValue).toArray();
        double total = Duration.between(run.startedAt(), run.settledAt()).toMillis() / 1e3;
        long pages = run.counts().published();
        progress.say(PAIR, "SETTLED in %.1f s: %,d pages, %,d listings", total, pages, listings);
        String note = String.format("%,d pages, %,d listings; limit: %,d pages at the crawl limit + at the extract limit"
                + " (one core) + %,d listings at the index limit", pages, listings, pages, listings);
        String perPage = String.format("%,d of %,d page outcomes timed (commits sampled every 100 ms)", seconds.length,
                outcomes);
        return List.of(
                Row.cost("e2e-seconds", PAIR, "crawl to SETTLED", "s", total, limits.seconds(pages, listings), note),
                Row.figure("e2e-p50", PAIR, "p50 fetch to searchable", "s", Percentiles.of(seconds, 50), perPage),
                Row.figure("e2e-p95", PAIR, "p95 fetch to searchable", "s", Percentiles.of(seconds, 95), null));
    }

    private static List<ConsumerRecord<String, String>> readOutcomes(String bootstrap) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.PAGE_OUTCOMES).stream()
                    .map(p -> new TopicPartition(Topics.PAGE_OUTCOMES, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}

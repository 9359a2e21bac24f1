package org.imhfinder.ingest;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imhfinder.ingest.run.CrawlIds;
import org.imhfinder.ingest.run.TopicSnapshot;
import org.imhfinder.localstack.web.LocalWebServer;
import org.imhfinder.localstack.web.Site;
import org.imhfinder.localstack.web.SiteContent;
import org.imhfinder.runtime.Pipeline;
import org.imhfinder.schema.CrawlRequest;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.Topics;
import org.imhfinder.testkit.TestStack;

/**
 * For crawler integration tests: the test websites of {@code src/test/resources/sites}, an
 * ingest pipeline against the test stack, crawl requests written to Kafka, and what the crawl
 * published read back.
 */
final class CrawlHarness implements AutoCloseable {
    private final TestStack stack;
    private final LocalWebServer web = new LocalWebServer();
    private final KafkaProducer<String, String> producer;
    private Pipeline pipeline;

    CrawlHarness(TestStack stack) {
        this.stack = stack;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()),
                new StringSerializer(), new StringSerializer());
    }

    /** Serves a fixture site ({@code sites/NAME}) under a unique name. */
    Site serve(String fixture) {
        Site[] site = new Site[1];
        SiteContent files = SiteContent.directory(fixturePath(fixture));
        site[0] = web.serve(fixture + "-" + System.nanoTime(), SiteContent.templated(files, () -> site[0].baseUri()));
        return site[0];
    }

    Site serve(String name, SiteContent content) {
        return web.serve(name + "-" + System.nanoTime(), content);
    }

    /** The test stack's Kafka bootstrap servers. */
    String kafka() {
        return stack.kafkaBootstrap();
    }

    LocalWebServer web() {
        return web;
    }

    /** Starts ingest with this sources file text and these settings (over the test stack's). */
    void start(String sourcesYaml, Map<String, String> settings) {
        start(sourcesYaml, settings, new IngestStage());
    }

    void start(String sourcesYaml, Map<String, String> settings, IngestStage stage) {
        try {
            Path file = Files.createTempFile(Files.createDirectories(Path.of("target", "it-sources")), "sources-", ".yml");
            Files.writeString(file, sourcesYaml);
            Map<String, String> all = new LinkedHashMap<>();
            all.put("IMH_SOURCES", file.toString());
            all.put("IMH_HTTP_PORT", String.valueOf(freePort()));
            all.put("IMH_CRAWL_RETRY_BACKOFF", "PT0.1S");
            all.putAll(settings);
            pipeline = Pipeline.start(stack.settings(all), List.of(stage));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await("ingest ready").atMost(Duration.ofSeconds(60)).until(() -> pipeline.camel().getRouteController()
                .getRouteStatus("crawl-requests").isStarted());
    }

    /** Stops ingest as its process would stop, leaving the websites and Kafka as they are; {@link #start} starts a new one. */
    void stopIngest() {
        if (pipeline != null) {
            pipeline.close();
            pipeline = null;
        }
    }

    Pipeline pipeline() {
        return pipeline;
    }

    /** Asks for a crawl of one source (null: all) and returns its crawl id. */
    String crawl(String sourceId) {
        String crawlId = CrawlIds.next(Instant.now());
        CrawlRequest request = new CrawlRequest(CrawlRequest.SCHEMA_VERSION, crawlId, sourceId, "test", Instant.now());
        try {
            producer.send(new ProducerRecord<>(Topics.CRAWL_REQUESTS, crawlId, Json.write(request))).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return crawlId;
    }

    /** The latest state of every crawl run. */
    Map<String, CrawlRun> runs() {
        return TopicSnapshot.read(stack.kafkaBootstrap(), Topics.CRAWLS, v -> Json.read(v, CrawlRun.class), Duration.ofSeconds(20));
    }

    CrawlRun run(String crawlId) {
        return runs().get(crawlId);
    }

    /** Waits until the run reaches one of the states and returns it. */
    CrawlRun awaitRun(String crawlId, CrawlState... states) {
        List<CrawlState> wanted = Arrays.asList(states);
        return org.awaitility.Awaitility.await("crawl " + crawlId + " " + wanted).atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> run(crawlId), r -> r != null && wanted.contains(r.state()));
    }

    /** Every page event a crawl published, in the order read. */
    List<PageEvent> pages(String crawlId) {
        return pages(e -> crawlId.equals(e.crawlId()));
    }

    List<PageEvent> pages(Predicate<PageEvent> filter) {
        return pageRecords(filter).stream().map(value -> Json.read(value, PageEvent.class)).toList();
    }

    /** The values of the records on {@code imh.pages.v1} whose page events pass the filter, as written, in the order read. */
    List<String> pageRecords(Predicate<PageEvent> filter) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(Topics.MAX_RECORD_BYTES + 1024 * 1024));
        props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, String.valueOf(Topics.MAX_RECORD_BYTES + 1024 * 1024));
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.PAGES).stream()
                    .map(p -> new TopicPartition(Topics.PAGES, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (filter.test(Json.read(record.value(), PageEvent.class))) {
                        values.add(record.value());
                    }
                }
            }
        }
        return values;
    }

    /** The page event of one URL path in a crawl. */
    PageEvent page(String crawlId, Site site, String path) {
        String url = site.uri(path).toString();
        return pages(crawlId).stream().filter(e -> e.url().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError("no page event for " + url + " in " + crawlId + ": "
                        + pages(crawlId).stream().map(PageEvent::url).toList()));
    }

    @Override
    public void close() {
        if (pipeline != null) {
            pipeline.close();
        }
        web.close();
        producer.close();
    }

    static Path fixturePath(String fixture) {
        try {
            return Path.of(CrawlHarness.class.getResource("/sites/" + fixture).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sources-file entry. */
    static String source(String id, Site site, String extra) {
        return "  - id: " + id + "\n    name: Test source " + id + "\n    providerType: ASSOCIATION\n    seeds: [\""
                + site.baseUri() + "\"]\n" + (extra == null ? "" : extra);
    }
}

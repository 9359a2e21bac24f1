package org.imhfinder.normalize.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imhfinder.normalize.Fixtures;
import org.imhfinder.normalize.NormalizeStage;
import org.imhfinder.normalize.normalizer.PdfFixtures;
import org.imhfinder.runtime.Pipeline;
import org.imhfinder.schema.ConsumerGroups;
import org.imhfinder.schema.DeadLetter;
import org.imhfinder.schema.DocumentText;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageOutcome;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.Topics;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The normalize stage on a real Kafka: page events in; listings, then outcomes naming them, and
 * PDF texts out; a PDF arriving after its page re-emits the enriched listing; bad records go to
 * the dead-letter topic while the route goes on.
 */
@ExtendWith(ImhStackExtension.class)
class NormalizeIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final SourceDefinition SOURCE = Fixtures.source("normalize-it", "MI", List.of());
    private static Pipeline pipeline;
    private static KafkaProducer<String, String> producer;
    private static TopicRecords programs;
    private static TopicRecords outcomes;
    private static TopicRecords documents;
    private static TopicRecords deadLetters;
    private static URI http;
    private static String bootstrap;

    @BeforeAll
    static void startNormalize(TestStack stack) throws Exception {
        stack.reset();
        bootstrap = stack.kafkaBootstrap();
        Path sources = Files.createDirectories(Path.of("target", "normalize-it")).resolve("sources.yml");
        Files.writeString(sources, """
                sources:
                  - id: normalize-it
                    name: Example Association for Infant Mental Health
                    providerType: ASSOCIATION
                    region: MI
                    seeds: [https://normalize-it.example.org/]
                """);
        int port = freePort();
        http = URI.create("http://127.0.0.1:" + port);
        pipeline = Pipeline.start(stack.settings(Map.of("IMH_SOURCES", sources.toString(), "IMH_HTTP_PORT", String.valueOf(port))),
                List.of(new NormalizeStage()));
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(Topics.MAX_RECORD_BYTES));
        producer = new KafkaProducer<>(p);
        programs = new TopicRecords(stack.kafkaBootstrap(), Topics.PROGRAMS);
        outcomes = new TopicRecords(stack.kafkaBootstrap(), Topics.PAGE_OUTCOMES);
        documents = new TopicRecords(stack.kafkaBootstrap(), Topics.DOCUMENTS);
        deadLetters = new TopicRecords(stack.kafkaBootstrap(), Topics.DLQ);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {programs, outcomes, documents, deadLetters}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // closing test consumers
            }
        }
        if (producer != null) {
            producer.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void aPageOfLevelsBecomesItsListingsAndThenAnOutcomeNamingEachOfThem() {
        PageEvent page = publish(Fixtures.ok(SOURCE, "/glance-" + UUID.randomUUID() + "/",
                Fixtures.html("levels-across-the-top-of-a-table.html")));

        PageOutcome outcome = outcomeOf(page.url(), o -> o.listingIds().size() == 3);

        for (String id : outcome.listingIds()) {
            assertThat(listing(id).sourceUrl()).isEqualTo(page.url());
        }
        assertThat(outcome.status()).isEqualTo(PageStatus.OK);
    }

    @Test
    void aPdfThatArrivesAfterItsPageEnrichesTheListingItLinks() {
        String pdfPath = "/docs/fellowship-" + UUID.randomUUID() + ".pdf";
        PageEvent page = publish(Fixtures.ok(SOURCE, "/fellowship-" + UUID.randomUUID() + "/", Fixtures.html("broken-jsonld.html")
                .replace("</main>", "<p><a href=\"" + pdfPath + "\">Requirements (PDF)</a></p></main>")));
        String id = outcomeOf(page.url(), o -> o.listingIds().size() == 1).listingIds().get(0);
        assertThat(listing(id).documents()).isEmpty();

        PageEvent pdf = publish(Fixtures.pdf(SOURCE, pdfPath, PdfFixtures.fellowship(), page.url()));

        await("the enriched listing").atMost(WAIT).until(() -> !listing(id).documents().isEmpty());
        assertThat(listing(id).documents()).containsExactly(pdf.url());
        assertThat(listing(id).cost()).contains("$2,400");
        DocumentText text = Json.read(await().atMost(WAIT).until(() -> documents.withKey(pdf.url()), r -> !r.isEmpty())
                .get(0).value(), DocumentText.class);
        assertThat(text.referrer()).isEqualTo(page.url());
        assertThat(outcomeOf(pdf.url(), o -> true).listingIds()).isEmpty();
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndTheNextRecordIsProcessed() {
        String key = "https://normalize-it.example.org/broken-" + UUID.randomUUID();
        sent(producer.send(new ProducerRecord<>(Topics.PAGES, key, "{not json")));
        PageEvent next = publish(Fixtures.ok(SOURCE, "/after-" + UUID.randomUUID() + "/", Fixtures.html("broken-jsonld.html")));

        DeadLetter letter = await("the dead letter").atMost(WAIT).until(() -> deadLetters.withKey(key), l -> !l.isEmpty())
                .stream().map(r -> Json.read(r.value(), DeadLetter.class)).findFirst().orElseThrow();
        assertThat(letter.stage()).isEqualTo("normalize");
        assertThat(letter.reason()).contains("not a valid PageEvent");
        assertThat(letter.originalValue()).isEqualTo("{not json");
        assertThat(outcomeOf(next.url(), o -> o.listingIds().size() == 1)).isNotNull();
    }

    @Test
    void aMovedPagePassesThroughAsItsStatus() {
        PageEvent moved = publish(Fixtures.status(SOURCE, "/old-" + UUID.randomUUID() + "/", PageStatus.MOVED, 301,
                "https://normalize-it.example.org/new/"));

        PageOutcome outcome = outcomeOf(moved.url(), o -> true);

        assertThat(outcome.status()).isEqualTo(PageStatus.MOVED);
        assertThat(outcome.finalUrl()).isEqualTo("https://normalize-it.example.org/new/");
    }

    @Test
    void metricsCountPagesListingsAndFields() throws Exception {
        publish(Fixtures.ok(SOURCE, "/metrics-" + UUID.randomUUID() + "/", Fixtures.html("broken-jsonld.html")));

        await().atMost(WAIT).until(() -> metrics().contains("imh_normalize_listings_total"));
        assertThat(metrics()).contains("imh_normalize_pages_total{", "outcome=\"program\"", "imh_normalize_listing_fields",
                "imh_normalize_duration_seconds", "imh_normalize_documents_known");
    }

    @Test
    void theLanesReadTheirOwnPartitionsAndKeepEachPagesEventsInOrder() throws Exception {
        String path = "/moving-" + UUID.randomUUID() + "/";
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // other pages between the versions of one page, so every lane has work at once
            for (int other = 0; other < 3; other++) {
                sends.add(send(Fixtures.status(SOURCE, "/other-" + UUID.randomUUID() + "/", PageStatus.NOT_MODIFIED, 304, null)));
            }
            sends.add(send(Fixtures.status(SOURCE, path, PageStatus.MOVED, 301, "https://normalize-it.example.org/to-" + i + "/")));
        }
        producer.flush();
        sends.forEach(NormalizeIT::sent);
        String url = "https://normalize-it.example.org" + path;

        outcomeOf(url, o -> o.finalUrl().endsWith("/to-11/"));

        assertThat(outcomes.withKey(url)).extracting(r -> Json.read(r.value(), PageOutcome.class).finalUrl())
                .containsExactlyElementsOf(IntStream.range(0, 12).mapToObj(i -> "https://normalize-it.example.org/to-" + i + "/").toList());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            var group = admin.describeConsumerGroups(List.of(ConsumerGroups.NORMALIZE)).all().get().get(ConsumerGroups.NORMALIZE);
            assertThat(group.members()).hasSize(6); // IMH_NORMALIZE_CONSUMERS' default: a lane per partition
        }
    }

    private static Future<RecordMetadata> send(PageEvent event) {
        return producer.send(new ProducerRecord<>(Topics.PAGES, event.url(), Json.write(event)));
    }

    private static PageEvent publish(PageEvent event) {
        Future<RecordMetadata> sending = send(event);
        producer.flush();
        sent(sending);
        return event;
    }

    /** A record Kafka refused fails the test here, saying why, rather than leaving it to wait for an outcome. */
    private static void sent(Future<RecordMetadata> sending) {
        try {
            sending.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("Kafka did not take a page event: " + e, e);
        }
    }

    private static PageOutcome outcomeOf(String url, java.util.function.Predicate<PageOutcome> condition) {
        return await("the outcome of " + url).atMost(WAIT).until(() -> outcomes.withKey(url).stream()
                .map(r -> Json.read(r.value(), PageOutcome.class)).filter(condition).reduce((a, b) -> b).orElse(null), o -> o != null);
    }

    /** The latest record of a listing (written before the outcome that names it; the test's reader may lag). */
    private static ProgramListing listing(String id) {
        List<ConsumerRecord<String, String>> records = await("listing " + id).atMost(WAIT)
                .until(() -> programs.withKey(id), r -> !r.isEmpty());
        return Json.read(records.get(records.size() - 1).value(), ProgramListing.class);
    }

    private static String metrics() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(http.resolve("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

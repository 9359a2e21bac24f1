package org.imhfinder.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imhfinder.normalize.route.TopicRecords;
import org.imhfinder.schema.ConsumerGroups;
import org.imhfinder.schema.DeadLetter;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageOutcome;
import org.imhfinder.schema.Topics;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.PoisonRecords;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A page record the stage dies on, every time: normalize runs as a process of its own and is killed
 * ({@code kill -9}) while on the record, as an out-of-memory exit or an eviction would end it. Each
 * attempt is marked on the group's committed offset before it begins; with
 * {@code IMH_NORMALIZE_MAX_ATTEMPTS=2}, the third process to get the record dead-letters it ("failed 2
 * times") without touching it and goes on with the next one, instead of dying on it again.
 */
@ExtendWith(ImhStackExtension.class)
class CrashedRecordsIT {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final SourceDefinition SOURCE = Fixtures.source("crashed-it", "MI", List.of());
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void killWhatIsLeft() throws InterruptedException {
        for (Process process : processes) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRecordThatKilledTheStageTwiceIsDeadLetteredByTheNextProcessWhichGoesOn(TestStack stack) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "crashed-it"));
        Path sources = Files.writeString(dir.resolve("sources.yml"), """
                sources:
                  - id: crashed-it
                    name: Example Association for Infant Mental Health
                    providerType: ASSOCIATION
                    seeds: [https://crashed-it.example.org/]
                """);
        PageEvent hangs = Fixtures.ok(SOURCE, "/hangs-" + UUID.randomUUID() + "/", Fixtures.html("broken-jsonld.html"));
        RecordMetadata record = send(stack, hangs);
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());

        for (int attempt = 1; attempt <= 2; attempt++) {
            Process normalize = start(stack, sources, dir.resolve("normalize-" + attempt + ".log"));
            String mark = "imh-normalize-attempts:v1:" + record.offset() + ":" + attempt;
            await("attempt " + attempt + " marked on the committed offset").atMost(WAIT).pollInterval(Duration.ofMillis(250))
                    .until(() -> committedMetadata(stack, partition), mark::equals);
            normalize.destroyForcibly(); // kill -9 while the record hangs
            assertThat(normalize.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        PageEvent next = Fixtures.ok(SOURCE, "/next-" + UUID.randomUUID() + "/", Fixtures.html("broken-jsonld.html"));
        send(stack, next);
        start(stack, sources, dir.resolve("normalize-3.log"));

        try (PoisonRecords kafka = new PoisonRecords(stack); TopicRecords outcomes = new TopicRecords(stack.kafkaBootstrap(),
                Topics.PAGE_OUTCOMES)) {
            DeadLetter letter = kafka.awaitDeadLetter(hangs.url(), WAIT);
            assertThat(letter.reason()).isEqualTo("RepeatedFailureException: failed 2 times (" + partition + "@" + record.offset()
                    + "); the last time the stage stopped while on it (a crash, a kill or running out of memory)");
            PageOutcome outcome = await("the next page's outcome").atMost(WAIT).until(() -> outcomes.withKey(next.url()).stream()
                    .map(r -> Json.read(r.value(), PageOutcome.class)).findFirst().orElse(null), o -> o != null);
            assertThat(outcome.listingIds()).hasSize(1);
        }
        assertThat(processes.get(2).isAlive()).as("the third process is still running").isTrue();
    }

    /** normalize with the misbehaving strategy, on the test classpath, against the test stack; it waits for nobody. */
    private Process start(TestStack stack, Path sources, Path log) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", classpath, MisbehavingNormalize.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("IMH_"));
        env.put("IMH_KAFKA_BOOTSTRAP", stack.kafkaBootstrap());
        env.put("IMH_SOURCES", sources.toString());
        env.put("IMH_HTTP_PORT", "0");
        env.put("IMH_NORMALIZE_MAX_ATTEMPTS", "2");
        env.put("IMH_NORMALIZE_DEADLINE", "PT10M"); // the record hangs until the process is killed, never past a deadline
        env.put("IMH_KAFKA_SESSION_TIMEOUT", "PT6S"); // the killed process's partitions come back soon
        try {
            Process process = builder.start();
            processes.add(process);
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RecordMetadata send(TestStack stack, PageEvent page) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            return producer.send(new ProducerRecord<>(Topics.PAGES, page.url(), Json.write(page))).get(60, TimeUnit.SECONDS);
        }
    }

    /** The metadata of normalize's committed offset on the partition ("" when there is none). */
    private static String committedMetadata(TestStack stack, TopicPartition partition) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets(ConsumerGroups.NORMALIZE).partitionsToOffsetAndMetadata()
                    .get(30, TimeUnit.SECONDS).get(partition);
            return committed == null ? "" : committed.metadata();
        }
    }
}

package org.imhfinder.production.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.schema.Topics;

/**
 * Work for the pipeline without a crawler: program pages of one source, each with a name of its
 * own so that each yields exactly one listing, published as {@link PageEvent}s to
 * {@code imh.pages.v1} the way ingest publishes them (keyed by URL). Remembers what it published:
 * the listings a clean run indexes.
 */
final class ProgramPages implements AutoCloseable {
    private final String sourceId;
    private final KafkaProducer<String, String> producer;
    private int published;

    ProgramPages(String bootstrap, String sourceId) {
        this.sourceId = sourceId;
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** The sources file that names the source of these pages (normalize refuses pages of unknown sources). */
    String sourcesFile() {
        return """
                sources:
                  - id: %s
                    name: Prairie Association for Infant Mental Health
                    providerType: ASSOCIATION
                    region: MI
                    seeds: ["https://%s.example.org/"]
                """.formatted(sourceId, sourceId);
    }

    /** Publishes the next {@code count} pages and returns once Kafka has them all. */
    void publish(int count) throws Exception {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (int n = published + 1; n <= published + count; n++) {
            sent.add(producer.send(new ProducerRecord<>(Topics.PAGES, url(n), Json.write(page(n)))));
        }
        for (Future<RecordMetadata> each : sent) {
            each.get(60, TimeUnit.SECONDS);
        }
        published += count;
    }

    int published() {
        return published;
    }

    /** Listing name to page URL, for every page published so far: what a clean run indexes. */
    Map<String, String> expected() {
        Map<String, String> expected = new LinkedHashMap<>();
        for (int n = 1; n <= published; n++) {
            expected.put(name(n), url(n));
        }
        return expected;
    }

    private PageEvent page(int n) {
        return new PageEvent(PageEvent.SCHEMA_VERSION, sourceId, "crawl-" + sourceId, url(n), url(n), PageStatus.OK, 200,
                Map.of(), "text/html; charset=utf-8", "UTF-8", html(name(n)), null, null, 1, Instant.now(), null);
    }

    private String url(int n) {
        return "https://" + sourceId + ".example.org/programs/" + n + "/";
    }

    private static String name(int n) {
        return "Reflective Practice Seminar, Cohort " + n;
    }

    private static String html(String name) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>%1$s | Prairie AIMH</title>
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@type": "Course", "name": "%1$s",
                 "description": "A reflective practice seminar for infant and early childhood mental health professionals."}
                </script>
                </head>
                <body>
                <main>
                  <h1>%1$s</h1>
                  <p>Twelve sessions of group reflective supervision for infant and early childhood mental health professionals.</p>
                </main>
                </body>
                </html>
                """.formatted(name);
    }

    @Override
    public void close() {
        producer.close();
    }
}

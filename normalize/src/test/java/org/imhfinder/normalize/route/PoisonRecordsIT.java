package org.imhfinder.normalize.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imhfinder.normalize.Fixtures;
import org.imhfinder.normalize.NormalizeStage;
import org.imhfinder.runtime.Pipeline;
import org.imhfinder.schema.DeadLetter;
import org.imhfinder.schema.DocumentText;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageOutcome;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.StageNames;
import org.imhfinder.schema.Topics;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.PoisonRecords;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Poison records on both topics normalize reads: a value that is not JSON, one of another schema
 * version and a huge one (10 MB, more than a page event or a document text can be) each go to
 * {@code imh.dlq.v1} with a reason naming what was wrong, and a good record written after it is
 * still processed.
 */
@ExtendWith(ImhStackExtension.class)
class PoisonRecordsIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final SourceDefinition SOURCE = Fixtures.source("poison-it", "MI", List.of());
    private static Pipeline pipeline;
    private static PoisonRecords poison;
    private static TopicRecords outcomes;
    private static TopicRecords programs;

    @BeforeAll
    static void startNormalize(TestStack stack) throws Exception {
        Path sources = Fixtures.sourcesFile("poison-it");
        poison = new PoisonRecords(stack);
        poison.allowLargeRecords(Topics.DOCUMENTS);
        pipeline = Pipeline.start(stack.settings(Map.of("IMH_SOURCES", sources.toString(), "IMH_HTTP_PORT", "0")),
                List.of(new NormalizeStage()));
        outcomes = new TopicRecords(stack.kafkaBootstrap(), Topics.PAGE_OUTCOMES);
        programs = new TopicRecords(stack.kafkaBootstrap(), Topics.PROGRAMS);
        await("the pages route").atMost(WAIT).until(() -> pipeline.camel().getRouteController()
                .getRouteStatus(NormalizeRoutes.ROUTE_ID).isStarted());
    }

    @AfterAll
    static void stop() {
        Fixtures.closeQuietly(outcomes, programs, poison, pipeline);
    }

    static Stream<Arguments> poisons() {
        return Stream.of(
                Arguments.of("not JSON", (UnaryOperator<String>) valid -> PoisonRecords.NOT_JSON, "not a valid %s"),
                Arguments.of("schemaVersion 2", (UnaryOperator<String>) valid -> valid.replace("\"schemaVersion\":1",
                        "\"schemaVersion\":2"), "unsupported %s schemaVersion 2"),
                Arguments.of("10 MB", (UnaryOperator<String>) valid -> valid.replace("\"crawlId\":\"crawl-1\"",
                        "\"crawlId\":\"" + PoisonRecords.huge("crawl-1 ") + "\""), "record too large: 1048"));
    }

    @ParameterizedTest(name = "a page event: {0}")
    @MethodSource("poisons")
    void aPoisonPageEventIsDeadLetteredAndTheNextPageIsNormalized(String what, UnaryOperator<String> spoil, String reason) {
        PageEvent bad = Fixtures.ok(SOURCE, "/bad-" + UUID.randomUUID() + "/", Fixtures.html("broken-jsonld.html"));
        poison.send(Topics.PAGES, bad.url(), spoil.apply(Json.write(bad)));
        PageEvent next = Fixtures.ok(SOURCE, "/next-" + UUID.randomUUID() + "/", Fixtures.html("broken-jsonld.html"));
        poison.send(Topics.PAGES, next.url(), Json.write(next));

        DeadLetter letter = poison.awaitDeadLetter(bad.url(), WAIT);

        assertThat(letter.stage()).isEqualTo(StageNames.NORMALIZE);
        assertThat(letter.topic()).isEqualTo(Topics.PAGES);
        assertThat(letter.reason()).contains(reason.formatted("PageEvent"));
        assertThat(outcomeOf(next.url()).listingIds()).hasSize(1);
    }

    @ParameterizedTest(name = "a document text: {0}")
    @MethodSource("poisons")
    void aPoisonDocumentTextIsDeadLetteredAndTheNextDocumentStillEnrichesItsPage(String what, UnaryOperator<String> spoil,
                                                                                 String reason) {
        String pdf = SOURCE.seeds().get(0).resolve("/docs/requirements-" + UUID.randomUUID() + ".pdf").toString();
        PageEvent page = Fixtures.ok(SOURCE, "/fellowship-" + UUID.randomUUID() + "/", Fixtures.html("broken-jsonld.html")
                .replace("</main>", "<p><a href=\"" + pdf + "\">Requirements (PDF)</a></p></main>"));
        poison.send(Topics.PAGES, page.url(), Json.write(page));
        String id = outcomeOf(page.url()).listingIds().get(0);
        String badUrl = pdf.replace(".pdf", "-bad.pdf");

        poison.send(Topics.DOCUMENTS, badUrl, spoil.apply(Json.write(document(badUrl, page.url()))));
        poison.send(Topics.DOCUMENTS, pdf, Json.write(document(pdf, page.url())));

        DeadLetter letter = poison.awaitDeadLetter(badUrl, WAIT);
        assertThat(letter.stage()).isEqualTo(StageNames.NORMALIZE);
        assertThat(letter.topic()).isEqualTo(Topics.DOCUMENTS);
        assertThat(letter.reason()).contains(reason.formatted("DocumentText"));
        await("the listing enriched by the good document").atMost(WAIT).until(() -> documentsOf(id).contains(pdf));
    }

    @Test
    void aHugeValueIsCarriedCutToItsStartWithItsSize() {
        PageEvent bad = Fixtures.ok(SOURCE, "/huge-" + UUID.randomUUID() + "/", PoisonRecords.huge("<p>huge</p>"));
        String value = Json.write(bad);
        poison.send(Topics.PAGES, bad.url(), value);

        DeadLetter letter = poison.awaitDeadLetter(bad.url(), WAIT);

        assertThat(letter.originalTruncated()).isTrue();
        assertThat(letter.originalBytes()).isEqualTo((long) value.length());
        assertThat(letter.originalValue()).hasSize(1024 * 1024);
        assertThat(value).startsWith(letter.originalValue());
        assertThat(letter.offset()).isNotNull();
    }

    private static DocumentText document(String url, String referrer) {
        return new DocumentText(DocumentText.SCHEMA_VERSION, SOURCE.id(), "crawl-1", url, referrer, "Requirements",
                "Applicants hold a master's degree and complete 24 hours of training.", 1, false, "hash-" + url.hashCode(),
                Fixtures.FETCHED, Instant.now());
    }

    private static PageOutcome outcomeOf(String url) {
        return await("the outcome of " + url).atMost(WAIT).until(() -> outcomes.withKey(url).stream()
                .map(r -> Json.read(r.value(), PageOutcome.class)).reduce((a, b) -> b).orElse(null), o -> o != null);
    }

    /** The documents of a listing's latest record (none before it is written). */
    private static List<String> documentsOf(String id) {
        List<ConsumerRecord<String, String>> records = programs.withKey(id);
        return records.isEmpty() ? List.of()
                : Json.read(records.get(records.size() - 1).value(), ProgramListing.class).documents();
    }
}

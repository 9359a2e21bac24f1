package org.imhfinder.normalize.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imhfinder.normalize.Fixtures;
import org.imhfinder.normalize.NormalizeStage;
import org.imhfinder.normalize.pdf.PdfBomb;
import org.imhfinder.normalize.text.ControlCharacters;
import org.imhfinder.runtime.Pipeline;
import org.imhfinder.schema.DeadLetter;
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

/**
 * The hostile-input probe's findings against the real normalize on the real Kafka: its PDF bomb (a
 * 600 KB PDF whose content stream inflates to 200 MiB) is dead-lettered with the bound it passed, the
 * page after it is normalized and published, and the stage stays healthy; a NUL in a program's name
 * never reaches {@code imh.programs.v1}.
 */
@ExtendWith(ImhStackExtension.class)
class HostileDocumentsIT {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final SourceDefinition SOURCE = Fixtures.source("hostile-it", "MI", List.of());
    private static Pipeline pipeline;
    private static PoisonRecords kafka;
    private static TopicRecords outcomes;
    private static TopicRecords programs;
    private static URI http;

    @BeforeAll
    static void startNormalize(TestStack stack) throws Exception {
        Path sources = Fixtures.sourcesFile("hostile-it");
        int port = freePort();
        http = URI.create("http://127.0.0.1:" + port);
        kafka = new PoisonRecords(stack);
        pipeline = Pipeline.start(stack.settings(Map.of("IMH_SOURCES", sources.toString(), "IMH_HTTP_PORT", String.valueOf(port))),
                List.of(new NormalizeStage()));
        outcomes = new TopicRecords(stack.kafkaBootstrap(), Topics.PAGE_OUTCOMES);
        programs = new TopicRecords(stack.kafkaBootstrap(), Topics.PROGRAMS);
        await("the pages route").atMost(WAIT).until(() -> pipeline.camel().getRouteController()
                .getRouteStatus(NormalizeRoutes.ROUTE_ID).isStarted());
    }

    @AfterAll
    static void stop() {
        Fixtures.closeQuietly(outcomes, programs, kafka, pipeline);
    }

    @Test
    void thePdfBombIsDeadLetteredWithItsBoundAndTheNextPageIsNormalizedOnAHealthyStage() throws Exception {
        PageEvent bomb = Fixtures.pdf(SOURCE, "/docs/bomb-" + UUID.randomUUID() + ".pdf", PdfBomb.standard(), null);
        kafka.send(Topics.PAGES, bomb.url(), Json.write(bomb));
        PageEvent next = Fixtures.ok(SOURCE, "/next-" + UUID.randomUUID() + "/", Fixtures.html("broken-jsonld.html"));
        kafka.send(Topics.PAGES, next.url(), Json.write(next));

        DeadLetter letter = kafka.awaitDeadLetter(bomb.url(), WAIT);

        assertThat(letter.stage()).isEqualTo(StageNames.NORMALIZE);
        assertThat(letter.topic()).isEqualTo(Topics.PAGES);
        assertThat(letter.reason()).isEqualTo("UnreadableDocumentException: cannot read PDF " + bomb.url()
                + ": a stream decodes to more than 16 MiB");
        assertThat(outcomeOf(next.url()).listingIds()).hasSize(1);
        assertThat(status("/health")).isEqualTo(200);
        assertThat(status("/ready")).isEqualTo(200);
        assertThat(body("/metrics")).contains("imh_normalize_dead_letters_total{", "reason=\"unreadable_document\"",
                "imh_normalize_workers_overdue");
    }

    @Test
    void aNulInAProgramsNameNeverReachesTheProgramsTopic() {
        PageEvent page = Fixtures.ok(SOURCE, "/nul-" + UUID.randomUUID() + "/", Fixtures.html("broken-jsonld.html")
                .replace("Infant Mental Health Fellowship", "Infant Mental\u0000 Health Fellowship\u0000"));
        kafka.send(Topics.PAGES, page.url(), Json.write(page));

        String id = outcomeOf(page.url()).listingIds().get(0);
        String value = await("the listing").atMost(WAIT).until(() -> programs.withKey(id), r -> !r.isEmpty()).get(0).value();

        assertThat(value).doesNotContain("\\u0000");
        ProgramListing listing = Json.read(value, ProgramListing.class);
        assertThat(listing.name()).isEqualTo("Infant Mental Health Fellowship");
        assertThat(ControlCharacters.clean(listing.description())).isTrue();
    }

    private static PageOutcome outcomeOf(String url) {
        return await("the outcome of " + url).atMost(WAIT).until(() -> outcomes.withKey(url).stream()
                .map(r -> Json.read(r.value(), PageOutcome.class)).reduce((a, b) -> b).orElse(null), o -> o != null);
    }

    private static int status(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(http.resolve(path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String body(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(http.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

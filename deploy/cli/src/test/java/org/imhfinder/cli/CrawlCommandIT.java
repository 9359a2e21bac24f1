package org.imhfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.imhfinder.config.Settings;
import org.imhfinder.localstack.web.GeneratedSite;
import org.imhfinder.localstack.web.LocalWebServer;
import org.imhfinder.localstack.web.Site;
import org.imhfinder.runtime.Pipeline;
import org.imhfinder.schema.Json;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/** {@code imh crawl --wait} and {@code imh status} against every stage running on the test stack. */
@ExtendWith(ImhStackExtension.class)
class CrawlCommandIT {
    private static LocalWebServer web;
    private static Pipeline pipeline;
    private static Settings settings;

    @BeforeAll
    static void startEverything(TestStack stack) throws Exception {
        stack.reset();
        web = new LocalWebServer();
        Site site = GeneratedSite.serve(web, "cli-site", GeneratedSite.Spec.of(4));
        Path sources = Files.createDirectories(Path.of("target", "crawl-command-it")).resolve("sources.yml");
        Files.writeString(sources, """
                sources:
                  - id: cli-source
                    name: A provider crawled from the command line
                    providerType: NONPROFIT
                    seeds: ["%s"]
                """.formatted(site.baseUri()));
        settings = stack.settings(Map.of("IMH_SOURCES", sources.toString(), "IMH_HTTP_PORT", String.valueOf(freePort())));
        pipeline = Pipeline.start(settings, AllStages.all());
    }

    @AfterAll
    static void stopEverything() {
        if (pipeline != null) {
            pipeline.close();
        }
        if (web != null) {
            web.close();
        }
    }

    @Test
    void crawlWaitShowsProgressUntilTheCrawlHasSettledAndStatusReportsIt() throws Exception {
        ByteArrayOutputStream crawlOut = new ByteArrayOutputStream();
        CrawlCommand crawl = new CrawlCommand(new PrintStream(crawlOut, true, StandardCharsets.UTF_8));
        crawl.settings = () -> settings;

        int exit = new CommandLine(crawl).execute("--source", "cli-source", "--wait");

        String printed = crawlOut.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isEqualTo(0);
        assertThat(printed).contains("requested (source cli-source)", "RUNNING", "settled: everything it fetched is searchable");

        ByteArrayOutputStream statusOut = new ByteArrayOutputStream();
        StatusCommand status = new StatusCommand(new PrintStream(statusOut, true, StandardCharsets.UTF_8));
        status.settings = () -> settings;
        int statusExit = new CommandLine(status).execute("--json");
        assertThat(statusExit).as(statusOut.toString(StandardCharsets.UTF_8)).isEqualTo(0);
        JsonNode json = Json.mapper().readTree(statusOut.toString(StandardCharsets.UTF_8));
        JsonNode source = json.path("sources").get(0);
        assertThat(source.path("id").asText()).isEqualTo("cli-source");
        assertThat(source.path("lastState").asText()).isEqualTo("SETTLED");
        assertThat(source.path("lastCounts").path("fetched").asLong()).isEqualTo(5);
        assertThat(json.path("lagByGroup").path("imh-normalize").asLong()).isZero();
        assertThat(json.path("lagByGroup").has("imh-indexer")).isTrue();

        // after a crawl, so that the families tagged by host exist too
        String metrics = get("/metrics").body();
        assertThat(familiesWithoutHelp(metrics)).as("imh_ families without help text").isEmpty();
    }

    @Test
    void headOnMetricsAnswersLikeGetWithoutABody() throws Exception {
        HttpResponse<String> head = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base().resolve("/metrics"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(head.body()).isEmpty();
    }

    @Test
    void theCountersOfEveryStageArePresentAtZeroFromStart() throws Exception {
        String metrics = get("/metrics").body();

        assertThat(series(metrics, "imh_normalize_dead_letters_total", "reason=\"other\"")).isTrue();
        assertThat(series(metrics, "imh_indexer_retries_total", "reason=\"unavailable\"")).isTrue();
        assertThat(series(metrics, "imh_crawl_deferred_total", "why=\"budget\"")).isTrue();
        assertThat(series(metrics, "imh_indexer_records_total", "outcome=\"dead_lettered\"", "topic=\"curation\"")).isTrue();
        assertThat(series(metrics, "imh_dead_letters_total", "reason=\"unknown\"", "stage=\"ingest\"")).isTrue();
    }

    /** True when the exposition has a series of the family with every one of the tags. */
    private static boolean series(String exposition, String family, String... tags) {
        return exposition.lines().filter(l -> l.startsWith(family + "{"))
                .anyMatch(l -> java.util.Arrays.stream(tags).allMatch(l::contains));
    }

    @Test
    void anUnknownApiPathIsA404ProblemDocument() throws Exception {
        HttpResponse<String> response = get("/api/v1/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(Json.mapper().readTree(response.body()).path("status").asInt()).isEqualTo(404);
    }

    /** The {@code imh_} metric families whose {@code # HELP} line is missing or empty, as promtool reports them. */
    static java.util.Set<String> familiesWithoutHelp(String exposition) {
        java.util.Set<String> families = new java.util.TreeSet<>();
        java.util.Set<String> helped = new java.util.HashSet<>();
        for (String line : exposition.split("\n")) {
            String[] parts = line.split(" ", 4);
            if (line.startsWith("# TYPE imh_")) {
                families.add(parts[2]);
            } else if (line.startsWith("# HELP imh_") && parts.length == 4 && !parts[3].isBlank()) {
                helped.add(parts[2]);
            }
        }
        families.removeAll(helped);
        return families;
    }

    private static java.net.URI base() {
        return java.net.URI.create("http://127.0.0.1:" + pipeline.httpPort());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCrawlOfAnUnknownSourceFailsWithExitCodeOne() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CrawlCommand crawl = new CrawlCommand(new PrintStream(out, true, StandardCharsets.UTF_8));
        crawl.settings = () -> settings;

        assertThat(new CommandLine(crawl).execute("--source", "nowhere", "--wait")).isEqualTo(CrawlCommand.FAILED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("no source 'nowhere'");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

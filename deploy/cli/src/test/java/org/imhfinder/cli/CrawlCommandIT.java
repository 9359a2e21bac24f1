package org.imhfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
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

package org.imhfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

/**
 * A crawl asked for while a crawl of the same sources runs joins it: {@code POST /admin/crawls}
 * answers the running crawl's id, said to be joined, and {@code imh crawl --wait} follows that
 * crawl to SETTLED. Every stage runs on the test stack; the site answers slowly enough (one page a
 * half second) that the first crawl is still running when asked again.
 */
@ExtendWith(ImhStackExtension.class)
class CrawlJoinIT {
    private static final String OPERATOR = "join-it-operator-token";
    private static LocalWebServer web;
    private static Pipeline pipeline;
    private static Settings settings;

    @BeforeAll
    static void startEverything(TestStack stack) throws Exception {
        stack.reset();
        web = new LocalWebServer();
        Site site = GeneratedSite.serve(web, "join-site", GeneratedSite.Spec.of(16));
        Path sources = Files.createDirectories(Path.of("target", "crawl-join-it")).resolve("sources.yml");
        Files.writeString(sources, """
                sources:
                  - id: join-source
                    name: A provider asked for twice
                    providerType: NONPROFIT
                    seeds: ["%s"]
                """.formatted(site.baseUri()));
        settings = stack.settings(Map.of("IMH_SOURCES", sources.toString(), "IMH_HTTP_PORT", String.valueOf(freePort()),
                "IMH_OPERATOR_TOKENS", OPERATOR, "IMH_CRAWL_DELAY", "PT0.5S"));
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
    void aCrawlAskedForWhileOneRunsJoinsItAndIsFollowedToSettled() throws Exception {
        JsonNode first = post("{\"sourceId\":\"join-source\"}");
        String crawlId = first.path("crawlId").asText();
        assertThat(first.path("joined").asBoolean()).as(first.toString()).isFalse();

        JsonNode again = post("{\"sourceId\":\"join-source\"}");
        JsonNode everySource = post("{}"); // the file's only source: the same scope

        assertThat(again.path("crawlId").asText()).as(again.toString()).isEqualTo(crawlId);
        assertThat(again.path("joined").asBoolean()).isTrue();
        assertThat(everySource.path("crawlId").asText()).as(everySource.toString()).isEqualTo(crawlId);
        assertThat(everySource.path("joined").asBoolean()).isTrue();

        await("the crawl running").atMost(Duration.ofSeconds(60)).until(() -> "RUNNING".equals(state(crawlId)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CrawlCommand crawl = new CrawlCommand(new PrintStream(out, true, StandardCharsets.UTF_8));
        crawl.settings = () -> settings;
        int exit = new CommandLine(crawl).execute("--wait");

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isZero();
        assertThat(printed).contains("Crawl " + crawlId + " is already running (every source): joined.",
                "Crawl " + crawlId + " settled");
        assertThat(printed).doesNotContain("requested");
        await("the API reporting it settled").atMost(Duration.ofSeconds(30)).until(() -> "SETTLED".equals(state(crawlId)));
    }

    private static JsonNode post(String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base().resolve("/api/v1/admin/crawls"))
                .header("Authorization", "Bearer " + OPERATOR).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return Json.mapper().readTree(response.body());
    }

    private static String state(String crawlId) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base().resolve("/api/v1/admin/crawls/" + crawlId))
                .header("Authorization", "Bearer " + OPERATOR).GET().build(), HttpResponse.BodyHandlers.ofString());
        return Json.mapper().readTree(response.body()).path("state").asText();
    }

    private static URI base() {
        return URI.create("http://127.0.0.1:" + pipeline.httpPort());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

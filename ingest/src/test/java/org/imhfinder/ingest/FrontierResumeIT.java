package org.imhfinder.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.imhfinder.localstack.web.GeneratedSite;
import org.imhfinder.localstack.web.RecordedRequest;
import org.imhfinder.localstack.web.Site;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ingest killed ({@code kill -9}: its own JVM, from its runnable jar) in the middle of a crawl
 * and started again: the new process takes the run up from the frontier's journal, fetches what
 * was left and not what the killed one had finished, and the run's counts are the whole crawl's.
 */
@ExtendWith(ImhStackExtension.class)
class FrontierResumeIT {
    private static final GeneratedSite.Spec SPEC = GeneratedSite.Spec.of(40).withLinksPerPage(4).withPageBytes(200);
    private static final Map<String, String> SETTINGS = Map.of("IMH_CRAWL_DELAY", "PT0.05S", "IMH_CRAWL_WORKERS", "2");
    private static CrawlHarness harness;
    private static Site site;
    private static String crawlId;
    private static int fetchedBeforeTheKill;
    private static CrawlRun run;
    private static int port;

    @BeforeAll
    static void crawlStopAndStartAgain(TestStack stack) {
        harness = new CrawlHarness(stack);
        site = GeneratedSite.serve(harness.web(), "resume-" + System.nanoTime(), SPEC.withSitemap(false));
        String sources = "sources:\n" + CrawlHarness.source("resume-" + System.nanoTime(), site, null);
        Process killed = startIngestProcess(stack, sources);
        try {
            await("ingest ready").atMost(Duration.ofSeconds(120)).until(() -> ready(killed));
            crawlId = harness.crawl(null);
            await("a third of the site fetched").atMost(Duration.ofSeconds(120))
                    .until(() -> pages().size() >= SPEC.totalPages() / 3);
        } finally {
            killed.destroyForcibly(); // SIGKILL: no shutdown hook, nothing flushed
        }
        long killedAt = System.nanoTime();
        await("the killed process gone").atMost(Duration.ofSeconds(30)).until(() -> !killed.isAlive());
        fetchedBeforeTheKill = pages().size();
        assertThat(harness.run(crawlId).state()).as("left running by the killed process").isEqualTo(CrawlState.RUNNING);
        harness.start(sources, SETTINGS);
        run = harness.awaitRun(crawlId, CrawlState.FETCHED, CrawlState.SETTLED, CrawlState.FAILED);
        System.out.printf("RECOVERY: ingest killed after %d of %d pages; the restarted ingest finished the crawl %.1f s after the kill%n",
                fetchedBeforeTheKill, SPEC.totalPages(), (System.nanoTime() - killedAt) / 1e9);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void theRunGoesOnToTheEnd() {
        assertThat(fetchedBeforeTheKill).isLessThan(SPEC.totalPages());
        assertThat(run.state()).isIn(CrawlState.FETCHED, CrawlState.SETTLED);
        assertThat(run.notes()).anySatisfy(note -> assertThat(note).startsWith("resumed after a restart"));
    }

    @Test
    void everyPageIsFetchedAndOnlyThoseInFlightAtTheKillTwice() {
        List<String> pages = pages();
        assertThat(new HashSet<>(pages)).hasSize(SPEC.totalPages());
        // one request in flight per host, and the journal's last few milliseconds: at most two pages again
        assertThat(pages.size() - SPEC.totalPages()).isBetween(0, 2);
    }

    @Test
    void theCountsAreTheWholeCrawls() {
        assertThat(run.counts().fetched()).isEqualTo(SPEC.totalPages());
        assertThat(run.counts().discovered()).isEqualTo(SPEC.totalPages());
    }

    /** {@code java -jar target/imh-ingest.jar}, as its container runs it, against the test stack. */
    private static Process startIngestProcess(TestStack stack, String sources) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "frontier-resume-it"));
            Path file = Files.writeString(dir.resolve("sources.yml"), sources);
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                    "-jar", Path.of("target", "imh-ingest.jar").toString()))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("ingest.log").toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(name -> name.startsWith("IMH_"));
            env.put("IMH_KAFKA_BOOTSTRAP", stack.kafkaBootstrap());
            env.put("IMH_SOURCES", file.toString());
            env.put("IMH_CRAWL_ALLOW_PRIVATE_NETWORKS", "true");
            env.put("IMH_HTTP_PORT", String.valueOf(port = CrawlHarness.freePort()));
            env.putAll(SETTINGS);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean ready(Process process) {
        assertThat(process.isAlive()).as("the ingest process is running").isTrue();
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/ready")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<String> pages() {
        return site.requests().stream().map(RecordedRequest::target)
                .filter(t -> !t.equals("/robots.txt") && !t.startsWith("/sitemap")).toList();
    }
}

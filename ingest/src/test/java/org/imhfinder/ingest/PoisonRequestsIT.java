package org.imhfinder.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.imhfinder.localstack.web.GeneratedSite;
import org.imhfinder.localstack.web.Site;
import org.imhfinder.schema.CrawlRequest;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.schema.DeadLetter;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.StageNames;
import org.imhfinder.schema.Topics;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.PoisonRecords;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Poison records on {@code imh.crawl-requests.v1}: a value that is not JSON, a request of another
 * schema version and a huge one (10 MB) each go to {@code imh.dlq.v1} with a reason naming what was
 * wrong, none starts a crawl, and a good request written after it still crawls.
 */
@ExtendWith(ImhStackExtension.class)
class PoisonRequestsIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static CrawlHarness harness;
    private static PoisonRecords poison;

    @BeforeAll
    static void start(TestStack stack) {
        poison = new PoisonRecords(stack);
        poison.allowLargeRecords(Topics.CRAWL_REQUESTS);
        harness = new CrawlHarness(stack);
        Site site = GeneratedSite.serve(harness.web(), "poison-" + System.nanoTime(), GeneratedSite.Spec.of(2).withPageBytes(100));
        harness.start("sources:\n" + CrawlHarness.source("poison-site", site, null), Map.of());
    }

    @AfterAll
    static void stop() {
        if (harness != null) {
            harness.close();
        }
        if (poison != null) {
            poison.close();
        }
    }

    static Stream<Arguments> poisons() {
        return Stream.of(
                Arguments.of("not JSON", PoisonRecords.NOT_JSON, "not a valid CrawlRequest"),
                Arguments.of("schemaVersion 2", Json.write(new CrawlRequest(2, "crawl-v2-" + UUID.randomUUID(), "poison-site",
                        "test", Instant.now())), "unsupported CrawlRequest schemaVersion 2"),
                Arguments.of("10 MB", Json.write(new CrawlRequest(CrawlRequest.SCHEMA_VERSION, "crawl-huge-" + UUID.randomUUID(),
                        "poison-site", PoisonRecords.huge("operator "), Instant.now())), "record too large: 1048"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("poisons")
    void aPoisonRequestIsDeadLetteredAndTheNextRequestStillCrawls(String what, String value, String reason) {
        String key = "poison-" + UUID.randomUUID();
        poison.send(Topics.CRAWL_REQUESTS, key, value);
        String next = harness.crawl("poison-site");

        DeadLetter letter = poison.awaitDeadLetter(key, WAIT);

        assertThat(letter.stage()).isEqualTo(StageNames.INGEST);
        assertThat(letter.topic()).isEqualTo(Topics.CRAWL_REQUESTS);
        assertThat(letter.reason()).contains(reason);
        assertThat(harness.awaitRun(next, CrawlState.FETCHED).counts().published()).isPositive();
        assertThat(harness.runs().values()).noneMatch(run -> run.crawlId().startsWith("crawl-v2-")
                || run.crawlId().startsWith("crawl-huge-"));
    }
}

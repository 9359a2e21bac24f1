package org.imhfinder.ingest.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageMemoryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageMemoryReplayTest {
    private static final String HOME = "https://mi-aimh.org/";
    private static final String LEVELS = "https://mi-aimh.org/levels/";

    private final PageMemory memory = new PageMemory(1000, PageMemoryStore.NONE);
    private final PageMemoryReplay replay = new PageMemoryReplay(memory, Set.of("mi-aimh")::contains);

    @Test
    void theLastEntryOfAUrlIsWhatIsAskedAndFollowed() {
        replay.accept(HOME, json(entry(HOME, "mi-aimh", "\"v1\"", List.of(LEVELS))));
        replay.accept(HOME, json(entry(HOME, "mi-aimh", "\"v2\"", List.of(HOME + "apply/"))));

        assertThat(memory.conditionalHeaders("mi-aimh", HOME)).containsExactly(Map.entry("If-None-Match", "\"v2\""));
        assertThat(memory.links("mi-aimh", HOME)).containsExactly(HOME + "apply/");
        assertThat(replay.pages()).isEqualTo(1);
    }

    @Test
    void aTombstoneRemovesThePage() {
        replay.accept(HOME, json(entry(HOME, "mi-aimh", "\"v1\"", List.of())));
        replay.accept(LEVELS, json(entry(LEVELS, "mi-aimh", "\"v1\"", List.of())));
        replay.accept(HOME, null);

        assertThat(memory.conditionalHeaders("mi-aimh", HOME)).isEmpty();
        assertThat(memory.conditionalHeaders("mi-aimh", LEVELS)).isNotEmpty();
        assertThat(memory.size()).isEqualTo(1);
        assertThat(replay.pages()).isEqualTo(1);
        assertThat(replay.records()).isEqualTo(3);
    }

    @Test
    void anotherInstancesPagesAreNotRestored() {
        replay.accept("https://other.org/", json(entry("https://other.org/", "other-source", "\"v1\"", List.of())));

        assertThat(memory.size()).isZero();
        assertThat(replay.unusable()).isZero();
    }

    @Test
    void aPageNowCrawledByAnotherInstancesSourceDropsWhatThisOneHadOfIt() {
        replay.accept(HOME, json(entry(HOME, "mi-aimh", "\"v1\"", List.of())));
        replay.accept(HOME, json(entry(HOME, "other-source", "\"v2\"", List.of())));

        assertThat(memory.conditionalHeaders("mi-aimh", HOME)).isEmpty();
        assertThat(memory.size()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "not json",
            "{\"schemaVersion\":2,\"url\":\"https://mi-aimh.org/\",\"sourceId\":\"mi-aimh\",\"etag\":\"\\\"v9\\\"\"}",
            "{\"schemaVersion\":1,\"url\":\"https://mi-aimh.org/elsewhere\",\"sourceId\":\"mi-aimh\",\"etag\":\"\\\"v9\\\"\"}",
            "{\"schemaVersion\":1,\"url\":\"https://mi-aimh.org/\",\"sourceId\":\"mi-aimh\"}",
            "{\"schemaVersion\":1,\"url\":\"https://mi-aimh.org/\",\"etag\":\"\\\"v9\\\"\"}"})
    void aRecordThisVersionCannotUseDropsWhatWasRestoredBeforeForItsUrl(String value) {
        replay.accept(HOME, json(entry(HOME, "mi-aimh", "\"v1\"", List.of())));

        replay.accept(HOME, value);

        assertThat(memory.conditionalHeaders("mi-aimh", HOME)).isEmpty(); // an older entry is not the page's current state
        assertThat(replay.unusable()).isEqualTo(1);
    }

    @Test
    void aRecordWithoutAKeyIsUnusableAndChangesNothing() {
        replay.accept(HOME, json(entry(HOME, "mi-aimh", "\"v1\"", List.of())));

        replay.accept(null, json(entry(HOME, "mi-aimh", "\"v2\"", List.of())));

        assertThat(memory.conditionalHeaders("mi-aimh", HOME)).containsExactly(Map.entry("If-None-Match", "\"v1\""));
        assertThat(replay.unusable()).isEqualTo(1);
    }

    @Test
    void beyondTheMemorysBoundTheMostRecentlyWrittenPagesAreKept() {
        PageMemory small = new PageMemory(2, PageMemoryStore.NONE);
        PageMemoryReplay intoSmall = new PageMemoryReplay(small, "mi-aimh"::equals);
        intoSmall.accept(HOME, json(entry(HOME, "mi-aimh", "\"v1\"", List.of())));
        intoSmall.accept(LEVELS, json(entry(LEVELS, "mi-aimh", "\"v1\"", List.of())));
        intoSmall.accept(HOME + "apply/", json(entry(HOME + "apply/", "mi-aimh", "\"v1\"", List.of())));

        assertThat(small.conditionalHeaders("mi-aimh", HOME)).isEmpty();
        assertThat(small.conditionalHeaders("mi-aimh", LEVELS)).isNotEmpty();
        assertThat(small.conditionalHeaders("mi-aimh", HOME + "apply/")).isNotEmpty();
    }

    @Test
    void anEntryKeepsItsValidatorsAndLinksThroughJson() {
        replay.accept(HOME, json(new PageMemoryEntry(1, HOME, "mi-aimh", null, "Mon, 05 Jan 2026 09:00:00 GMT",
                List.of(LEVELS, HOME + "apply/"), Instant.parse("2026-03-02T10:15:30Z"))));

        assertThat(memory.conditionalHeaders("mi-aimh", HOME))
                .containsExactly(Map.entry("If-Modified-Since", "Mon, 05 Jan 2026 09:00:00 GMT"));
        assertThat(memory.links("mi-aimh", HOME)).containsExactly(LEVELS, HOME + "apply/");
    }

    private static PageMemoryEntry entry(String url, String sourceId, String etag, List<String> links) {
        return new PageMemoryEntry(PageMemoryEntry.SCHEMA_VERSION, url, sourceId, etag, null, links, Instant.EPOCH);
    }

    private static String json(PageMemoryEntry entry) {
        return Json.write(entry);
    }
}

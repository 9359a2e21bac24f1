package org.imhfinder.ingest.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageCheck;
import org.imhfinder.schema.PageMemoryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageMemoryTest {
    private static final String PAGE = "https://mi-aimh.org/endorsement/";
    private static final Instant FETCHED = Instant.parse("2026-03-02T10:15:30Z");
    private static final PageMemory.Validators BOTH = new PageMemory.Validators("\"abc\"", "Mon, 05 Jan 2026 09:00:00 GMT");

    private final RecordingStore store = new RecordingStore();
    private final PageMemory memory = new PageMemory(1000, store);

    @ParameterizedTest(name = "ETag {0}, Last-Modified {1}")
    @CsvSource(nullValues = "-", value = {
            "\"abc\", Mon 05 Jan 2026, \"abc\", Mon 05 Jan 2026",
            "\"abc\", -,                \"abc\", -",
            "-,       Mon 05 Jan 2026,  -,       Mon 05 Jan 2026",
            "W/\"w1\", -,               W/\"w1\", -"})
    void aRememberedPageIsAskedAboutWithTheValidatorsItSent(String etag, String lastModified,
                                                            String ifNoneMatch, String ifModifiedSince) {
        memory.remember("mi-aimh", PAGE, new PageMemory.Validators(etag, lastModified), List.of(), FETCHED);

        Map<String, String> headers = memory.conditionalHeaders("mi-aimh", PAGE);

        assertThat(headers.get("If-None-Match")).isEqualTo(ifNoneMatch);
        assertThat(headers.get("If-Modified-Since")).isEqualTo(ifModifiedSince);
        assertThat(headers).hasSize(ifNoneMatch != null && ifModifiedSince != null ? 2 : 1);
    }

    @Test
    void aPageWithoutValidatorsIsAskedInFullYetKeepsItsScheduleAndLinks() {
        memory.remember("mi-aimh", PAGE, new PageMemory.Validators(null, null), List.of(PAGE + "levels"), FETCHED);

        assertThat(memory.conditionalHeaders("mi-aimh", PAGE)).isEmpty();
        assertThat(memory.links("mi-aimh", PAGE)).containsExactly(PAGE + "levels");
        assertThat(memory.facts("mi-aimh", PAGE).lastAttemptAt()).isEqualTo(FETCHED);
        assertThat(store.writes).containsExactly("put " + PAGE);
    }

    @Test
    void aPageThatStopsSendingValidatorsOrIsCutIsAskedInFullNextTime() {
        memory.remember("mi-aimh", PAGE, BOTH, List.of(), FETCHED);
        memory.remember("mi-aimh", PAGE, null, List.of(), FETCHED.plusSeconds(60)); // a body cut at the cap

        assertThat(memory.conditionalHeaders("mi-aimh", PAGE)).isEmpty();
        assertThat(store.entries).last().satisfies(e -> {
            assertThat(e.etag()).isNull();
            assertThat(e.lastModified()).isNull();
        });
    }

    @Test
    void everyPageFetchedInFullIsWrittenWithItsSourceValidatorsLinksTimeAndCheck() {
        memory.remember("mi-aimh", PAGE, BOTH, List.of(PAGE + "levels/", PAGE + "apply/"), FETCHED);

        assertThat(store.entries).singleElement().isEqualTo(new PageMemoryEntry(PageMemoryEntry.SCHEMA_VERSION, PAGE,
                "mi-aimh", "\"abc\"", "Mon, 05 Jan 2026 09:00:00 GMT", List.of(PAGE + "levels/", PAGE + "apply/"), FETCHED,
                null, List.of(new PageCheck(FETCHED, PageCheck.Result.FIRST)), null));
    }

    @Test
    void eachCheckIsKeptWithWhatItFoundAndADigestDecidesAChange() {
        Instant day = FETCHED;
        assertThat(memory.fetchedInFull("s", PAGE, BOTH, List.of(), "d1", day)).isEqualTo(PageCheck.Result.FIRST);
        memory.notModified("s", PAGE, day.plus(Duration.ofDays(1)));
        assertThat(memory.fetchedInFull("s", PAGE, BOTH, List.of(), "d1", day.plus(Duration.ofDays(2))))
                .isEqualTo(PageCheck.Result.UNCHANGED); // fetched again, same text: a new tracking script is not a change
        assertThat(memory.fetchedInFull("s", PAGE, BOTH, List.of(), "d2", day.plus(Duration.ofDays(3))))
                .isEqualTo(PageCheck.Result.CHANGED);
        memory.failed("s", PAGE, day.plus(Duration.ofDays(4)));

        PageFacts facts = memory.facts("s", PAGE);
        assertThat(facts.lastAttemptAt()).isEqualTo(day.plus(Duration.ofDays(4)));
        assertThat(facts.lastSuccessAt()).isEqualTo(day.plus(Duration.ofDays(3)));
        assertThat(facts.lastChangeAt()).isEqualTo(day.plus(Duration.ofDays(3)));
        assertThat(facts.observations()).isEqualTo(3);
        assertThat(facts.changes()).isEqualTo(1);
        assertThat(store.entries).last().extracting(PageMemoryEntry::checks).asList().hasSize(5);
    }

    @Test
    void theChecksOfTheLastDayAreHandedBackWithTheirHostToRebuildABudget() {
        memory.remember("s", PAGE, BOTH, List.of(), FETCHED.minus(Duration.ofHours(30)));
        memory.notModified("s", PAGE, FETCHED.minus(Duration.ofHours(2)));
        memory.remember("s", "https://other.org/", BOTH, List.of(), FETCHED.minus(Duration.ofHours(1)));
        List<String> seen = new ArrayList<>();

        memory.checksSince(FETCHED.minus(Duration.ofHours(24)), (host, at) -> seen.add(host + " " + at));

        assertThat(seen).containsExactlyInAnyOrder("mi-aimh.org " + FETCHED.minus(Duration.ofHours(2)),
                "other.org " + FETCHED.minus(Duration.ofHours(1)));
    }

    @Test
    void onlyTheLatestChecksAreKept() {
        for (int i = 0; i < PageMemoryEntry.MAX_CHECKS + 10; i++) {
            memory.remember("s", PAGE, BOTH, List.of(), FETCHED.plus(Duration.ofDays(i)));
        }

        assertThat(store.entries).last().satisfies(e -> {
            assertThat(e.checks()).hasSize(PageMemoryEntry.MAX_CHECKS);
            assertThat(e.checks().get(e.checks().size() - 1).at()).isEqualTo(FETCHED.plus(Duration.ofDays(PageMemoryEntry.MAX_CHECKS + 9)));
        });
    }

    @Test
    void aSitemapLastmodIsKeptWhenLaterThanTheOneKnown() {
        memory.remember("s", PAGE, BOTH, List.of(), FETCHED);
        memory.lastmod("s", PAGE, FETCHED.plus(Duration.ofDays(2)));
        memory.lastmod("s", PAGE, FETCHED.plus(Duration.ofDays(1)));
        memory.lastmod("s", PAGE + "unknown", FETCHED);

        assertThat(memory.facts("s", PAGE).lastmod()).isEqualTo(FETCHED.plus(Duration.ofDays(2)));
        assertThat(memory.knows("s", PAGE + "unknown")).isFalse();
    }

    @Test
    void anEntryWrittenBeforeChecksWereKeptCountsItsFetchAsTheFirstCheck() {
        memory.restore(new PageMemoryEntry(1, PAGE, "s", "\"abc\"", null, List.of(), FETCHED));

        assertThat(memory.facts("s", PAGE).lastAttemptAt()).isEqualTo(FETCHED);
        assertThat(memory.facts("s", PAGE).observations()).isZero();
    }

    @Test
    void theLinksOfAPageComeBackInTheirOrderAtMostAHundred() {
        List<String> links = IntStream.range(0, 150).mapToObj(i -> PAGE + "p" + i).toList();

        memory.remember("mi-aimh", PAGE, BOTH, links, FETCHED);

        assertThat(memory.links("mi-aimh", PAGE)).containsExactlyElementsOf(links.subList(0, PageMemoryEntry.MAX_LINKS));
        assertThat(store.entries.get(0).links()).hasSize(PageMemoryEntry.MAX_LINKS);
    }

    @Test
    void aGoneOrMovedPageIsForgottenHereAndRemovedFromTheStore() {
        memory.remember("mi-aimh", PAGE, BOTH, List.of(PAGE + "levels/"), FETCHED);

        memory.forget("mi-aimh", PAGE);

        assertThat(memory.conditionalHeaders("mi-aimh", PAGE)).isEmpty();
        assertThat(memory.links("mi-aimh", PAGE)).isEmpty();
        assertThat(store.writes).containsExactly("put " + PAGE, "remove " + PAGE);
    }

    @Test
    void twoSourcesCrawlingOneUrlEachKeepTheirOwnLinks() {
        memory.remember("mi-aimh", PAGE, BOTH, List.of(PAGE + "levels/"), FETCHED);
        memory.remember("mi-aimh-training", PAGE, BOTH, List.of(PAGE + "calendar/"), FETCHED);

        assertThat(memory.links("mi-aimh", PAGE)).containsExactly(PAGE + "levels/");
        assertThat(memory.links("mi-aimh-training", PAGE)).containsExactly(PAGE + "calendar/");
    }

    @Test
    void aRestoredPageIsAskedAboutConditionallyAndLeadsOnWithoutBeingWrittenAgain() {
        memory.restore(new PageMemoryEntry(1, PAGE, "mi-aimh", "\"abc\"", null, List.of(PAGE + "levels/"), FETCHED));

        assertThat(memory.conditionalHeaders("mi-aimh", PAGE)).containsExactly(Map.entry("If-None-Match", "\"abc\""));
        assertThat(memory.links("mi-aimh", PAGE)).containsExactly(PAGE + "levels/");
        assertThat(memory.size()).isEqualTo(1);
        assertThat(store.writes).isEmpty();
    }

    @Test
    void whatOneProcessWroteARestartedOneAsksAndFollowsTheSame() {
        memory.remember("mi-aimh", PAGE, BOTH, List.of(PAGE + "levels/", PAGE + "apply/"), FETCHED);
        memory.remember("mi-aimh", PAGE + "levels/", BOTH, List.of(PAGE), FETCHED);
        memory.forget("mi-aimh", PAGE + "levels/");
        PageMemory restarted = new PageMemory(1000, PageMemoryStore.NONE);
        PageMemoryReplay replay = new PageMemoryReplay(restarted, "mi-aimh"::equals);

        store.records.forEach(r -> replay.accept(r.key(), r.value()));

        assertThat(restarted.conditionalHeaders("mi-aimh", PAGE)).isEqualTo(memory.conditionalHeaders("mi-aimh", PAGE)).hasSize(2);
        assertThat(restarted.links("mi-aimh", PAGE)).containsExactly(PAGE + "levels/", PAGE + "apply/");
        assertThat(restarted.conditionalHeaders("mi-aimh", PAGE + "levels/")).isEmpty();
    }

    @Test
    void aRestartedProcessKnowsEachPagesChecksAndSoItsSchedule() {
        memory.fetchedInFull("mi-aimh", PAGE, BOTH, List.of(), "d1", FETCHED);
        memory.notModified("mi-aimh", PAGE, FETCHED.plus(Duration.ofDays(7)));
        memory.fetchedInFull("mi-aimh", PAGE, BOTH, List.of(), "d2", FETCHED.plus(Duration.ofDays(14)));
        memory.lastmod("mi-aimh", PAGE, FETCHED.plus(Duration.ofDays(20)));
        PageMemory restarted = new PageMemory(1000, PageMemoryStore.NONE);
        PageMemoryReplay replay = new PageMemoryReplay(restarted, "mi-aimh"::equals);

        store.records.forEach(r -> replay.accept(r.key(), r.value()));

        assertThat(restarted.facts("mi-aimh", PAGE)).isEqualTo(memory.facts("mi-aimh", PAGE));
        assertThat(restarted.fetchedInFull("mi-aimh", PAGE, BOTH, List.of(), "d2", FETCHED.plus(Duration.ofDays(21))))
                .isEqualTo(PageCheck.Result.UNCHANGED); // the digest survived too
    }

    @Test
    void pagesSharingALinkShareItsText() {
        memory.remember("mi-aimh", PAGE + "a", BOTH, List.of(new String(PAGE + "menu")), FETCHED);
        memory.remember("mi-aimh", PAGE + "b", BOTH, List.of(new String(PAGE + "menu")), FETCHED);

        assertThat(memory.links("mi-aimh", PAGE + "b").get(0)).isSameAs(memory.links("mi-aimh", PAGE + "a").get(0));
    }

    @Test
    void theLeastRecentlyUsedPagesAreForgottenBeyondTheBound() {
        PageMemory small = new PageMemory(2, store);
        small.remember("s", "https://a.org/1", BOTH, List.of(), FETCHED);
        small.remember("s", "https://a.org/2", BOTH, List.of(), FETCHED);
        small.conditionalHeaders("s", "https://a.org/1"); // used again: the second is now the least recently used

        small.remember("s", "https://a.org/3", BOTH, List.of(), FETCHED);

        assertThat(small.size()).isEqualTo(2);
        assertThat(small.conditionalHeaders("s", "https://a.org/1")).isNotEmpty();
        assertThat(small.conditionalHeaders("s", "https://a.org/2")).isEmpty();
    }

    /** One record as it would be on the topic: key and value (null: a tombstone). */
    record Written(String key, String value) {
    }

    /** Keeps what would have gone to Kafka, as the records a restarted ingest would read. */
    static final class RecordingStore implements PageMemoryStore {
        final List<String> writes = new ArrayList<>();
        final List<PageMemoryEntry> entries = new ArrayList<>();
        final List<Written> records = new ArrayList<>();

        @Override
        public void put(PageMemoryEntry entry) {
            writes.add("put " + entry.url());
            entries.add(entry);
            records.add(new Written(entry.url(), Json.write(entry)));
        }

        @Override
        public void remove(String url) {
            writes.add("remove " + url);
            records.add(new Written(url, null));
        }
    }
}

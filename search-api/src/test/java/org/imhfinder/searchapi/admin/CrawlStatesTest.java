package org.imhfinder.searchapi.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.imhfinder.schema.CrawlRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which request not yet reported by ingest a new request joins: one covering the sources it asks for. */
class CrawlStatesTest {
    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

    @ParameterizedTest(name = "pending {0}, file {1}, asked {2}: joins {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // pending request's source | the file's sources | asked for | joins
            "a    | a     | -  | true",   // every source of a one-source file: the request for that source covers it
            "-    | a     | a  | true",   // a request for every source covers any one of them
            "-    | a b   | -  | true",
            "a    | a b   | -  | false",  // one of two sources does not cover every source
            "a    | a b   | b  | false",
            "a    | a b   | a  | true",
    })
    void aPendingRequestIsJoinedWhenItCoversWhatIsAskedFor(String pending, String file, String asked, boolean joins) {
        CrawlStates states = new CrawlStates("127.0.0.1:1");
        states.remember(new CrawlRequest(CrawlRequest.SCHEMA_VERSION, "crawl-1", pending, "op", NOW.minusSeconds(10)));

        var joined = states.joinable(asked, List.of(file.split(" ")), NOW);

        assertThat(joined.isPresent()).isEqualTo(joins);
        joined.ifPresent(j -> assertThat(j.crawlId()).isEqualTo("crawl-1"));
    }

    @ParameterizedTest(name = "asked {0} after the join window: a new crawl")
    @CsvSource(nullValues = "-", value = {"-", "a"})
    void aRequestOlderThanTheJoinWindowIsLeftToIngest(String asked) {
        CrawlStates states = new CrawlStates("127.0.0.1:1");
        states.remember(new CrawlRequest(CrawlRequest.SCHEMA_VERSION, "crawl-1", "a", "op",
                NOW.minus(CrawlStates.PENDING_JOIN).minusSeconds(1)));

        assertThat(states.joinable(asked, List.of("a"), NOW)).isEmpty();
    }
}

package org.imhfinder.indexer.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imhfinder.indexer.Fixtures.T0;
import static org.imhfinder.indexer.Fixtures.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.imhfinder.indexer.freshness.Judged;
import org.imhfinder.indexer.freshness.ListingFacts;
import org.imhfinder.schema.ListingState;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.Topics;
import org.junit.jupiter.api.Test;

/**
 * The working set finds the listings of a page (described on it, at it, moved from it) through
 * its lookups by page; whatever the states go through, they answer as reading every listing
 * would, in the same order.
 */
class WorkingSetTest {
    private static final List<String> PAGES = List.of("https://a.org/1", "https://a.org/2", "https://a.org/3",
            "https://b.org/1", "https://b.org/2");

    @Test
    void listingsOfAPageAreTheOnesEveryListingReadInTurnWouldGive() {
        Random random = new Random(20_261_207L);
        for (int round = 0; round < 200; round++) {
            WorkingSet working = new WorkingSet();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                ids.add("prg-" + i);
            }
            for (int step = 0; step < 30; step++) {
                String id = ids.get(random.nextInt(ids.size()));
                Tracked t = working.getOrCreate(id);
                working.update(t, new Judged(randomState(id, random), null), new RecordSource(Topics.PROGRAMS, 0, step, id, "{}"));
                for (String url : PAGES) {
                    assertThat(working.describedAt(url)).as("described at %s", url).containsExactlyElementsOf(
                            working.all().stream().filter(l -> l.hasContent() && ListingFacts.describedOn(l.state(), url)).toList());
                    assertThat(working.at(url)).as("at %s", url).containsExactlyElementsOf(
                            working.all().stream().filter(l -> l.hasContent() && url.equals(l.state().sourceUrl())).toList());
                    assertThat(working.previouslyAt(url)).as("previously at %s", url).containsExactlyElementsOf(
                            working.all().stream().filter(l -> l.hasContent() && l.state().previousUrls().contains(url)).toList());
                }
            }
        }
    }

    @Test
    void aListingCreatedByTheBatchJoinsItsPageOnceItHasContent() {
        WorkingSet working = new WorkingSet();
        Tracked created = working.getOrCreate("prg-1");
        assertThat(working.describedAt(PAGES.get(0))).isEmpty();

        ListingState state = ListingState.empty("prg-1").toBuilder().listing(listing("prg-1", PAGES.get(0), T0))
                .sourceUrl(PAGES.get(0)).build();
        working.update(created, new Judged(state, null), new RecordSource(Topics.PROGRAMS, 0, 0, "prg-1", "{}"));

        assertThat(working.describedAt(PAGES.get(0))).containsExactly(created);
        assertThat(working.at(PAGES.get(0))).containsExactly(created);
        assertThat(working.getOrCreate("prg-1")).isSameAs(created);
    }

    /**
     * No content, or a listing on one page with evidence from others (its own page among them or
     * not), moved from none, one or two pages.
     */
    private static ListingState randomState(String id, Random random) {
        if (random.nextInt(5) == 0) {
            return ListingState.empty(id);
        }
        String own = random.nextInt(6) == 0 ? null : PAGES.get(random.nextInt(PAGES.size()));
        List<ProgramListing> evidence = new ArrayList<>();
        for (int i = 0; i < random.nextInt(3); i++) {
            evidence.add(listing(id, PAGES.get(random.nextInt(PAGES.size())), T0));
        }
        List<String> previous = new ArrayList<>();
        for (int i = 0; i < random.nextInt(3); i++) {
            previous.add(PAGES.get(random.nextInt(PAGES.size())));
        }
        return ListingState.empty(id).toBuilder().listing(listing(id, own == null ? PAGES.get(0) : own, T0))
                .sourceUrl(own).evidence(evidence).previousUrls(previous).build();
    }
}

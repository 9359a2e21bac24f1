package org.imhfinder.indexer.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.imhfinder.indexer.store.StoredListing;
import org.imhfinder.schema.Json;
import org.junit.jupiter.api.Test;

class UnrefreshedWritesTest {
    private static final String A = "https://example.org/a/";
    private static final String B = "https://example.org/b/";
    private static final String HUB = "https://example.org/programs/";

    private static StoredListing listing(String id, long seqNo, String page, List<String> previous, List<String> also) {
        ObjectNode doc = Json.mapper().createObjectNode().put("id", id).put("sourceUrl", page);
        doc.set("previousUrls", Json.mapper().valueToTree(previous));
        doc.set("alsoDescribedOn", Json.mapper().valueToTree(also));
        return new StoredListing(id, seqNo, 1, doc);
    }

    @Test
    void nothingWrittenLeavesTheSearchAsItIs() {
        List<StoredListing> searched = List.of(listing("prg-1", 3, A, List.of(), List.of()));

        assertThat(new UnrefreshedWrites().over(searched, Set.of(), Set.of(A))).isSameAs(searched);
    }

    @Test
    void aWrittenDocumentStandsForTheVersionSearchedAndIsFoundByWhatItSaysNow() {
        UnrefreshedWrites writes = new UnrefreshedWrites();
        StoredListing movedToB = listing("prg-1", 7, B, List.of(A), List.of());
        StoredListing created = listing("prg-2", 8, B, List.of(), List.of(HUB));
        writes.add(movedToB);
        writes.add(created);
        List<StoredListing> searchedAtA = List.of(listing("prg-1", 3, A, List.of(), List.of()));

        // found by the page it moved from, at its new version; the new listing is not on page A
        assertThat(writes.over(searchedAtA, Set.of(), Set.of(A))).containsExactly(movedToB);
        // found by its new page, though the search still finds only its old version elsewhere
        assertThat(writes.over(List.of(), Set.of(), Set.of(B))).containsExactly(movedToB, created);
        assertThat(writes.over(List.of(), Set.of(), Set.of(HUB))).containsExactly(created);
        assertThat(writes.over(List.of(), Set.of("prg-2"), Set.of())).containsExactly(created);
    }

    @Test
    void aWrittenDocumentNoLongerFoundByAUrlIsLeftOut() {
        UnrefreshedWrites writes = new UnrefreshedWrites();
        writes.add(listing("prg-1", 7, B, List.of(), List.of()));
        StoredListing other = listing("prg-9", 2, A, List.of(), List.of());

        List<StoredListing> found = writes.over(List.of(listing("prg-1", 3, A, List.of(), List.of()), other), Set.of(), Set.of(A));

        assertThat(found).containsExactly(other);
    }
}

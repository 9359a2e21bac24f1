package org.imhfinder.indexer.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.imhfinder.schema.ListingState;

/**
 * The listings of a working set by the pages their states name (the pages that describe them,
 * or the pages they moved from), kept in step as their states change, so a page outcome finds
 * its listings without reading every listing of the batch.
 */
final class PageLookup {
    private final Function<ListingState, Set<String>> pagesOf;
    private final Map<String, List<Tracked>> byPage = new HashMap<>();

    /** {@code pagesOf}: the pages a state is found under (none for a listing without content). */
    PageLookup(Function<ListingState, Set<String>> pagesOf) {
        this.pagesOf = pagesOf;
    }

    void add(Tracked t) {
        pagesOf.apply(t.state()).forEach(page -> add(page, t));
    }

    void remove(Tracked t) {
        pagesOf.apply(t.state()).forEach(page -> remove(page, t));
    }

    /** {@code t}'s state was {@code before} and has changed: it moves to the pages its state names now. */
    void changed(Tracked t, ListingState before) {
        Set<String> was = pagesOf.apply(before);
        Set<String> now = pagesOf.apply(t.state());
        if (!was.equals(now)) {
            was.stream().filter(page -> !now.contains(page)).forEach(page -> remove(page, t));
            now.stream().filter(page -> !was.contains(page)).forEach(page -> add(page, t));
        }
    }

    /** The listings under {@code page}, in the order they joined the batch: a copy, since callers change them. */
    List<Tracked> under(String page) {
        List<Tracked> found = byPage.get(page);
        if (found == null) {
            return List.of();
        }
        List<Tracked> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparingInt(Tracked::order));
        return ordered;
    }

    private void add(String page, Tracked t) {
        byPage.computeIfAbsent(page, key -> new ArrayList<>(2)).add(t);
    }

    private void remove(String page, Tracked t) {
        List<Tracked> listed = byPage.get(page);
        if (listed != null && listed.remove(t) && listed.isEmpty()) {
            byPage.remove(page);
        }
    }
}

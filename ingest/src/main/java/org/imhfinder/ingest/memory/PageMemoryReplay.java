package org.imhfinder.ingest.memory;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageMemoryEntry;

/**
 * Replays the records of {@code imh.page-memory.v1}, read in order, into a {@link PageMemory}: the
 * latest entry of each URL that belongs to this instance's sources is restored. The last record
 * of a URL decides: a tombstone, a record this version cannot use (not JSON, another schema
 * version, a key that is not its URL, no check and no fetch time) or a page of another instance's source drops
 * what was restored before for that URL, so nothing older is ever taken for the page's current
 * state. Records go straight into the memory, one at a time: restoring a site costs no more heap
 * than remembering it.
 */
public final class PageMemoryReplay {
    private final PageMemory memory;
    private final Predicate<String> ownSource;
    /** Each URL restored so far, with the source it was restored for. */
    private final Map<String, String> restored = new HashMap<>();
    private int records;
    private int unusable;

    public PageMemoryReplay(PageMemory memory, Predicate<String> ownSource) {
        this.memory = memory;
        this.ownSource = ownSource;
    }

    /** One record: its key (the canonical URL) and value (null: a tombstone). */
    public void accept(String url, String value) {
        records++;
        if (url == null) {
            unusable++;
            return;
        }
        String before = restored.remove(url);
        if (before != null) {
            memory.discard(before, url);
        }
        if (value == null) {
            return;
        }
        PageMemoryEntry entry = usable(url, value);
        if (entry == null) {
            unusable++;
        } else if (ownSource.test(entry.sourceId())) {
            memory.restore(entry);
            restored.put(url, entry.sourceId());
        }
    }

    /** Pages restored (the memory may have forgotten the least recently written beyond its bound). */
    public int pages() {
        return restored.size();
    }

    /** Records read, tombstones included. */
    public int records() {
        return records;
    }

    /** Records that were not a page memory entry this version can use. */
    public int unusable() {
        return unusable;
    }

    private static PageMemoryEntry usable(String url, String value) {
        try {
            PageMemoryEntry entry = Json.read(value, PageMemoryEntry.class);
            boolean fits = entry.schemaVersion() == PageMemoryEntry.SCHEMA_VERSION && url.equals(entry.url())
                    && entry.sourceId() != null && !entry.checksOrFetch().isEmpty();
            return fits ? entry : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}

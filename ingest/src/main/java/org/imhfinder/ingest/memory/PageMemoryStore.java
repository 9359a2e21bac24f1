package org.imhfinder.ingest.memory;

import org.imhfinder.schema.PageMemoryEntry;

/**
 * Where the {@link PageMemory} is kept beyond one process: every page remembered is written, every
 * page forgotten removed, and a restarted ingest reads it back before it crawls. Writes may be
 * asynchronous and may fail: a page whose entry was lost is fetched in full once after a restart.
 */
public interface PageMemoryStore extends AutoCloseable {
    /** Keeps nothing: a restarted ingest fetches every page in full once. */
    PageMemoryStore NONE = new PageMemoryStore() {
        @Override
        public void put(PageMemoryEntry entry) {
        }

        @Override
        public void remove(String url) {
        }
    };

    void put(PageMemoryEntry entry);

    /** The page at this canonical URL is gone, has moved, or can no longer be asked about conditionally. */
    void remove(String url);

    @Override
    default void close() {
    }
}

package org.imhfinder.ingest.memory;

import java.lang.ref.WeakReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.BiConsumer;
import org.imhfinder.schema.PageCheck;
import org.imhfinder.schema.PageMemoryEntry;

/**
 * What the crawler remembers of each page it fetched, per source: the validators of its last 200
 * (ETag, Last-Modified) for a conditional GET, the links it had, a digest of its text, its latest
 * checks and its sitemap's lastmod. A page that did not change answers 304 and costs the site (and
 * the pipeline) almost nothing, yet its links are still followed from memory, so an incremental
 * crawl reaches as far as a full one; and its checks are what its re-check schedule is made from
 * ({@link PageFacts}). Only the links in the source's scope are kept, at most
 * {@value PageMemoryEntry#MAX_LINKS} a page; least recently used pages are forgotten beyond
 * {@code maxEntries} (and then fetched in full again).
 *
 * <p>Most of a site's links are to its own pages, and every page repeats its menus: each link's
 * text is kept once and shared by the pages that have it (and dropped when none has it any more),
 * so a page costs about the references to its links, not their text (measured: under 1 KB a page
 * with 60 links, against 6.7 KB with each page's links kept as text). Checks are kept as one
 * {@code long} each.
 *
 * <p>Every change is also written to a {@link PageMemoryStore}, and a restarted ingest
 * {@linkplain #restore restores} what was written there before it crawls, so that its first crawl
 * asks conditionally too instead of fetching every page again, and every page keeps its schedule.
 */
public final class PageMemory {
    private static final PageCheck.Result[] RESULTS = PageCheck.Result.values();

    private final Map<String, Entry> entries;
    private final Map<String, WeakReference<String>> shared = new WeakHashMap<>();
    private final PageMemoryStore store;
    private volatile BiConsumer<String, String> changes = (sourceId, url) -> { };

    /**
     * One page: validators (null when it sends none, or was cut), in-scope links, digest of its text,
     * checks (epoch milliseconds shifted left by two, the result's ordinal in the low bits, oldest
     * first), sitemap lastmod, and the facts its schedule reads.
     */
    private record Entry(String etag, String lastModified, String[] links, String digest, long[] checks, Instant lastmod,
                         Instant fetchedAt, PageFacts facts) {
    }

    public PageMemory(int maxEntries, PageMemoryStore store) {
        this.store = store;
        this.entries = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /**
     * Tells {@code listener} the source and URL of every page whose facts change (checked, restored,
     * given a lastmod, forgotten), as it happens: it must not call back into the memory.
     */
    public void onChange(BiConsumer<String, String> listener) {
        this.changes = listener;
    }

    /** The request headers of a conditional GET for this URL ({@code If-None-Match}, {@code If-Modified-Since}), or none. */
    public synchronized Map<String, String> conditionalHeaders(String sourceId, String url) {
        Entry entry = entries.get(key(sourceId, url));
        return entry == null ? Map.of() : new Validators(entry.etag(), entry.lastModified()).conditionalHeaders();
    }

    /** The links the page had when it was last fetched in full. */
    public synchronized List<String> links(String sourceId, String url) {
        Entry entry = entries.get(key(sourceId, url));
        return entry == null ? List.of() : List.of(entry.links());
    }

    /** True when the page has been checked before (it has a schedule). */
    public synchronized boolean knows(String sourceId, String url) {
        return entries.containsKey(key(sourceId, url));
    }

    /** What the page's schedule reads, or null for a page not checked before. */
    public synchronized PageFacts facts(String sourceId, String url) {
        Entry entry = entries.get(key(sourceId, url));
        return entry == null ? null : entry.facts();
    }

    /** The facts of every page remembered now. */
    public synchronized List<PageFacts> facts() {
        List<PageFacts> all = new ArrayList<>(entries.size());
        entries.values().forEach(e -> all.add(e.facts()));
        return all;
    }

    /** Hands each check made at or after {@code since} to {@code each}, with its page's host. */
    public synchronized void checksSince(Instant since, BiConsumer<String, Instant> each) {
        long from = since.toEpochMilli();
        for (Entry entry : entries.values()) {
            for (long check : entry.checks()) {
                if ((check >> 2) >= from) {
                    each.accept(entry.facts().host(), Instant.ofEpochMilli(check >> 2));
                }
            }
        }
    }

    /**
     * Remembers a page fetched in full, once its page event is published (a page normalize never
     * got must not be answered 304 next time): its validators (none when it sends none or its body
     * was cut: it is then asked in full), its in-scope links and the digest of its text, with the
     * check: a change when the digest differs from the last one, a first check when there is none to
     * compare with. Returns what the check found.
     */
    public PageCheck.Result fetchedInFull(String sourceId, String url, Validators validators, List<String> links,
                                          String digest, Instant at) {
        PageMemoryEntry entry;
        PageCheck.Result result;
        synchronized (this) {
            Entry before = entries.get(key(sourceId, url));
            result = before == null || before.digest() == null || digest == null ? PageCheck.Result.FIRST
                    : before.digest().equals(digest) ? PageCheck.Result.UNCHANGED : PageCheck.Result.CHANGED;
            Validators kept = validators == null ? new Validators(null, null) : validators;
            entry = new PageMemoryEntry(PageMemoryEntry.SCHEMA_VERSION, url, sourceId, kept.etag(), kept.lastModified(),
                    bounded(links), at, digest, withCheck(before, at, result), before == null ? null : before.lastmod());
            restore(entry);
        }
        store.put(entry);
        return result;
    }

    /** Remembers a page fetched in full whose text was not digested: a first check. */
    public void remember(String sourceId, String url, Validators validators, List<String> links, Instant fetchedAt) {
        fetchedInFull(sourceId, url, validators, links, null, fetchedAt);
    }

    /** The page answered 304: an unchanged check. */
    public void notModified(String sourceId, String url, Instant at) {
        check(sourceId, url, at, PageCheck.Result.UNCHANGED);
    }

    /** The page could not be checked (an error after retries): a failed check, nothing learnt of its changes. */
    public void failed(String sourceId, String url, Instant at) {
        check(sourceId, url, at, PageCheck.Result.FAILED);
    }

    /** A sitemap gave the page this {@code <lastmod>}: kept when later than what was known. */
    public void lastmod(String sourceId, String url, Instant lastmod) {
        PageMemoryEntry entry;
        synchronized (this) {
            Entry before = entries.get(key(sourceId, url));
            if (before == null || lastmod == null || before.lastmod() != null && !lastmod.isAfter(before.lastmod())) {
                return;
            }
            entry = toEntry(sourceId, url, before, decode(before.checks()), lastmod);
            restore(entry);
        }
        store.put(entry);
    }

    private void check(String sourceId, String url, Instant at, PageCheck.Result result) {
        PageMemoryEntry entry;
        synchronized (this) {
            Entry before = entries.get(key(sourceId, url));
            if (before == null) {
                return; // a page never checked in full has nothing to compare with
            }
            entry = toEntry(sourceId, url, before, withCheck(before, at, result), before.lastmod());
            restore(entry);
        }
        store.put(entry);
    }

    /** Forgets a page that is gone or has moved, here and in the store. */
    public void forget(String sourceId, String url) {
        discard(sourceId, url);
        store.remove(url);
    }

    /** Takes a page remembered before (read back from the store at start) into memory, without writing it again. */
    public synchronized void restore(PageMemoryEntry entry) {
        List<PageCheck> checks = entry.checksOrFetch();
        if (checks.isEmpty()) {
            return;
        }
        List<String> links = bounded(entry.links());
        String[] kept = new String[links.size()];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = share(links.get(i));
        }
        entries.put(key(entry.sourceId(), entry.url()), new Entry(entry.etag(), share(entry.lastModified()), kept,
                entry.digest(), encode(checks), entry.lastmod(), entry.fetchedAt(),
                PageFacts.of(entry.sourceId(), entry.url(), checks, entry.lastmod())));
        changes.accept(entry.sourceId(), entry.url());
    }

    /** Drops a page from memory only: the store already says it is not there (read back at start). */
    public synchronized void discard(String sourceId, String url) {
        if (entries.remove(key(sourceId, url)) != null) {
            changes.accept(sourceId, url);
        }
    }

    /** How many pages are remembered now. */
    public synchronized int size() {
        return entries.size();
    }

    private static PageMemoryEntry toEntry(String sourceId, String url, Entry entry, List<PageCheck> checks, Instant lastmod) {
        return new PageMemoryEntry(PageMemoryEntry.SCHEMA_VERSION, url, sourceId, entry.etag(), entry.lastModified(),
                List.of(entry.links()), entry.fetchedAt(), entry.digest(), checks, lastmod);
    }

    /** The entry's checks and this one, the oldest dropped beyond {@value PageMemoryEntry#MAX_CHECKS}. */
    private static List<PageCheck> withCheck(Entry before, Instant at, PageCheck.Result result) {
        List<PageCheck> checks = new ArrayList<>(before == null ? List.of() : decode(before.checks()));
        checks.add(new PageCheck(at, result));
        return checks.size() > PageMemoryEntry.MAX_CHECKS
                ? List.copyOf(checks.subList(checks.size() - PageMemoryEntry.MAX_CHECKS, checks.size())) : checks;
    }

    private static long[] encode(List<PageCheck> checks) {
        long[] encoded = new long[checks.size()];
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = checks.get(i).at().toEpochMilli() << 2 | checks.get(i).result().ordinal();
        }
        return encoded;
    }

    private static List<PageCheck> decode(long[] checks) {
        List<PageCheck> decoded = new ArrayList<>(checks.length);
        for (long check : checks) {
            decoded.add(new PageCheck(Instant.ofEpochMilli(check >> 2), RESULTS[(int) (check & 3)]));
        }
        return decoded;
    }

    /** The one copy of this text the memory keeps; held only as long as a remembered page holds it. */
    private String share(String text) {
        if (text == null) {
            return null;
        }
        WeakReference<String> known = shared.get(text);
        String kept = known == null ? null : known.get();
        if (kept == null) {
            shared.put(text, new WeakReference<>(text));
            kept = text;
        }
        return kept;
    }

    private static List<String> bounded(List<String> links) {
        return links.size() > PageMemoryEntry.MAX_LINKS ? links.subList(0, PageMemoryEntry.MAX_LINKS) : links;
    }

    private static String key(String sourceId, String url) {
        return sourceId + " " + url;
    }

    /** The validators of a 200 answer: its {@code ETag} and {@code Last-Modified} headers (either may be absent). */
    public record Validators(String etag, String lastModified) {
        /** RFC 9110 section 13.1: If-None-Match carries the entity tag, If-Modified-Since the date. */
        Map<String, String> conditionalHeaders() {
            Map<String, String> headers = new LinkedHashMap<>();
            if (etag != null) {
                headers.put("If-None-Match", etag);
            }
            if (lastModified != null) {
                headers.put("If-Modified-Since", lastModified);
            }
            return Map.copyOf(headers);
        }
    }
}

package org.imhfinder.ingest.recheck;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.RecheckHint;

/**
 * The hints of this instance's sources' listings ({@code imh.recheck-hints.v1}), by the page that
 * is each listing's own: what a page's plan needs to know of its listings. The latest hint of a
 * program wins (the topic is read in order); a tombstone, a hint this version cannot read or one
 * of another instance's source drops what was known of the program. Each page has a revision that
 * moves whenever its hints do, so a plan computed from them is known to be current.
 */
public final class RecheckHints {
    private final Predicate<String> ownSource;
    private final Map<String, RecheckHint> byProgram = new HashMap<>();
    private final Map<String, Map<String, RecheckHint>> byPage = new HashMap<>();
    private final Map<String, Long> revisions = new HashMap<>();
    private long revision;
    private int records;
    private volatile Consumer<String> changes = url -> { };

    public RecheckHints(Predicate<String> ownSource) {
        this.ownSource = ownSource;
    }

    /** Tells {@code listener} the page of every change of hints, as it happens: it must not call back. */
    public void onChange(Consumer<String> listener) {
        this.changes = listener;
    }

    /** One record of the topic: its key (program id) and value (null: a tombstone). */
    public void accept(String programId, String value) {
        RecheckHint hint = null;
        if (value != null) {
            try {
                hint = Json.read(value, RecheckHint.class);
            } catch (RuntimeException unreadable) {
                hint = null;
            }
        }
        boolean usable = hint != null && hint.schemaVersion() == RecheckHint.SCHEMA_VERSION && programId != null
                && programId.equals(hint.programId()) && hint.sourceUrl() != null;
        put(programId, usable ? hint : null);
    }

    /** Takes a program's latest hint (null: it has none). */
    public synchronized void put(String programId, RecheckHint hint) {
        records++;
        RecheckHint before = programId == null ? null : byProgram.remove(programId);
        if (before != null) {
            Map<String, RecheckHint> onPage = byPage.get(before.sourceUrl());
            onPage.remove(programId);
            if (onPage.isEmpty()) {
                byPage.remove(before.sourceUrl());
                revisions.remove(before.sourceUrl()); // back to "none": a plan made with hints no longer matches
            } else {
                revisions.put(before.sourceUrl(), ++revision);
            }
            changes.accept(before.sourceUrl());
        }
        if (hint != null && ownSource.test(hint.sourceId())) {
            byProgram.put(programId, hint);
            byPage.computeIfAbsent(hint.sourceUrl(), url -> new HashMap<>()).put(programId, hint);
            revisions.put(hint.sourceUrl(), ++revision);
            changes.accept(hint.sourceUrl());
        }
    }

    /** The hints of the listings whose own page is {@code url}. */
    public synchronized List<RecheckHint> forPage(String url) {
        Map<String, RecheckHint> onPage = byPage.get(url);
        return onPage == null ? List.of() : List.copyOf(onPage.values());
    }

    /** Moves whenever the page's hints change (0: it never had any). */
    public synchronized long revision(String url) {
        return revisions.getOrDefault(url, 0L);
    }

    /** Listings whose hints are kept. */
    public synchronized int size() {
        return byProgram.size();
    }

    /** Records taken so far. */
    public synchronized int records() {
        return records;
    }
}

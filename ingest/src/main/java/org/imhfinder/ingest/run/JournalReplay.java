package org.imhfinder.ingest.run;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imhfinder.schema.CrawlCounts;
import org.imhfinder.schema.FrontierEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's frontier journal read back after a restart: each source's queue and counts restored from
 * its entries, and the tasks queued but never finished, to be queued again.
 */
final class JournalReplay {
    private static final Logger LOG = LoggerFactory.getLogger(JournalReplay.class);

    private JournalReplay() {
    }

    /** Restores {@code run}'s sources from the journal; the entries of tasks still to do, in journal order. */
    static Map<String, FrontierEntry> replay(CrawlRunState run, List<FrontierEntry> journaled) {
        Map<String, FrontierEntry> open = new LinkedHashMap<>();
        for (FrontierEntry entry : journaled) {
            SourceRun source = run.source(entry.sourceId());
            if (source != null) {
                replay(source, entry, open);
            }
        }
        return open;
    }

    /** The counts no journal entry replays: links found out of scope. */
    static CrawlCounts unjournaled(CrawlCounts published) {
        return new CrawlCounts(0, 0, 0, 0, 0, 0, 0, published.outOfScope(), 0);
    }

    private static void replay(SourceRun source, FrontierEntry entry, Map<String, FrontierEntry> open) {
        String task = entry.kind() + " " + entry.url();
        if (entry.event() == FrontierEntry.Event.QUEUED) {
            open.put(entry.sourceId() + " " + task, entry);
            source.restoreQueued(entry.kind(), URI.create(entry.url()));
        } else if (open.remove(entry.sourceId() + " " + task) != null && entry.outcome() != null) {
            try {
                source.count(SourceRun.Outcome.valueOf(entry.outcome()));
            } catch (IllegalArgumentException unknown) {
                LOG.debug("journal outcome {} not known here; not counted", entry.outcome());
            }
        }
    }
}

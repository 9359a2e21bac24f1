package org.imhfinder.ingest.recheck;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imhfinder.ingest.run.TopicSnapshot;
import org.imhfinder.schema.FrontierEntry;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.Topics;
import org.imhfinder.sources.SourceDefinition;

/**
 * The sitemap requests of the last 24 hours, for a restart's {@link HostBudget}: the budget counts
 * pages and sitemaps, and the page memory keeps only the pages' checks, so without these a restarted
 * instance (or one taking over a host after {@code IMH_INGEST_INSTANCES} changed) would ask a host
 * for as many more requests as it read sitemaps that day. They are read from the frontier's journal
 * ({@code imh.frontier.v1}), where every sitemap task a published run finished is written down
 * (re-check runs read no sitemaps). A sitemap the budget refused is journaled alike and counted
 * too: the window errs towards asking less, never more.
 */
public final class JournaledSitemaps {
    private final Set<String> sourceIds;
    private final HostBudget budget;
    private int restored;

    /** @param sourceIds this instance's sources: only their hosts' budgets are this instance's */
    public JournaledSitemaps(Set<String> sourceIds, HostBudget budget) {
        this.sourceIds = sourceIds;
        this.budget = budget;
    }

    /** Reads the journal from {@code since} to its end and counts the sitemaps; how many were. */
    public static int restore(String bootstrap, Set<String> sourceIds, HostBudget budget, Instant since, Duration timeout) {
        JournaledSitemaps sitemaps = new JournaledSitemaps(sourceIds, budget);
        TopicSnapshot.scanSince(bootstrap, Topics.FRONTIER, since, timeout,
                (ConsumerRecord<String, String> r) -> sitemaps.count(r.value(), Instant.ofEpochMilli(r.timestamp())));
        return sitemaps.restored;
    }

    /** One journal line written at {@code at}: a finished sitemap of one of these sources counts. */
    void count(String value, Instant at) {
        FrontierEntry entry = value == null ? null : parse(value);
        if (entry != null && entry.event() == FrontierEntry.Event.DONE && "SITEMAP".equals(entry.kind())
                && sourceIds.contains(entry.sourceId()) && entry.url() != null) {
            budget.restore(SourceDefinition.authorityOf(URI.create(entry.url())), at);
            restored++;
        }
    }

    int restored() {
        return restored;
    }

    private static FrontierEntry parse(String value) {
        try {
            return Json.read(value, FrontierEntry.class);
        } catch (RuntimeException unreadable) {
            return null; // a line this version cannot read is not history it can use
        }
    }
}

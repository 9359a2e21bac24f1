package org.imhfinder.ingest.memory;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.imhfinder.schema.PageCheck;
import org.imhfinder.schema.PageMemoryEntry;
import org.imhfinder.sources.SourceDefinition;

/**
 * What the crawler knows of one page's history, as its re-check schedule needs it: when it was last asked
 * (whatever the answer), last answered, last seen changed, how often it changes (estimated from
 * its checks, see {@link ChangeRate}), and the latest {@code <lastmod>} its sitemap gave. Built
 * the same way in ingest (from its page memory) and in {@code imh status} (from
 * {@code imh.page-memory.v1}), so both plan alike.
 *
 * @param host the page's host as politeness counts it ({@code host[:port]})
 * @param habit its beat, when it changes on one ({@link ChangeHabit}; null otherwise)
 * @param observations checks compared with the one before (changed or unchanged)
 * @param changes of those, how many found a change
 */
public record PageFacts(String sourceId, String url, String host, Instant lastAttemptAt, Instant lastSuccessAt,
                        Instant lastChangeAt, double ratePerDay, ChangeHabit habit, Instant lastmod, int observations,
                        int changes) {

    /** The facts of a page with these checks (oldest first) and sitemap lastmod. */
    public static PageFacts of(String sourceId, String url, List<PageCheck> checks, Instant lastmod) {
        Instant attempt = null;
        Instant success = null;
        Instant change = null;
        int observations = 0;
        int changes = 0;
        for (PageCheck check : checks) {
            attempt = check.at();
            if (check.result() != PageCheck.Result.FAILED) {
                success = check.at();
            }
            if (check.result() == PageCheck.Result.CHANGED || check.result() == PageCheck.Result.UNCHANGED) {
                observations++;
            }
            if (check.result() == PageCheck.Result.CHANGED) {
                change = check.at();
                changes++;
            }
        }
        return new PageFacts(sourceId, url, hostOf(url), attempt, success, change, ChangeRate.perDay(checks),
                ChangeHabit.of(checks), lastmod, observations, changes);
    }

    /** The facts of a page as its memory entry has them. */
    public static PageFacts of(PageMemoryEntry entry) {
        return of(entry.sourceId(), entry.url(), entry.checksOrFetch(), entry.lastmod());
    }

    /** When the change-rate clock runs from: the last answer, else the last attempt. */
    public Instant since() {
        return lastSuccessAt != null ? lastSuccessAt : lastAttemptAt;
    }

    private static String hostOf(String url) {
        try {
            return SourceDefinition.authorityOf(URI.create(url));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}

package org.imhfinder.ingest.recheck;

import java.time.Duration;
import java.util.List;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.imhfinder.sources.SourceDefinition;

/**
 * The settings of the re-check schedule (see the README, "The crawler"): how often ingest looks for
 * due pages, the default bounds of a page's interval, what a change-rate check must be worth, and
 * each host's daily request budget. The domain's own moments are fixed here, each with why.
 *
 * @param every how often due pages are looked for ({@code IMH_RECHECK_EVERY})
 * @param minInterval shortest interval of a change-rate check ({@code IMH_RECHECK_MIN_INTERVAL})
 * @param maxInterval longest a page goes unchecked ({@code IMH_RECHECK_MAX_INTERVAL})
 * @param minGain what a change-rate check must be worth ({@code IMH_RECHECK_MIN_GAIN})
 * @param budget requests for pages and sitemaps a host gets in any 24 hours ({@code IMH_CRAWL_BUDGET})
 */
public record RecheckPolicy(Duration every, Duration minInterval, Duration maxInterval, Duration minGain, int budget) {
    /**
     * Before a deadline: three days before (an extension is usually announced days ahead: show it
     * early), and half a day before the day itself, so a change announced at least a day ahead is
     * indexed before the day it matters on.
     */
    public static final List<Duration> BEFORE_DEADLINE = List.of(Duration.ofDays(3), Duration.ofHours(12));
    /**
     * After a deadline: the day after (cohort pages post the next date, or close), then weekly through
     * the month after (providers post the next cohort's date within weeks). Each only while the
     * listing still shows the passed deadline: once its page shows the next one, its hint does too.
     */
    public static final List<Duration> AFTER_DEADLINE = List.of(Duration.ofHours(36), Duration.ofDays(8),
            Duration.ofDays(15), Duration.ofDays(22), Duration.ofDays(29));
    /**
     * A moment's check counts as made by any check at most this long before it: the check half a
     * day before a deadline is made by any check in the day before it.
     */
    public static final Duration SLACK = Duration.ofHours(11);
    /** How long before a listing turns AGING its page is checked: room for a busy budget and the pipeline's delay. */
    public static final Duration AGING_MARGIN = Duration.ofDays(2);
    /** A flagged listing's page is looked at again this long after the fetch that flagged it (a page caught mid-edit). */
    public static final Duration FLAGGED_AFTER = Duration.ofDays(1);
    /**
     * Change-rate checks use at most this share of a host's budget, so the checks a listing's deadline,
     * aging or flags ask for always find room.
     */
    public static final double RATE_SHARE = 0.8;

    public RecheckPolicy {
        if (minInterval.compareTo(maxInterval) > 0) {
            throw new IllegalArgumentException("minInterval " + minInterval + " is longer than maxInterval " + maxInterval);
        }
    }

    public static RecheckPolicy from(Settings settings) {
        return new RecheckPolicy(settings.get(ConfigKeys.RECHECK_EVERY), settings.get(ConfigKeys.RECHECK_MIN_INTERVAL),
                settings.get(ConfigKeys.RECHECK_MAX_INTERVAL), settings.get(ConfigKeys.RECHECK_MIN_GAIN),
                settings.get(ConfigKeys.CRAWL_BUDGET));
    }

    /** The budget of change-rate checks: {@link #RATE_SHARE} of the host's. */
    public int rateBudget() {
        return (int) Math.floor(budget * RATE_SHARE);
    }

    /**
     * A source's bounds: its own {@code minInterval} and {@code maxInterval} or the defaults; a
     * schedule shorter than the longest interval is the longest interval (a weekly source has every
     * page checked at least weekly).
     */
    public Bounds bounds(SourceDefinition source) {
        Duration max = source.maxInterval() != null ? source.maxInterval() : maxInterval;
        Duration schedule = source.schedule() == null ? null
                : source.schedule().interval(java.time.Instant.now()).orElse(null);
        if (schedule != null && schedule.compareTo(max) < 0) {
            max = schedule;
        }
        Duration min = source.minInterval() != null ? source.minInterval() : minInterval;
        return new Bounds(min.compareTo(max) > 0 ? max : min, max);
    }

    /** The interval bounds of one source's pages. */
    public record Bounds(Duration min, Duration max) {
    }
}

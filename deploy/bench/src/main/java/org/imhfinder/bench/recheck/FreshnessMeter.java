package org.imhfinder.bench.recheck;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures an index against the live web, sampled every hour of the simulated span, over the
 * listings (hubs are not listings):
 * <ul>
 * <li>stale share: the time-averaged share of listings whose indexed version is not the live one;</li>
 * <li>mean age of a stale fact: over the stale samples, how long the live page had differed from the
 *     indexed one (since its first change after the indexed version);</li>
 * <li>AGING share: the share of listing-hours at least {@code agingAfter} after their last confirmation;</li>
 * <li>deadlines shown wrong on their day: of the days on which a deadline mattered (the live page's
 *     deadline, or the deadline the index showed, was that day), those on which the index showed
 *     another deadline than the live page at some hour; and of those, the ones where the live page
 *     had announced its deadline at least a day before that day began.</li>
 * </ul>
 */
final class FreshnessMeter {
    private final List<SimPage> pages;
    private final long agingAfter;
    private long samples;
    private long stale;
    private double staleAgeMillis;
    private long aging;
    private final long[] samplesBy = new long[ChangeProcess.values().length];
    private final long[] staleBy = new long[ChangeProcess.values().length];
    /** Per deadline day of a page ({@code page id * 2^32 + epoch day}): 0 right, 1 wrong, 2 wrong though announced a day ahead. */
    private final Map<Long, Integer> deadlineDays = new HashMap<>();

    FreshnessMeter(List<SimPage> pages, long agingAfter) {
        this.pages = pages;
        this.agingAfter = agingAfter;
    }

    void sample(long t, SimIndex index) {
        LocalDate today = LocalDate.ofEpochDay(Math.floorDiv(t, SimWeb.DAY));
        for (SimPage page : pages) {
            if (!page.listing()) {
                continue;
            }
            int live = page.versionAt(t);
            int shown = index.version[page.id];
            samples++;
            samplesBy[page.process.ordinal()]++;
            if (live != shown) {
                stale++;
                staleBy[page.process.ordinal()]++;
                staleAgeMillis += t - page.since(shown + 1);
            }
            if (t - index.confirmedAt[page.id] >= agingAfter) {
                aging++;
            }
            deadline(page, today, page.deadline(live), page.deadline(shown), live);
        }
    }

    private void deadline(SimPage page, LocalDate today, LocalDate live, LocalDate shown, int liveVersion) {
        if (!today.equals(live) && !today.equals(shown)) {
            return;
        }
        long key = (long) page.id << 32 | today.toEpochDay();
        int verdict = 0;
        if (!java.util.Objects.equals(live, shown)) {
            boolean ahead = page.deadlineSince(liveVersion) <= today.toEpochDay() * SimWeb.DAY - SimWeb.DAY;
            verdict = ahead ? 2 : 1;
        }
        deadlineDays.merge(key, verdict, Math::max);
    }

    /** What the meter found. */
    record Result(double staleShare, double meanStaleAgeDays, double agingShare, int deadlineDays, int deadlinesWrong,
                  int deadlinesWrongAnnouncedAhead, Map<ChangeProcess, Double> staleShareBy) {
    }

    Result result() {
        int wrong = (int) deadlineDays.values().stream().filter(v -> v > 0).count();
        int ahead = (int) deadlineDays.values().stream().filter(v -> v == 2).count();
        Map<ChangeProcess, Double> by = new java.util.EnumMap<>(ChangeProcess.class);
        for (ChangeProcess process : ChangeProcess.values()) {
            if (samplesBy[process.ordinal()] > 0) {
                by.put(process, (double) staleBy[process.ordinal()] / samplesBy[process.ordinal()]);
            }
        }
        return new Result(samples == 0 ? 0 : (double) stale / samples,
                stale == 0 ? 0 : staleAgeMillis / stale / SimWeb.DAY,
                samples == 0 ? 0 : (double) aging / samples, deadlineDays.size(), wrong, ahead, by);
    }
}

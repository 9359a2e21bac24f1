package org.imhfinder.bench.recheck;

/**
 * How a simulated page changes. The mix follows the providers this directory lists: associations'
 * Endorsement requirements change once in years; universities post next year's cost and dates once
 * a year; training calendars change monthly; cohort pages change around their application
 * deadlines (an extension announced days ahead, the next cohort's date some days or weeks after the
 * deadline); a few pages of upcoming sessions change every week or so; hubs (lists of programs, not
 * programs) change now and then.
 */
enum ChangeProcess {
    /** Requirements, guidelines: a Poisson process, once in one to three years. */
    RARE,
    /** A program page updated for the next academic year: once a year around the same date, and a rare edit. */
    YEARLY,
    /** A training calendar: every 30 days or so (±4), at its own phase. */
    MONTHLY,
    /** A cohort's application page: deadlines, extensions, the next cohort's date; and a rare edit. */
    DEADLINE,
    /** Upcoming information sessions and the like: a Poisson process, every ten days. */
    WEEKLY,
    /** A hub linking programs: a Poisson process, every 90 days; not a listing. */
    HUB
}

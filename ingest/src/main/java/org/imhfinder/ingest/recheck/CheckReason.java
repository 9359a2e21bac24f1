package org.imhfinder.ingest.recheck;

import java.util.Locale;

/**
 * Why a page is checked (or due): what operators see in {@code imh status --source} and what the
 * checks are counted by ({@code imh_crawl_checks_total{reason}}). In the order a host's budget
 * serves them when it cannot serve all (and a tie of due times is broken).
 */
public enum CheckReason {
    /** An operator asked for a crawl: every page is checked. */
    REQUESTED("requested"),
    /** A page the crawler has not checked before: a new link, a sitemap entry, a seed. */
    NEW("new page"),
    /** The day before (and a few days before) a listing's application deadline. */
    DEADLINE_BEFORE("deadline"),
    /** A listing would turn AGING before its page is next checked for its change rate. */
    AGING("aging"),
    /** Shortly after a listing's deadline passed, when providers post the next date. */
    DEADLINE_AFTER("deadline passed"),
    /** The site's sitemap says the page changed after its last check. */
    LASTMOD("sitemap lastmod"),
    /** The longest a page of its source may go unchecked. */
    MAX_INTERVAL("max interval"),
    /** A listing flagged CONTENT_CHANGED or EXTRACTION_DEGRADED: a second look a day later, when the budget allows. */
    FLAGGED("flagged"),
    /** Its estimated change rate makes a check now worth a request. */
    CHANGE_RATE("change rate");

    private final String label;

    CheckReason(String label) {
        this.label = label;
    }

    /** As operators read it. */
    public String label() {
        return label;
    }

    /** As a metric tag: {@code change_rate}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reasons a listing's dates or its source's bounds impose: served before the checks that compete
     * on their gain (change rate, flags), in this order, then by due time.
     */
    public boolean mandatory() {
        return this != CHANGE_RATE && this != FLAGGED;
    }
}

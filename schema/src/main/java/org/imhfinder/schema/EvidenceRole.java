package org.imhfinder.schema;

/**
 * How the page a listing was extracted from describes the program: the evidence's trust when a
 * program is assembled from several pages ({@link EvidenceMerge}). A program described on its own
 * page and summarised on a hub or in a directory takes its values from its own page first.
 */
public enum EvidenceRole {
    /** A summary on a hub, a directory or a program finder that links to a page of the program's own. */
    SUMMARY(1),
    /**
     * The program's own page: a page about it alone, or a page of levels or sections (a table of
     * Endorsement levels) that is the most specific page the site has about it.
     */
    OWN_PAGE(2);

    private final int trust;

    EvidenceRole(int trust) {
        this.trust = trust;
    }

    /** Higher is more trusted. */
    public int trust() {
        return trust;
    }

    /** The role of a listing that does not say (written before roles existed): its own page. */
    public static EvidenceRole of(EvidenceRole role) {
        return role == null ? OWN_PAGE : role;
    }
}

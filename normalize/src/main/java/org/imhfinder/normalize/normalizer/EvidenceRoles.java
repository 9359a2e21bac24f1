package org.imhfinder.normalize.normalizer;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.imhfinder.normalize.detect.Candidate;
import org.imhfinder.normalize.page.Page;
import org.imhfinder.schema.EvidenceRole;
import org.jsoup.nodes.Element;

/**
 * Whether a page is a program's own page or a summary of it. A program found as one of several
 * blocks or rows of a page that links, from its own block, to another page of the same site for
 * it (its name as the link, or "learn more", "details", "read more") is summarised here and
 * described on that page: a hub, a directory or a program finder. Anything else is its own page:
 * a page about it alone, or a page of levels that is the most specific page the site has.
 */
final class EvidenceRoles {
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MORE = Pattern.compile(
            "\\b(learn|read|find out|see|view)\\s+more\\b|\\bmore (info|information|details)\\b|\\bdetails\\b"
                    + "|\\bprogram (page|overview)\\b|\\bview (program|certificate|requirements)\\b|\\brequirements\\b",
            Pattern.CASE_INSENSITIVE);

    private EvidenceRoles() {
    }

    static EvidenceRole of(Page page, Candidate candidate) {
        if (page.fromPdf() || candidate.kind() == Candidate.Kind.PAGE || candidate.kind() == Candidate.Kind.STRUCTURED
                || candidate.kind() == Candidate.Kind.DOCUMENT) {
            return EvidenceRole.OWN_PAGE;
        }
        for (Element scope : candidate.scope()) {
            for (Element link : scope.select("a[href]")) {
                if (pointsToItsPage(page, candidate, link)) {
                    return EvidenceRole.SUMMARY;
                }
            }
        }
        return EvidenceRole.OWN_PAGE;
    }

    private static boolean pointsToItsPage(Page page, Candidate candidate, Element link) {
        String target = link.absUrl("href");
        if (target.isEmpty() || !sameSiteOtherPage(page.url(), target) || target.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return false;
        }
        String text = link.text().trim();
        boolean namesIt = candidate.name() != null && !text.isEmpty()
                && normalized(candidate.name()).contains(normalized(text)) && text.length() >= 8;
        boolean isTheName = candidate.nameElement() != null
                && (candidate.nameElement() == link || link.parents().contains(candidate.nameElement())
                || candidate.nameElement().parents().contains(link));
        return isTheName || namesIt || MORE.matcher(text).find();
    }

    private static boolean sameSiteOtherPage(String page, String target) {
        try {
            URI from = URI.create(page);
            URI to = URI.create(target);
            if (to.getHost() == null || !to.getHost().equalsIgnoreCase(from.getHost())) {
                return false;
            }
            return !strip(from).equals(strip(to));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String strip(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        path = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String normalized(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}

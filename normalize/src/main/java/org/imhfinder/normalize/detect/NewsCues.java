package org.imhfinder.normalize.detect;

import java.util.regex.Pattern;
import org.imhfinder.normalize.page.Css;
import org.imhfinder.normalize.text.Literals;
import org.jsoup.nodes.Element;

/**
 * Signs that a page or block is news, a blog post or an event rather than a program: a
 * publication date or byline near its top, a {@code <time>} element that is not a "last updated"
 * stamp. A news post about a program is not a program.
 */
final class NewsCues {
    private static final String DATE = "(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2},? \\d{4}"
            + "|\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4})";
    private static final Pattern POSTED = Pattern.compile("(?i)\\b(posted|published|written|released)(?: on| by)?\\b.{0,40}" + DATE
            + "|\\bby [A-Z][\\w.]+(?: [A-Z][\\w.]+)*\\s*[\u00B7|,\u2022-]\\s*" + DATE);
    /** Words every match of {@link #POSTED} holds, one of them at least (besides a date's digits). */
    private static final Literals.Words POSTED_WORDS = Literals.words("posted", "published", "written", "released", "by ");
    private static final int TOP = 400;

    private NewsCues() {
    }

    static boolean isNews(Element scope, String text) {
        String top = text.length() > TOP ? text.substring(0, TOP) : text;
        if (Literals.hasDigits(top, 1) && POSTED_WORDS.in(top) && POSTED.matcher(top).find()) {
            return true;
        }
        for (Element time : scope.select(Css.of("time"))) {
            String label = (time.text() + " " + time.attr("itemprop") + " " + time.className()).toLowerCase(java.util.Locale.ROOT);
            if (!label.contains("updated") && !label.contains("modified") && !time.text().isBlank() && top.contains(time.text().trim())) {
                return true;
            }
        }
        return false;
    }
}

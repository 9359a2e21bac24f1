package org.imhfinder.normalize.detect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.imhfinder.normalize.fields.LevelReader;
import org.imhfinder.normalize.page.Css;
import org.imhfinder.normalize.page.Labelled;
import org.imhfinder.normalize.page.Page;
import org.jsoup.nodes.Element;

/**
 * Decides whether a page as a whole describes one program. Points for a heading that names a
 * program, for labelled requirements and stated facts, for schema.org program data; points off for
 * a heading about something else (renewal, FAQ, news..., or a question), for news cues, for a hub that only links
 * to level pages, and for an overview that names three or more levels. Precision matters more
 * than recall: a page needs {@value #THRESHOLD} points.
 */
public final class PageClassifier {
    static final int THRESHOLD = 5;
    private static final Set<String> DETAIL_GROUPS = Set.of("education", "eligibility", "training", "experience",
            "reflectiveSupervision", "exam", "delivery", "duration", "cost", "deadline", "credits", "curriculum", "audience");

    private final ProgramNames names;
    private final LevelReader levels;

    public PageClassifier(ProgramNames names, LevelReader levels) {
        this.names = names;
        this.levels = levels;
    }

    /** The verdict, with the points and the reasons behind them (for logs and tests). */
    public record Verdict(boolean program, int score, List<String> reasons) {
    }

    public Verdict classify(Page page, List<Labelled> labelled) {
        List<String> reasons = new ArrayList<>();
        String text = page.contentText();
        int score = heading(page, text, reasons);
        int fields = (int) labelled.stream().map(Labelled::group).filter(DETAIL_GROUPS::contains).distinct().count();
        score += note(Math.min(fields, 4), "labelled fields " + fields, reasons);
        score += note(Evidence.facts(text, 3), "stated facts", reasons);
        score += note(page.hasStructuredProgram() ? 5 : 0, "schema.org program", reasons);
        score += note(page.hasStructuredNews() || NewsCues.isNews(page.content(), text) ? -5 : 0, "news or event", reasons);
        score += note(fields < 2 && programLinks(page) >= 2 ? -3 : 0, "hub of links to programs", reasons);
        score += note(levels.all(text).size() >= 3 ? -3 : 0, "overview of several levels", reasons);
        score += note(ProgramCues.enrols(text) ? 1 : 0, "says how to join", reasons);
        score += note(ProgramCues.namesParticipants(text) ? 1 : 0, "names its participants", reasons);
        return new Verdict(score >= THRESHOLD, score, reasons);
    }

    private int heading(Page page, String text, List<String> reasons) {
        String heading = page.headingText();
        if (ProgramNames.isAboutSomethingElse(heading) || heading.trim().endsWith("?")) {
            return note(-4, "heading about something else: " + heading, reasons);
        }
        if (names.namesProgram(heading) || names.namesOffering(heading)) {
            return note(3, "heading names a program", reasons);
        }
        if (namedBySubheading(page)) {
            return note(3, "a subheading names the program", reasons);
        }
        if (names.namesLevelByNumber(heading) && names.mentionsProgram(text)) {
            return note(3, "heading names a level by its number", reasons);
        }
        if (names.namesLevel(page.title() == null ? "" : page.title())) {
            return note(3, "the title names a level", reasons);
        }
        if (ProgramCues.definedName(text).isPresent()) {
            return note(3, "the text says what the program is", reasons);
        }
        if (names.namesCredentialSystem(heading)) {
            return note(-3, "heading names the Endorsement, not one of its levels", reasons);
        }
        if (names.mentionsProgram(heading) || names.namesProgram(page.title() == null ? "" : page.title())) {
            return note(1, "heading or title mentions a program", reasons);
        }
        return 0;
    }

    /** The first subheading names a program (the page headed by a bare "Postdoctoral Fellowship" or "Endorsement"). */
    private boolean namedBySubheading(Page page) {
        return page.content().select(Css.of("h2, h3, h4")).stream().map(h -> h.text().trim())
                .filter(h -> !ProgramNames.isLabel(h)).anyMatch(h -> names.namesProgram(h) || names.namesOffering(h));
    }

    /** Distinct links on the page, to pages of the same site, whose text names a program. */
    private int programLinks(Page page) {
        Set<String> targets = new HashSet<>();
        String host = hostOf(page.url());
        for (Element link : page.content().select(Css.of("a[href]"))) {
            if (!names.namesProgram(link.text())) {
                continue; // most links name no program: their address is not resolved
            }
            String href = link.absUrl("href");
            if (!href.isEmpty() && host.equals(hostOf(href))) {
                targets.add(href);
            }
        }
        return targets.size();
    }

    private static String hostOf(String url) {
        try {
            String authority = java.net.URI.create(url).getRawAuthority();
            return authority == null ? "" : authority.toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static int note(int points, String reason, List<String> reasons) {
        if (points != 0) {
            reasons.add((points > 0 ? "+" : "") + points + " " + reason);
        }
        return points;
    }
}

package org.imhfinder.normalize.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.imhfinder.normalize.detect.Candidate;
import org.imhfinder.normalize.page.BlockText;
import org.imhfinder.normalize.page.Css;
import org.imhfinder.normalize.page.Labelled;
import org.imhfinder.normalize.page.Page;
import org.imhfinder.normalize.text.Clauses;
import org.jsoup.nodes.Element;

/**
 * The texts generic extraction reads for one program: all of its part of the page, its prose
 * paragraphs (the description), the text topics are read from (without the requirement values,
 * where "reflective supervision" is a requirement, not a subject) and the text components are
 * read from (without any labelled value, which is read by its label).
 */
final class CandidateText {
    private static final Set<String> REQUIREMENT_GROUPS = Set.of("education", "eligibility", "experience",
            "reflectiveSupervision", "exam");
    /** Groups whose values generic extraction reads by their label, components included. */
    private static final Set<String> READ_BY_LABEL = Set.of("education", "eligibility", "experience", "reflectiveSupervision",
            "exam", "training", "curriculum", "credits");
    private static final Pattern LABEL_LINE = Pattern.compile("^[A-Z][\\w /&'\u2019()-]{1,50}:\\s");
    private static final int MIN_PROSE = 30;
    private static final int MAX_DESCRIPTION = 600;

    final String all;
    final String topicText;
    final String componentText;
    final List<String> prose;

    private CandidateText(String all, String topicText, String componentText, List<String> prose) {
        this.all = all;
        this.topicText = topicText;
        this.componentText = componentText;
        this.prose = prose;
    }

    static CandidateText of(Page page, Candidate candidate) {
        StringBuilder text = new StringBuilder(candidate.name()).append('\n');
        if (candidate.kind() == Candidate.Kind.TABLE_ROW) {
            candidate.labelled().forEach(l -> text.append(l.label()).append(": ").append(l.value()).append('\n'));
        } else {
            // a program whose part of the page is the whole content (a page about one program) reads the page's own text
            candidate.scope().forEach(e -> text.append(e == page.content() ? page.contentText() : BlockText.of(e)).append('\n'));
        }
        String all = text.toString();
        Without topics = new Without(all);
        Without components = new Without(all);
        for (Labelled labelled : candidate.labelled()) {
            if (REQUIREMENT_GROUPS.contains(labelled.group()) || spansPrograms(labelled)) {
                topics.remove(labelled.value());
                topics.remove(labelled.label());
            }
            components.remove(labelled.label());
            if (READ_BY_LABEL.contains(labelled.group())) {
                components.remove(labelled.value());
            }
        }
        return new CandidateText(all, topics.toString(), components.toString(), prose(candidate));
    }

    /**
     * A text some parts are taken out of, each part's first occurrence (trimmed) made a line break, in place: a copy of
     * the whole text per label was an eighth of extraction's allocation. Copied once, at the first part found: a
     * program without labelled values (most) shares the one text.
     */
    private static final class Without {
        private final String text;
        private StringBuilder edited;

        Without(String text) {
            this.text = text;
        }

        void remove(String part) {
            String clean = part.trim();
            if (clean.isEmpty()) {
                return;
            }
            int at = edited == null ? text.indexOf(clean) : edited.indexOf(clean);
            if (at < 0) {
                return;
            }
            if (edited == null) {
                edited = new StringBuilder(text);
            }
            edited.replace(at, at + clean.length(), "\n");
        }

        @Override
        public String toString() {
            return edited == null ? text : edited.toString();
        }
    }

    /** The description: the first prose paragraphs, up to a few hundred characters. */
    String description() {
        StringBuilder out = new StringBuilder();
        for (String paragraph : prose) {
            if (out.length() > 0 && out.length() + paragraph.length() > MAX_DESCRIPTION) {
                break;
            }
            out.append(out.length() > 0 ? " " : "").append(paragraph);
        }
        String description = out.toString();
        return description.length() <= MAX_DESCRIPTION ? description
                : description.substring(0, description.lastIndexOf(' ', MAX_DESCRIPTION)) + "...";
    }

    private static List<String> prose(Candidate candidate) {
        List<String> paragraphs = new ArrayList<>();
        if (candidate.kind() == Candidate.Kind.TABLE_ROW) {
            return paragraphs;
        }
        for (Element root : candidate.scope()) {
            for (Element p : root.select(Css.of("p, div:not(:has(p, div, ul, ol, table, h1, h2, h3, h4, h5, h6))"))) {
                String text = Clauses.clean(p.text());
                if (text.length() >= MIN_PROSE && !LABEL_LINE.matcher(text).find() && !inLabelled(p, candidate) && !onlyLinks(p, text)
                        && !text.equals(candidate.name()) && paragraphs.stream().noneMatch(t -> t.contains(text) || text.contains(t))) {
                    paragraphs.add(text);
                }
            }
        }
        return paragraphs;
    }

    /**
     * A block that is only links or buttons ("Contact an Admission Advisor Request Information Apply Now", "Print-Friendly
     * Page (opens a new window)") is a site's calls to action or tools, not prose about the program.
     */
    private static boolean onlyLinks(Element block, String text) {
        int linked = 0;
        for (Element link : block.select(Css.of("a, button"))) {
            if (link.parents().stream().noneMatch(p -> p.normalName().equals("a") || p.normalName().equals("button"))) {
                linked += letters(link.text());
            }
        }
        return linked > 0 && linked * 10 >= letters(text) * 9;
    }

    /** Letters and digits only: the separators between links ("A | B | C") are no prose either. */
    private static int letters(String text) {
        int letters = 0; // what is left of the text once every character but \p{L} and \p{N} is taken out, counted in place
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            if (Character.isLetter(c) || isNumber(c)) {
                letters += n;
            }
            i += n;
        }
        return letters;
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** A table cell spanning several programs' columns or rows states what they share, not a subject of one program. */
    private static boolean spansPrograms(Labelled labelled) {
        Element cell = labelled.element();
        return cell != null && (cell.normalName().equals("td") || cell.normalName().equals("th"))
                && (span(cell, "colspan") > 1 || span(cell, "rowspan") > 1);
    }

    private static int span(Element cell, String attribute) {
        try {
            return Integer.parseInt(cell.attr(attribute).trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static boolean inLabelled(Element element, Candidate candidate) {
        for (Labelled labelled : candidate.labelled()) {
            for (Element p = element; p != null; p = p.parent()) {
                if (p == labelled.element()) {
                    return true;
                }
            }
        }
        return false;
    }
}

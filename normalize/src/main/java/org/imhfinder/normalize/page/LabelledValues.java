package org.imhfinder.normalize.page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imhfinder.normalize.text.Clauses;
import org.imhfinder.normalize.text.Literals;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the labelled values in part of a page, whatever markup carries them: definition lists,
 * two-column tables, accordions (ARIA buttons and panels, details/summary), "Label: value" lines,
 * bold labels, and headings over the text they introduce. Only labels the vocabulary knows count.
 */
public final class LabelledValues {
    private static final Pattern LEADING_MARK = Pattern.compile("^[:\u2013\u2014]\\s*");
    private static final Pattern LABEL_LINE = Pattern.compile("^\\s*([A-Za-z][\\p{L}/&'\u2019 ()-]{1,50}?)\\s*[:\u2013\u2014]\\s+(.+)$", Pattern.DOTALL);
    /** A colon or a dash, which every {@link #LABEL_LINE} has after its label: most blocks have neither. */
    private static final Literals.Words LABEL_MARKS = Literals.words(":", "\u2013", "\u2014");
    private static final Set<String> BLOCK_CHILDREN = Set.of("p", "div", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "dl",
            "section");
    private static final Pattern TRAILING_MARK = Pattern.compile("[:\u2013\u2014]+$");
    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final int MAX_LABEL_WORDS = 6;
    private static final int MAX_SECTION_CHARS = 800;

    private final Function<String, Optional<String>> groups;

    /** {@code groups} names the field group of a label ("Work experience" -> "experience"), if it is one. */
    public LabelledValues(Function<String, Optional<String>> groups) {
        this.groups = groups;
    }

    public List<Labelled> collect(List<Element> scope) {
        List<Labelled> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Element root : scope) {
            definitionLists(root, found, seen);
            keyValueTables(root, found, seen);
            accordions(root, found, seen);
            labelledLines(root, found, seen);
            headedSections(root, found, seen);
        }
        return found;
    }

    /** The group a label names, if the vocabulary knows it. */
    public Optional<String> group(String label) {
        return groups.apply(label);
    }

    private void definitionLists(Element root, List<Labelled> found, Set<String> seen) {
        for (Element dt : root.select(Css.of("dt"))) {
            Element dd = dt.nextElementSibling();
            if (dd != null && dd.normalName().equals("dd")) {
                add(dt.text(), dd.text(), dd, found, seen);
            }
        }
    }

    private void keyValueTables(Element root, List<Labelled> found, Set<String> seen) {
        for (Element row : root.select(Css.of("tr"))) {
            List<Element> cells = row.children().stream().filter(c -> Tags.isCell(c.normalName())).toList();
            if (cells.size() == 2 && words(cells.get(0).text()) <= MAX_LABEL_WORDS) {
                add(cells.get(0).text(), cells.get(1).text(), row, found, seen);
            }
        }
    }

    private void accordions(Element root, List<Labelled> found, Set<String> seen) {
        for (Element toggle : root.select(Css.of("[aria-controls]"))) {
            Element panel = root.ownerDocument() == null ? null : root.ownerDocument().getElementById(toggle.attr("aria-controls"));
            if (panel != null) {
                add(toggle.text(), BlockText.of(panel), panel, found, seen);
            }
        }
        for (Element summary : root.select(Css.of("details > summary"))) {
            Element details = summary.parent();
            String value = details.text().substring(Math.min(details.text().length(), summary.text().length())).trim();
            add(summary.text(), value, details, found, seen);
        }
    }

    private void labelledLines(Element root, List<Labelled> found, Set<String> seen) {
        for (Element block : root.select(Css.of("li, p, dd, td, div, span"))) {
            if (!isLeafBlock(block)) {
                continue;
            }
            String text = Clauses.clean(block.text());
            Matcher m = LABEL_MARKS.in(text) ? LABEL_LINE.matcher(text) : null;
            if (m != null && m.matches() && words(m.group(1)) <= MAX_LABEL_WORDS) {
                add(m.group(1), m.group(2), block, found, seen);
            } else {
                boldLabel(block, text).ifPresent(label -> add(label, text.substring(label.length()), block, found, seen));
            }
        }
    }

    /** "<b>Length</b> 20 months": a bold run at the start of a block, followed by more text. */
    private static Optional<String> boldLabel(Element block, String text) {
        Element first = block.firstElementChild();
        if (first == null || !Tags.isBold(first.normalName())) {
            return Optional.empty();
        }
        String firstText = first.text();
        if (!text.startsWith(firstText)) {
            return Optional.empty();
        }
        String label = firstText.trim();
        return label.length() < text.length() - 1 && words(label) <= MAX_LABEL_WORDS ? Optional.of(label) : Optional.empty();
    }

    private void headedSections(Element root, List<Labelled> found, Set<String> seen) {
        for (Element heading : root.select(Css.of("h2, h3, h4, h5, h6, p:has(> strong:only-child), p:has(> b:only-child)"))) {
            String label = heading.text();
            if (words(label) > MAX_LABEL_WORDS || (heading.normalName().equals("p") && !heading.ownText().isBlank())) {
                continue;
            }
            StringBuilder value = new StringBuilder();
            for (Element next = heading.nextElementSibling(); next != null && !isHeading(next)
                    && value.length() < MAX_SECTION_CHARS; next = next.nextElementSibling()) {
                value.append(BlockText.of(next)).append('\n');
            }
            if (value.length() > 0) {
                add(label, value.toString(), heading, found, seen);
            }
        }
    }

    private void add(String label, String value, Element element, List<Labelled> found, Set<String> seen) {
        String cleanLabel = TRAILING_MARK.matcher(Clauses.clean(label)).replaceAll("").trim();
        String cleanValue = LEADING_MARK.matcher(value.trim()).replaceFirst("");
        if (cleanLabel.isEmpty() || cleanValue.isEmpty() || !seen.add(cleanLabel.toLowerCase() + "\u0000" + Clauses.clean(cleanValue))) {
            return;
        }
        groups.apply(cleanLabel).ifPresent(group -> found.add(new Labelled(cleanLabel, group, cleanValue, element)));
    }

    /** A block whose text is its own: no block-level children that would make it a container. */
    private static boolean isLeafBlock(Element block) {
        for (Element child = block.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (BLOCK_CHILDREN.contains(child.normalName())) {
                return false;
            }
        }
        for (Node node : block.childNodes()) {
            if (node instanceof TextNode t && !t.isBlank()) {
                return true;
            }
        }
        return block.firstElementChild() != null;
    }

    private static boolean isHeading(Element element) {
        return Tags.isHeading(element.normalName()) || element.is(Css.of("p:has(> strong:only-child)")) && element.ownText().isBlank();
    }

    private static int words(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? 0 : WORDS.split(trimmed).length;
    }
}

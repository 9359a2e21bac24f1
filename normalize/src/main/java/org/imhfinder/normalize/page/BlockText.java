package org.imhfinder.normalize.page;

import java.util.Set;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an element with a line break between blocks (paragraphs, list items, headings, table
 * rows), unlike Jsoup's {@code text()}, so sentences and vocabulary terms do not run from one list
 * item into the next.
 */
public final class BlockText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "tr", "table", "dt", "dd", "dl", "section", "article", "header", "main", "blockquote", "br", "details",
            "summary", "figure", "figcaption", "address", "pre", "hr", "button");


    private BlockText() {
    }

    public static String of(Element element) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    // what text.text() returns, appended without a string of its own
                    StringUtil.appendNormalisedWhitespace(out, text.getWholeText(), false);
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                } else if (node instanceof Element e && Tags.isCell(e.normalName())) {
                    out.append(" | ");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        }, element);
        return trimmed(spacedInto(out));
    }

    /** {@code text.toString().trim()} in one copy. */
    private static String trimmed(StringBuilder text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * The text with each run of spaces and tabs (non-breaking spaces too) made one space, and each line break with
     * the space before it and the spaces and breaks after it made one break. A scan of the characters: two regular
     * expressions replacing every single space of every block's text were most of this class's cost.
     */
    static String spaced(CharSequence raw) {
        return spacedInto(raw).toString();
    }

    private static StringBuilder spacedInto(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int n = raw.length();
        int i = 0;
        while (i < n) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                int j = i;
                while (j < n && isSpace(raw.charAt(j))) {
                    j++;
                }
                if (j == n || raw.charAt(j) != '\n') {
                    out.append(' '); // before a break, the break takes the space
                }
                i = j;
            } else if (c == '\n') {
                out.append('\n');
                i++;
                while (i < n && (isSpace(raw.charAt(i)) || raw.charAt(i) == '\n')) {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }
}

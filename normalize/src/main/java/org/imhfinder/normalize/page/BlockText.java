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
        Spaced out = new Spaced();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.text(text.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.lineBreak();
                } else if (node instanceof Element e && Tags.isCell(e.normalName())) {
                    out.space();
                    out.letter('|');
                    out.space();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.lineBreak();
                }
            }
        }, element);
        return out.done(true);
    }

    /**
     * The text spaced as it is written, as {@link #spaced} would space it: each text node's whitespace normalised as
     * {@code TextNode.text()} does, and one space for a run of them, none before a break, one break for a run of them.
     * One builder, instead of the raw text built first and then spaced in a copy of it.
     */
    private static final class Spaced {
        /** Kept per thread and reused: a page's blocks are many, and a builder grown anew for each was most of this class's allocation. */
        private static final ThreadLocal<StringBuilder> BUILDERS = ThreadLocal.withInitial(StringBuilder::new);
        /** A builder grown past this many characters (a huge page's) is not kept. */
        private static final int KEPT_CAPACITY = 1 << 16;

        private final StringBuilder text;
        /** a space is owed before the next letter */
        private boolean space;
        /** the last thing written was a break: spaces and breaks after it are dropped */
        private boolean afterBreak;

        Spaced() {
            text = BUILDERS.get();
            text.setLength(0);
        }

        /** The text made (trimmed, when asked); the builder is given back for the next block. */
        String done(boolean trim) {
            if (space) {
                text.append(' '); // spaces at the end are one space too (which trimming takes away)
            }
            String done = trim ? trimmed(text) : text.toString();
            if (text.capacity() > KEPT_CAPACITY) {
                BUILDERS.remove();
            }
            return done;
        }

        void text(String written) {
            for (int i = 0; i < written.length(); ) {
                int c = written.codePointAt(i);
                if (StringUtil.isActuallyWhitespace(c)) {
                    space();
                } else if (!StringUtil.isInvisibleChar(c)) {
                    letter(c);
                }
                i += Character.charCount(c);
            }
        }

        void space() {
            space = !afterBreak;
        }

        void lineBreak() {
            space = false; // the break takes the space
            if (!afterBreak) {
                text.append('\n');
                afterBreak = true;
            }
        }

        void letter(int c) {
            if (space) {
                text.append(' ');
                space = false;
            }
            text.appendCodePoint(c);
            afterBreak = false;
        }
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
        Spaced out = new Spaced();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                out.space();
            } else if (c == '\n') {
                out.lineBreak();
            } else {
                out.letter(c);
            }
        }
        return out.done(false);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }
}

package org.imhfinder.normalize.page;

import java.util.Set;
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

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[ \\t]+");
    private static final java.util.regex.Pattern BREAKS = java.util.regex.Pattern.compile(" ?\\n[ \\n]*");

    private BlockText() {
    }

    public static String of(Element element) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                } else if (node instanceof Element e && (e.normalName().equals("td") || e.normalName().equals("th"))) {
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
        String spaced = SPACES.matcher(out.toString().replace('\u00A0', ' ')).replaceAll(" ");
        return BREAKS.matcher(spaced).replaceAll("\n").trim();
    }
}

package org.imhfinder.normalize.normalizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imhfinder.normalize.page.Css;
import org.jsoup.nodes.Element;

/** The PDF documents a page links from its content (at most {@value #MAX_LINKS}), by URL, with the link element. */
final class DocumentLinks {
    static final int MAX_LINKS = 20;

    private DocumentLinks() {
    }

    static Map<String, Element> of(Element content) {
        Map<String, Element> links = new LinkedHashMap<>();
        String base = content.baseUri().toLowerCase(Locale.ROOT);
        for (Element link : content.select(Css.of("a[href]"))) {
            if (!mayBePdf(link, base)) {
                continue;
            }
            String href = withoutFragment(link.absUrl("href"));
            if (href.startsWith("http") && isPdf(href, link) && links.size() < MAX_LINKS) {
                links.putIfAbsent(href, link);
            }
        }
        return links;
    }

    /** The links inside any of these elements. */
    static List<String> within(Map<String, Element> links, List<Element> scope) {
        List<String> inside = new ArrayList<>();
        links.forEach((url, link) -> {
            if (scope.stream().anyMatch(root -> isWithin(link, root))) {
                inside.add(url);
            }
        });
        return inside;
    }

    /**
     * False for a link that cannot resolve to a PDF, so most links are not resolved at all (resolving a URL costs
     * more than the rest of this): a PDF's URL ends in ".pdf", which either the link or the page's own URL (for a
     * link of only a query or a fragment) holds, or the link says its type. A link with spaces, control or non-ASCII
     * characters, which resolving cleans or encodes, is always resolved.
     */
    private static boolean mayBePdf(Element link, String base) {
        String raw = link.attr("href");
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                return true;
            }
        }
        return raw.toLowerCase(Locale.ROOT).contains(".pdf") || base.contains(".pdf")
                || "application/pdf".equalsIgnoreCase(link.attr("type"));
    }

    private static boolean isPdf(String href, Element link) {
        String path = href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
        return path.toLowerCase(Locale.ROOT).endsWith(".pdf") || "application/pdf".equalsIgnoreCase(link.attr("type"));
    }

    private static boolean isWithin(Element element, Element ancestor) {
        for (Element p = element; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}

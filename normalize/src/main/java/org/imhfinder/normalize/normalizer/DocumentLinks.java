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
        for (Element link : content.select(Css.of("a[href]"))) {
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

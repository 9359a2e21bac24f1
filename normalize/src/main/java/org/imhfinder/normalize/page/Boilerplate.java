package org.imhfinder.normalize.page;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Strips what every page of a site repeats (navigation, headers, footers, sidebars, cookie and
 * announcement banners, breadcrumbs, login links, "top of page" anchors, forms, scripts) so that
 * only the page's own content is left for generic extraction. Works on the platforms providers
 * use (WordPress, Wix, Wild Apricot, Squarespace, Joomla, hand-written PHP) by element, ARIA role,
 * and class or id names.
 */
public final class Boilerplate {
    private static final String TAGS = "script, style, noscript, template, svg, iframe, object, embed, link, meta, "
            + "nav, footer, aside, input, select, textarea, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], [role=dialog], [role=alertdialog]";
    private static final Pattern BOILERPLATE_NAME = Pattern.compile(
            "(^|[-_ ])(nav|navbar|navigation|menu|menus|submenu|breadcrumbs?|footer|sidebar|secondary|widget-area|cookies?|"
                    + "consent|gdpr|skip|share|sharing|social|newsletter|subscribe|login|signin|sign-in|search|popup|modal|"
                    + "announcement|alert|related|comments?|pagination|pager|copyright|colophon|masthead|topbar|top-bar|"
                    + "top-banner|topbanner|leftnav|left-nav|rightnav|right-nav|back-to-top|scroll-to-top|scroll-to-bottom|"
                    + "powered-by|cart|header)($|[-_ ])");
    private static final Pattern BOILERPLATE_TEXT = Pattern.compile(
            "(?i)^(top of page|bottom of page|skip to (main )?content|back to top|log ?in|sign ?in|member login|"
                    + "powered by .{0,60}|cart|menu|search)$");
    private static final int SMALL_FORM_TEXT = 400;
    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern HEADER = Pattern.compile("(.*[-_ ])?header([-_ ].*)?");

    private Boilerplate() {
    }

    /** Removes boilerplate from the document, in place. */
    public static void strip(Document document) {
        document.select(Css.of(TAGS)).remove();
        for (Element form : document.select(Css.of("form"))) {
            if (form.text().length() < SMALL_FORM_TEXT) {
                form.remove();
            }
        }
        removeByName(document);
        removeByText(document);
    }

    private static void removeByName(Document document) {
        Elements all = document.body() == null ? new Elements() : document.body().select(Css.of("[class], [id]"));
        int pageText = document.body() == null ? 0 : document.body().text().length();
        for (Element element : all) {
            if (element.parent() == null || isContent(element) || !hasBoilerplateName(element) || holdsTheContent(element, pageText)) {
                continue;
            }
            if (isHeader(element) && keepsHeading(element)) {
                continue;
            }
            element.remove();
        }
    }

    private static boolean hasBoilerplateName(Element element) {
        for (String name : names(element)) {
            if (BOILERPLATE_NAME.matcher(name).find()) {
                return true;
            }
        }
        return false;
    }

    /** The element's class names and id, in lower case, camel case split ("idHeaderContentHolder" -> "id-header-content-holder"). */
    private static List<String> names(Element element) {
        List<String> names = new java.util.ArrayList<>();
        for (String name : element.classNames()) {
            names.add(kebab(name));
        }
        if (!element.id().isEmpty()) {
            names.add(kebab(element.id()));
        }
        return names;
    }

    private static String kebab(String name) {
        return CAMEL.matcher(name).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
    }

    private static boolean isHeader(Element element) {
        List<String> names = names(element);
        return names.stream().anyMatch(n -> HEADER.matcher(n).matches())
                && names.stream().noneMatch(n -> BOILERPLATE_NAME.matcher(n.replace("header", "")).find());
    }

    /** An article's or page's own header holds its title: keep it. */
    private static boolean keepsHeading(Element element) {
        return !element.select(Css.of("h1, h2")).isEmpty() || element.closest(Css.of("main, article, [role=main]")) != null;
    }

    /** The main content itself is never boilerplate, whatever its class names say. */
    private static boolean isContent(Element element) {
        return element.tagName().equals("main") || element.tagName().equals("body")
                || "main".equals(element.attr("role")) || element.tagName().equals("article");
    }

    /**
     * An element holding most of what is left of the page, in prose rather than links, is the page's content
     * whatever its class names say: "layout--sidebar" (a layout that has a sidebar), "wsite-not-footer".
     */
    private static boolean holdsTheContent(Element element, int pageText) {
        int text = element.text().length();
        if (text * 2 < pageText) {
            return false;
        }
        int links = element.select(Css.of("a")).stream().mapToInt(a -> a.text().length()).sum();
        return links * 2 < text;
    }

    private static void removeByText(Document document) {
        if (document.body() == null) {
            return;
        }
        for (Element element : document.body().select(Css.of("a, span, div, p, li, button"))) {
            String text = element.text().trim();
            if (text.length() <= 60 && element.parent() != null && BOILERPLATE_TEXT.matcher(text).matches()) {
                element.remove();
            }
        }
    }
}

package org.imhfinder.normalize.page;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Elements;

/**
 * Strips what every page of a site repeats (navigation, headers, footers, sidebars, cookie and
 * announcement banners, breadcrumbs, login links, "top of page" anchors, forms, scripts) and what
 * a site's software stamps on a page ("Last updated: March 2, 2027") so that only the page's own
 * content is left for generic extraction: a stamp says when the page was edited, not anything
 * about the program, and left in place it is read into the field above it and changes the
 * listing every time someone saves the page. Works on the platforms providers
 * use (WordPress, Wix, Wild Apricot, Squarespace, Joomla, hand-written PHP) by element, ARIA role,
 * and class or id names.
 */
public final class Boilerplate {
    private static final String TAGS = "script, style, noscript, template, svg, iframe, object, embed, link, meta, "
            + "nav, footer, aside, input, select, textarea, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], [role=dialog], [role=alertdialog]";
    private static final NameParts BOILERPLATE_NAME = new NameParts(
            "nav", "navbar", "navigation", "menu", "menus", "submenu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "footer",
            "sidebar", "secondary", "widget-area", "cookie", "cookies", "consent", "gdpr", "skip", "share", "sharing", "social",
            "newsletter", "subscribe", "login", "signin", "sign-in", "search", "popup", "modal", "announcement", "alert",
            "related", "comment", "comments", "pagination", "pager", "copyright", "colophon", "masthead", "topbar", "top-bar",
            "top-banner", "topbanner", "leftnav", "left-nav", "rightnav", "right-nav", "back-to-top", "scroll-to-top",
            "scroll-to-bottom", "onetrust", "cookiebot", "cookielawinfo", "cmplz", "cc-window", "cc-banner", "powered-by", "cart",
            "header");
    private static final Pattern BOILERPLATE_TEXT = Pattern.compile(
            "(?i)^(top of page|bottom of page|skip to (?:the )?(?:main )?(?:content|navigation|menu|footer)|back to top|log ?in|sign ?in|member login|"
                    + "powered by .{0,60}|cart|menu|search)$");
    /** A date as sites stamp it: "March 2, 2027", "2 March 2027", "Mar. 2, 2027", "2027-03-02", "03/02/2027". */
    private static final String DATE = "(?:[a-z]{3,9}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9}\\.?,? \\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})";
    /** "Last updated: March 2, 2027", "Page last modified on 03/02/2027", "Updated 2027-03-02", "Last reviewed March 2027". */
    private static final Pattern EDIT_STAMP = Pattern.compile("(?i)^(?:this )?(?:page |content |site )?(?:was )?(?:last )?"
            + "(?:updated|modified|revised|reviewed|edited)(?: on| at)?:?\\s*(?:" + DATE + "|[a-z]{3,9} \\d{4})"
            + "(?:,? (?:at )?\\d{1,2}:\\d{2}(?: ?[ap]\\.?m\\.?)?)?\\.?$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "wsite-not-footer", "no-sidebar": a name that says the element is not the boilerplate it names. */
    private static final Pattern NEGATED_NAME = Pattern.compile("(^|[-_ ])(?:not|no|non|without)[-_][a-z0-9]+");
    private static final NameParts HIDDEN_NAME = new NameParts("sr-only", "screen-reader-text", "screen-reader-only",
            "visually-hidden", "rich-snippet-hidden", "element-invisible", "offscreen");
    private static final int SMALL_FORM_TEXT = 400;
    /** The longest text a stamp or a boilerplate link ("Back to top", "Member login") is read as. */
    private static final int SHORT_TEXT = 60;
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
        // the page's text is built only once an element is judged by its share of it: before the first removal, which
        // only such a judgment lets through, so its length is the whole page's as before
        IntSupplier pageText = new IntSupplier() {
            private int length = -1;

            @Override
            public int getAsInt() {
                if (length < 0) {
                    length = document.body() == null ? 0 : document.body().text().length();
                }
                return length;
            }
        };
        Names names = new Names();
        NameTest boilerplateName = new NameTest(BOILERPLATE_NAME, true, names);
        NameTest hiddenName = new NameTest(HIDDEN_NAME, false, names);
        for (Element element : all) {
            if (element.parent() == null || isContent(element) || !boilerplateName.passedBy(element)
                    || holdsTheContent(element, pageText)) {
                continue;
            }
            if (isHeader(names.of(element)) && keepsHeading(element)) {
                continue;
            }
            element.remove();
        }
        for (Element element : document.body() == null ? new Elements() : document.body().select(Css.of("[class]"))) {
            if (element.parent() != null && isHiddenText(element, hiddenName)) {
                element.remove();
            }
        }
    }

    /**
     * Text for screen readers or search engines only ("(opens a new window)", a theme's hidden title and date): not
     * what a reader sees. A heading is kept, as some sites hide their only title for a logo image.
     */
    private static boolean isHiddenText(Element element, NameTest hiddenName) {
        // the names first: most elements have no hidden name, and looking for headings walks the element's subtree
        return !Tags.isHeading(element.normalName()) && hiddenName.passedBy(element) && element.select(Css.of("h1, h2")).isEmpty();
    }

    /**
     * Whether one of an element's {@link #names} holds one of the names looked for (for boilerplate, only the part of a
     * name that is neither negated nor a modifier). A page repeats its few class attributes on many elements, so a
     * test lives for one page: it judges each id and class once.
     */
    private static final class NameTest {
        private final NameParts names;
        private final boolean ownPartOnly;
        private final Names elementNames;
        private final Map<String, Boolean> judged = new HashMap<>();

        NameTest(NameParts names, boolean ownPartOnly, Names elementNames) {
            this.names = names;
            this.ownPartOnly = ownPartOnly;
            this.elementNames = elementNames;
        }

        boolean passedBy(Element element) {
            String key = attributes(element);
            Boolean known = judged.get(key); // no lambda per element, as computeIfAbsent would take on every hit
            if (known == null) {
                known = holdsAName(key, element);
                judged.put(key, known);
            }
            return known;
        }

        private boolean holdsAName(String key, Element element) {
            for (String name : elementNames.of(key, element)) {
                if (names.in(ownPartOnly ? withoutModifier(withoutNegated(name)) : name)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Each element's {@link #names}, made once a page for each id and class attribute the page repeats. */
    private static final class Names {
        private final Map<String, List<String>> byAttributes = new HashMap<>();

        List<String> of(Element element) {
            return of(attributes(element), element);
        }

        /** {@code key}: the element's {@link #attributes}. */
        List<String> of(String key, Element element) {
            List<String> known = byAttributes.get(key);
            if (known == null) {
                known = names(element);
                byAttributes.put(key, known);
            }
            return known;
        }
    }

    /** What {@link #names} are made of, the id and the class attribute, as the key a judgment of them is kept by. */
    private static String attributes(Element element) {
        String id = element.id();
        String classes = element.attr("class");
        // most elements have no id, and their class is key enough; NUL, which the HTML parser never leaves in an
        // attribute, keeps an id and a class apart and both apart from any class alone
        return id.isEmpty() ? classes : "\0" + id + "\0" + classes;
    }

    /**
     * A BEM modifier says which variant a block is ("layout--sidebar": the layout that has a sidebar), not that the
     * element is that thing: only the block and element part of a name count.
     */
    private static String withoutModifier(String name) {
        int modifier = name.indexOf("--");
        return modifier > 0 ? name.substring(0, modifier) : name;
    }

    /** The element's class names and id, in lower case, camel case split ("idHeaderContentHolder" -> "id-header-content-holder"). */
    private static List<String> names(Element element) {
        List<String> names = new java.util.ArrayList<>();
        // the class attribute's names split in place: Element.classNames() builds a set of them for every element
        String classes = element.attr("class");
        int start = -1;
        for (int i = 0; i <= classes.length(); i++) {
            boolean space = i == classes.length() || isSpace(classes.charAt(i));
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                names.add(kebab(classes.substring(start, i)));
                start = -1;
            }
        }
        if (!element.id().isEmpty()) {
            names.add(kebab(element.id()));
        }
        return names;
    }

    private static String kebab(String name) {
        // most names have no capital: no matcher for them (every class name of every element is read)
        return hasCapital(name) ? CAMEL.matcher(name).replaceAll("$1-$2").toLowerCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
    }

    /** What separates class names ({@code \s} in a regular expression, as Jsoup splits them). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean hasCapital(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return true;
            }
        }
        return false;
    }

    /** The name without its negated parts ("wsite-not-footer": "wsite"); a name with no "no" in it has none. */
    private static String withoutNegated(String name) {
        return name.contains("no") || name.contains("without") ? NEGATED_NAME.matcher(name).replaceAll("$1") : name;
    }

    private static boolean isHeader(List<String> names) {
        return names.stream().anyMatch(n -> HEADER.matcher(n).matches())
                && names.stream().noneMatch(n -> BOILERPLATE_NAME.in(n.replace("header", "")));
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
    private static boolean holdsTheContent(Element element, IntSupplier pageText) {
        int text = element.text().length();
        if (text * 2 < pageText.getAsInt()) {
            return false;
        }
        int links = element.select(Css.of("a")).stream().mapToInt(a -> a.text().length()).sum();
        return links * 2 < text;
    }

    private static void removeByText(Document document) {
        if (document.body() == null) {
            return;
        }
        for (Element element : document.body().select(Css.of("a, span, div, p, li, button, small, time, em"))) {
            if (element.parent() == null || moreLettersThan(element, SHORT_TEXT)) {
                continue; // a block of the page, not a stamp or a link's few words: its text is not built
            }
            String text = element.text().trim();
            if (text.length() <= SHORT_TEXT && (BOILERPLATE_TEXT.matcher(text).matches() || isEditStamp(text))) {
                element.remove();
            }
        }
    }

    /**
     * True when the element's text holds more than {@code max} letters and digits, counted until there are: its
     * {@link Element#text()} is then longer than {@code max} too, as whitespace is all that text drops.
     */
    private static boolean moreLettersThan(Element element, int max) {
        int[] letters = {0};
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof TextNode text) {
                String whole = text.getWholeText();
                for (int i = 0; i < whole.length() && letters[0] <= max; i++) {
                    if (Character.isLetterOrDigit(whole.charAt(i))) {
                        letters[0]++;
                    }
                }
            }
            return letters[0] > max ? NodeFilter.FilterResult.STOP : NodeFilter.FilterResult.CONTINUE;
        }, element);
        return letters[0] > max;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True for a stamp saying when the page was last edited, and nothing else. */
    static boolean isEditStamp(String text) {
        return hasDigit(text) && EDIT_STAMP.matcher(SPACES.matcher(text.replace('\u00A0', ' ')).replaceAll(" ")).matches();
    }
}

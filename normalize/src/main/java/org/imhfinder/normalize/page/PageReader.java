package org.imhfinder.normalize.page;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.imhfinder.normalize.fields.Field;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.sources.SourceDefinition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Turns a fetched HTML page (or a PDF's text, already laid out as HTML) into a {@link Page}:
 * reads structured data and applies the hand rules on the whole document, then strips the
 * boilerplate and finds the content and its main heading.
 */
public final class PageReader {
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[|\u2013\u2014-]|::|&raquo;|\u00BB)\\s+");
    /** A page's first 2 million characters are read (far beyond any program page); the rest is ignored. */
    private static final int MAX_HTML_CHARS = 2_000_000;
    /**
     * Elements nest at most this deep (jsoup's own default, said here as a bound normalize relies on): deeper
     * ones are not nested further, so no recursive walk over the tree can overflow the stack.
     */
    static final int MAX_DEPTH = 512;

    private final BiFunction<Page.RuleInput, Document, Map<Field, List<Element>>> rules;

    /** {@code rules} selects elements per field for a page's source and URL (empty when the source has none). */
    public PageReader(BiFunction<Page.RuleInput, Document, Map<Field, List<Element>>> rules) {
        this.rules = rules;
    }

    public Page html(PageEvent event, SourceDefinition source, String html) {
        String url = event.finalUrl() != null ? event.finalUrl() : event.url();
        String body = html.length() > MAX_HTML_CHARS ? html.substring(0, MAX_HTML_CHARS) : html;
        Document document = Jsoup.parse(body, url, Parser.htmlParser().setMaxDepth(MAX_DEPTH));
        return read(event, source, url, document, false);
    }

    /** A page made from a document's text (see {@code PdfLayout}). */
    public Page pdf(PageEvent event, SourceDefinition source, String url, Document laidOut) {
        return read(event, source, url, laidOut, true);
    }

    private Page read(PageEvent event, SourceDefinition source, String url, Document document, boolean fromPdf) {
        List<StructuredItem> structured = fromPdf ? List.of() : StructuredData.read(document);
        Map<Field, List<Element>> hits = fromPdf ? Map.of() : rules.apply(new Page.RuleInput(source, url), document);
        String title = title(document, source);
        List<String> addresses = fromPdf ? List.of() : PostalAddresses.of(document);
        Boilerplate.strip(document);
        Content content = contentRoot(document);
        Element heading = heading(content.root(), document);
        return new Page(event, source, url, document, content.root(), heading, title, structured, hits, fromPdf, addresses,
                new Page.Texts(content.plainText()));
    }

    /** The element holding the page's content, and its text as Jsoup joins it when choosing it read that already. */
    private record Content(Element root, String plainText) {
    }

    private static Content contentRoot(Document document) {
        Element body = document.body();
        String bodyText = null;
        for (Element main : document.select(Css.of("main, [role=main]"))) {
            bodyText = bodyText == null ? body.text() : bodyText;
            String mainText = main.text();
            if (mainText.length() * 3 >= bodyText.length()) {
                return new Content(main, mainText);
            }
        }
        return new Content(body, bodyText);
    }

    private static Element heading(Element content, Document document) {
        for (Element h1 : content.select(Css.of("h1"))) {
            if (!h1.text().isBlank()) {
                return h1;
            }
        }
        for (Element h1 : document.select(Css.of("h1"))) {
            if (!h1.text().isBlank()) {
                return h1;
            }
        }
        return null;
    }

    /** The page's own part of its title: "IFS Requirements | Oregon IMHA" -> "IFS Requirements". */
    private static String title(Document document, SourceDefinition source) {
        String title = document.title().trim();
        String sourceName = source == null ? "" : source.name().toLowerCase(java.util.Locale.ROOT);
        for (String part : TITLE_SEPARATOR.split(title)) {
            String lower = part.toLowerCase(java.util.Locale.ROOT).trim();
            if (!lower.isEmpty() && !sourceName.contains(lower) && !lower.equals("home")) {
                return part.trim();
            }
        }
        return title;
    }
}

package org.imhfinder.normalize.page;

import java.util.List;
import java.util.Map;
import org.imhfinder.normalize.fields.Field;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.sources.SourceDefinition;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One page ready for extraction: the event it came from, its source, the parsed document with
 * boilerplate stripped, the element holding its own content, its heading and title, its
 * schema.org items, and what the source's hand rules selected (before stripping, so a rule may
 * point anywhere). {@code fromPdf} marks a page built from a PDF's text. {@code addresses} are the
 * postal addresses the page showed before its chrome was stripped (see {@link PostalAddresses}); a PDF's
 * page carries those of the page linking it.
 */
public record Page(
        PageEvent event,
        SourceDefinition source,
        String url,
        Document document,
        Element content,
        Element heading,
        String title,
        List<StructuredItem> structured,
        Map<Field, List<Element>> ruleHits,
        boolean fromPdf,
        List<String> addresses,
        Texts texts) {

    public Page {
        structured = List.copyOf(structured);
        ruleHits = Map.copyOf(ruleHits);
        addresses = List.copyOf(addresses);
    }

    public Page(PageEvent event, SourceDefinition source, String url, Document document, Element content, Element heading,
                String title, List<StructuredItem> structured, Map<Field, List<Element>> ruleHits, boolean fromPdf,
                List<String> addresses) {
        this(event, source, url, document, content, heading, title, structured, ruleHits, fromPdf, addresses, new Texts());
    }

    /** The same page with another page's postal addresses (a PDF read for the page that links it). */
    public Page withAddresses(List<String> others) {
        return new Page(event, source, url, document, content, heading, title, structured, ruleHits, fromPdf, others, texts);
    }

    /** The content's text, blocks on lines of their own ({@link BlockText}), read once for every step that needs it. */
    public String contentText() {
        return texts.contentText(content);
    }

    /** The content's text as Jsoup joins it ({@link Element#text()}), read once for every step that needs it. */
    public String contentPlainText() {
        return texts.plainText(content);
    }

    /**
     * What is read from a page's content once and kept: the classifier, the candidate finder and every candidate's
     * extraction read the same text, and a page's tree no longer changes once it is read (boilerplate is stripped first).
     * Used by one thread at a time, as a page is.
     */
    public static final class Texts {
        private String contentText;
        private String plainText;

        public Texts() {
        }

        /** With the content's plain text already read (null when it was not). */
        Texts(String plainText) {
            this.plainText = plainText;
        }

        String plainText(Element content) {
            if (plainText == null) {
                plainText = content.text();
            }
            return plainText;
        }

        String contentText(Element content) {
            if (contentText == null) {
                contentText = BlockText.of(content);
            }
            return contentText;
        }
    }

    /** The main heading's text, or the page title when there is no heading. */
    public String headingText() {
        return heading != null ? heading.text().trim() : title == null ? "" : title;
    }

    public boolean hasStructuredProgram() {
        return structured.stream().anyMatch(StructuredItem::isProgram);
    }

    public boolean hasStructuredNews() {
        return structured.stream().anyMatch(StructuredItem::isNews);
    }

    /** What hand rules need to know about a page: its source and URL. */
    public record RuleInput(SourceDefinition source, String url) {
    }
}

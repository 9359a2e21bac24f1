package org.imhfinder.ingest.crawl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A digest of what a page says, to tell a changed page from a page fetched again: an HTML page's
 * text without the parts that are the site's rather than the page's (scripts, styles, navigation,
 * headers, footers, asides, forms, embedded frames), whitespace collapsed; a PDF's bytes. So a new
 * tracking script, a rotated menu or a footer's year is not a change, while any edit of the page's
 * own text is. (What counts as a change of a program is normalize's to say; this only has to keep
 * the crawler from taking a site's chrome for a page that changes every day.)
 */
final class PageDigest {
    /** Elements whose text is the site's, not the page's. */
    static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg";

    private PageDigest() {
    }

    /** The digest of an HTML page's own text; takes the chrome out of {@code document} (read its links first). */
    static String ofHtml(Document document) {
        document.select(CHROME).forEach(Element::remove);
        Element body = document.body();
        return of((body == null ? document.text() : body.text()).getBytes(StandardCharsets.UTF_8));
    }

    /** The digest of a document's bytes: 128 bits of SHA-256, in hex. */
    static String of(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

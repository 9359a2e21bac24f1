package org.imhfinder.ingest.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Locale;
import org.imhfinder.ingest.fetch.FetchResult;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Turns a fetch into the page event that reports it, decoding HTML with the right charset. */
final class PageEvents {
    private PageEvents() {
    }

    static PageStatus statusOf(FetchResult result) {
        int code = result.status();
        if (result.error() != null || code == 0) {
            return PageStatus.ERROR;
        }
        if (code == 304) {
            return PageStatus.NOT_MODIFIED;
        }
        if (code == 301 || code == 308) {
            return PageStatus.MOVED;
        }
        if (code == 404 || code == 410) {
            return PageStatus.GONE;
        }
        return code >= 200 && code < 300 ? PageStatus.OK : PageStatus.ERROR;
    }

    static PageEvent of(String sourceId, String crawlId, FetchResult result, String referrer, int depth, Instant now) {
        PageStatus status = statusOf(result);
        String contentType = result.header("content-type");
        String finalUrl = status == PageStatus.MOVED && result.location() != null ? result.location().toString()
                : result.url().toString();
        String body = null;
        byte[] binary = null;
        String charset = null;
        if (status == PageStatus.OK && isPdf(contentType)) {
            binary = result.body();
        } else if (status == PageStatus.OK) {
            Document document = parse(result, contentType);
            charset = document.charset().name();
            body = new String(result.body(), document.charset());
        }
        String error = result.error() != null ? result.error()
                : status == PageStatus.ERROR ? "HTTP " + result.status() : null;
        return new PageEvent(PageEvent.SCHEMA_VERSION, sourceId, crawlId, result.url().toString(), finalUrl, status,
                result.status(), result.headers(), contentType, charset, body, binary, referrer, depth, now, error);
    }

    static boolean isPdf(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/pdf");
    }

    static boolean isHtml(String contentType) {
        if (contentType == null) {
            return true;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/xhtml");
    }

    /** Parses with the header's charset if it names one, else lets Jsoup read the BOM or the meta tag. */
    static Document parse(FetchResult result, String contentType) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(result.body()), headerCharset(contentType), result.url().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String headerCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring(8).replace("\"", "").trim();
                return Charset.isSupported(name) ? name : null;
            }
        }
        return null;
    }
}

package org.imhfinder.ingest.crawl;

import java.util.LinkedHashMap;
import java.util.Map;
import org.imhfinder.runtime.kafka.RecordSizeLimit;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.PageEvent;

/**
 * Keeps every page event within what one record of {@code imh.pages.v1} may be
 * ({@link PageEvent#maxBytes}), so no fetch is lost to Kafka's record limit. A text body whose JSON
 * would make the event larger is cut, at a character boundary, to the longest beginning that fits,
 * and the event is marked truncated ({@code x-imh-truncated: true}) as a body over the size cap is.
 * Text grows unevenly as JSON (a quote, a backslash or a tab takes 2 bytes, another control character
 * 6, non-ASCII 2 or 3 in UTF-8), so the cut is found from each character's written size, then checked
 * on the written event. A PDF cannot be cut: {@link #fits} says whether its event fits at all.
 */
final class PageEventLimit {
    /** A page event as written: the event (cut or not), its JSON, and whether the body was cut to fit. */
    record Written(PageEvent event, String json, boolean cut) {
    }

    private final long maxBytes;

    PageEventLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** The event as JSON within the limit: as it is when it fits, else with its text body cut and marked. */
    Written write(PageEvent event) {
        String json = Json.write(event);
        if (within(json)) {
            return new Written(event, json, false);
        }
        if (event.body() == null) {
            throw new IllegalStateException("page event of " + event.url() + " is " + RecordSizeLimit.utf8Bytes(json)
                    + " bytes, more than " + maxBytes + ", and has no text to cut");
        }
        Map<String, String> marked = new LinkedHashMap<>(event.headers());
        marked.put(PageEvents.TRUNCATED_HEADER, "true");
        long room = maxBytes - RecordSizeLimit.utf8Bytes(Json.write(withBody(event, "", marked)));
        for (int attempt = 0; attempt < 3 && room >= 0; attempt++) {
            PageEvent cut = withBody(event, event.body().substring(0, prefixWithin(event.body(), room)), marked);
            String cutJson = Json.write(cut);
            long size = RecordSizeLimit.utf8Bytes(cutJson);
            if (size <= maxBytes) {
                return new Written(cut, cutJson, true);
            }
            room -= size - maxBytes; // the estimate fell short (a writer escaping more than assumed): cut the excess too
        }
        throw new IllegalStateException("page event of " + event.url() + " cannot be cut to " + maxBytes + " bytes");
    }

    /** Whether an event with a binary body (a PDF, written as base64) fits, without writing the body. */
    boolean fits(PageEvent event) {
        byte[] binary = event.binaryBody() == null ? new byte[0] : event.binaryBody();
        long base64 = 4L * ((binary.length + 2) / 3);
        String shell = Json.write(new PageEvent(event.schemaVersion(), event.sourceId(), event.crawlId(), event.url(),
                event.finalUrl(), event.status(), event.httpStatus(), event.headers(), event.contentType(),
                event.charset(), event.body(), new byte[0], event.referrer(), event.depth(), event.fetchedAt(), event.error()));
        return RecordSizeLimit.utf8Bytes(shell) + base64 <= maxBytes;
    }

    private boolean within(String json) {
        return (long) json.length() * 3 <= maxBytes || RecordSizeLimit.utf8Bytes(json) <= maxBytes;
    }

    /** The length of the longest beginning of {@code text} whose JSON string content takes at most {@code room} bytes. */
    static int prefixWithin(String text, long room) {
        long used = 0;
        int end = 0;
        while (end < text.length()) {
            long size = writtenSize(text.charAt(end));
            if (used + size > room) {
                break;
            }
            used += size;
            end++;
        }
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never half of a surrogate pair
        }
        return end;
    }

    /** Bytes one character takes inside a JSON string in UTF-8, as the record mapper escapes it. */
    static int writtenSize(char c) {
        if (c == '"' || c == '\\') {
            return 2;
        }
        if (c < 0x20) {
            return c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r' ? 2 : 6;
        }
        if (c < 0x80) {
            return 1;
        }
        return c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }

    private static PageEvent withBody(PageEvent event, String body, Map<String, String> headers) {
        return new PageEvent(event.schemaVersion(), event.sourceId(), event.crawlId(), event.url(), event.finalUrl(),
                event.status(), event.httpStatus(), headers, event.contentType(), event.charset(), body,
                event.binaryBody(), event.referrer(), event.depth(), event.fetchedAt(), event.error());
    }
}

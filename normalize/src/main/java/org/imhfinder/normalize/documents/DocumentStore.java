package org.imhfinder.normalize.documents;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.imhfinder.schema.DocumentText;

/**
 * The texts of requirement documents this instance knows, by URL: filled from every instance's
 * extractions through the compacted {@code imh.documents.v1}. Bounded by count and by characters,
 * least recently used first out; a document evicted here is read again from the topic on the next
 * start, and its page picks it up on its next crawl. Thread-safe.
 */
public final class DocumentStore {
    private final int maxDocuments;
    private final long maxChars;
    private final LinkedHashMap<String, DocumentText> documents = new LinkedHashMap<>(64, 0.75f, true);
    private long chars;

    public DocumentStore(int maxDocuments, long maxChars) {
        this.maxDocuments = maxDocuments;
        this.maxChars = maxChars;
    }

    /** Stores a document's text; true when it is new or its text changed. */
    public synchronized boolean put(DocumentText document) {
        DocumentText previous = documents.put(document.url(), document);
        chars += length(document) - (previous == null ? 0 : length(previous));
        evict();
        return previous == null || !Objects.equals(previous.textHash(), document.textHash());
    }

    public synchronized boolean contains(String url) {
        return documents.containsKey(url);
    }

    public synchronized Optional<DocumentText> get(String url) {
        return Optional.ofNullable(documents.get(url));
    }

    /** Forgets a document (it is gone); true when it was known. */
    public synchronized boolean remove(String url) {
        DocumentText removed = documents.remove(url);
        if (removed != null) {
            chars -= length(removed);
        }
        return removed != null;
    }

    public synchronized int size() {
        return documents.size();
    }

    public synchronized long chars() {
        return chars;
    }

    private void evict() {
        var oldest = documents.entrySet().iterator();
        while ((documents.size() > maxDocuments || chars > maxChars) && oldest.hasNext()) {
            Map.Entry<String, DocumentText> entry = oldest.next();
            chars -= length(entry.getValue());
            oldest.remove();
        }
    }

    private static long length(DocumentText document) {
        return document.text() == null ? 0 : document.text().length();
    }
}

package org.imhfinder.schema;

/** The outcome of one fetch, as carried on {@code imh.pages.v1}. */
public enum PageStatus {
    /** 200 with a body. */
    OK,
    /** 304 to a conditional GET: seen, unchanged. */
    NOT_MODIFIED,
    /** 301/308 to another URL; {@code finalUrl} holds the new one. */
    MOVED,
    /** 404 or 410. */
    GONE,
    /** 5xx, timeouts, refused connections, after retries. */
    ERROR
}

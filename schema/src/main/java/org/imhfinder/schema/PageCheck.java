package org.imhfinder.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * One check of a page by the crawler, as its page memory keeps it ({@link PageMemoryEntry#checks()}):
 * when, and what it found. {@code FIRST}: the page fetched in full with nothing to compare it with
 * (its first fetch, or the first since its memory lost its text's digest); {@code CHANGED} and
 * {@code UNCHANGED}: compared with the check before (a 304, or a 200 whose text has the same digest,
 * is unchanged); {@code FAILED}: no answer to compare (an error after retries). A page's rate of
 * change is estimated from these.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PageCheck(Instant at, Result result) {

    /** What a check found. */
    public enum Result { FIRST, CHANGED, UNCHANGED, FAILED }
}

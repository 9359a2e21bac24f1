package org.imhfinder.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

/**
 * A curator's decision about one listing (schema v1): the value on {@code imh.curation.v1},
 * keyed by program id. {@code until} is set for SNOOZE, {@code fields} for OVERRIDE (field name
 * to the value that replaces the extracted one). {@code curator} names who decided.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CurationDecision(
        int schemaVersion,
        String decisionId,
        String programId,
        CurationAction action,
        String note,
        LocalDate until,
        Map<String, Object> fields,
        String curator,
        Instant decidedAt) {

    /** The schema version this type writes. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * Longest a SNOOZE may hide a listing's review reasons: {@code until} is at most this long after
     * the day the decision was taken. Further is a typo or an abuse, and a listing should be looked
     * at again within it anyway.
     */
    public static final Period MAX_SNOOZE = Period.ofYears(2);

    /** The last day a snooze decided on {@code day} may run to. */
    public static LocalDate latestSnooze(LocalDate day) {
        return day.plus(MAX_SNOOZE);
    }

    public CurationDecision {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
}

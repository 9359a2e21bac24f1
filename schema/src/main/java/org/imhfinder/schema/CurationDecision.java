package org.imhfinder.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
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

    public CurationDecision {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
}

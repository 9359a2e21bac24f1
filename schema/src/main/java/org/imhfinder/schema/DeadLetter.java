package org.imhfinder.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * A record a stage could not process (schema v1): the value on {@code imh.dlq.v1}, keyed by the
 * original key. Carries the original value untouched (as text), where it came from, which stage
 * refused it and why.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeadLetter(
        int schemaVersion,
        String stage,
        String reason,
        String topic,
        Integer partition,
        Long offset,
        String key,
        String originalValue,
        Instant failedAt) {

    /** The schema version this type writes. */
    public static final int SCHEMA_VERSION = 1;
}

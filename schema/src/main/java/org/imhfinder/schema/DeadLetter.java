package org.imhfinder.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * A record a stage could not process (schema v1): the value on {@code imh.dlq.v1}, keyed by the
 * original key. Carries the original value untouched (as text), where it came from, which stage
 * refused it and why. {@code originalBytes} is the original value's size (UTF-8); a huge value is
 * carried cut to its start ({@code originalTruncated}), the whole of it staying on its topic at
 * {@code offset}.
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
        Instant failedAt,
        Long originalBytes,
        Boolean originalTruncated) {

    /** The schema version this type writes. */
    public static final int SCHEMA_VERSION = 1;

    /** A letter without the original's size (written before the size was recorded). */
    public DeadLetter(int schemaVersion, String stage, String reason, String topic, Integer partition, Long offset,
                      String key, String originalValue, Instant failedAt) {
        this(schemaVersion, stage, reason, topic, partition, offset, key, originalValue, failedAt, null, null);
    }
}

package org.imhfinder.indexer.batch;

/**
 * Where a record came from and what it said, untouched: enough to dead-letter it and to commit past it.
 *
 * @param value the record's value as text; null for a tombstone
 */
public record RecordSource(String topic, int partition, long offset, String key, String value) {
}

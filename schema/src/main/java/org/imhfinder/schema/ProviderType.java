package org.imhfinder.schema;

/** Who runs a source website. */
public enum ProviderType {
    ASSOCIATION,
    UNIVERSITY,
    NONPROFIT,
    OTHER
}

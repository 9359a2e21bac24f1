package org.imhfinder.schema;

/** The age range a credential serves: infants (0-3), early childhood (3-6), or both. */
public enum Track {
    INFANT,
    EARLY_CHILDHOOD,
    INFANT_EARLY_CHILDHOOD
}

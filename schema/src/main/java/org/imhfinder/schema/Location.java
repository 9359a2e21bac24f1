package org.imhfinder.schema;

/**
 * Where a program takes place or is based. {@code region} is a US state code ("MI");
 * {@code point} is set only when the city or state is known to the vocabulary.
 */
public record Location(String city, String region, String country, GeoPoint point) {
}

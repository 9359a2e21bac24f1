package org.imhfinder.schema;

/** A WGS84 coordinate, as Elasticsearch's {@code geo_point} object form reads it. */
public record GeoPoint(double lat, double lon) {
}

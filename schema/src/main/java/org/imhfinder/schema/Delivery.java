package org.imhfinder.schema;

/** How a program is delivered. */
public enum Delivery {
    IN_PERSON,
    ONLINE,
    HYBRID
}

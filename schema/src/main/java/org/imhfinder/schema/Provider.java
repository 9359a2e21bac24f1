package org.imhfinder.schema;

/** The organisation offering a program. */
public record Provider(String name, ProviderType type, String website) {
}

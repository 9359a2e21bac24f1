package org.imhfinder.schema;

/** How to reach a program. */
public record Contact(String email, String phone, String url) {
}

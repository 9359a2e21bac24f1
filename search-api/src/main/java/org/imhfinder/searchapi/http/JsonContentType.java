package org.imhfinder.searchapi.http;

import java.util.Locale;
import org.imhfinder.searchapi.request.ApiProblem;

/**
 * What a write endpoint accepts as its body's {@code Content-Type}: {@code application/json}
 * (parameters such as {@code charset} allowed, and {@code application/*+json}), or none at all, a
 * body then read as JSON. Any other type is a 415 saying which type is needed: {@code curl -d}
 * without {@code -H 'Content-Type: application/json'} sends {@code application/x-www-form-urlencoded},
 * whose body the HTTP server reads as form fields, and "expected a JSON object" about a body that is
 * one would send the client looking in the wrong place.
 */
public final class JsonContentType {
    private JsonContentType() {
    }

    /** Throws the 415 problem unless the type (the header's value, null when absent) is JSON or absent. */
    public static void require(String contentType, String what) {
        if (contentType == null || contentType.isBlank() || isJson(contentType)) {
            return;
        }
        throw new ApiProblem(415, "Unsupported media type", "send " + what + " as application/json "
                + "(header 'Content-Type: application/json'), not " + HttpGuard.echo(contentType.trim()));
    }

    static boolean isJson(String contentType) {
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json");
    }
}

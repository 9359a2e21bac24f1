package org.imhfinder.localstack.web;

import java.time.Instant;
import java.util.Map;

/** One request a local site received: what was asked, with which headers, when, and the status it got. */
public record RecordedRequest(String method, String path, String query, Map<String, String> headers, Instant at, int status) {
    public RecordedRequest {
        headers = Map.copyOf(headers);
    }

    /** Path and query, as a crawler would have requested them. */
    public String target() {
        return query == null ? path : path + "?" + query;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}

package org.imhfinder.ingest.fetch;

import java.net.URI;
import java.util.Map;

/**
 * The answer to one GET: the status, the headers that matter, the body (capped), or the error
 * that stopped it. {@code location} is the resolved target of a redirect.
 */
public record FetchResult(URI url, int status, Map<String, String> headers, byte[] body, URI location, String error) {
    public FetchResult {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static FetchResult failed(URI url, String error) {
        return new FetchResult(url, 0, Map.of(), null, null, error);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}

package org.imhfinder.ingest.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * The answer to one GET (no redirect followed): the status, the headers that matter (lower-case
 * names), the body (decompressed, capped; {@code truncated} when the cap cut it), the resolved
 * {@code location} of a redirect, or the {@link Failure} that stopped the request.
 */
public record FetchResponse(URI url, int status, Map<String, String> headers, byte[] body, boolean truncated,
                            URI location, Failure failure, String error) {

    /** Why a request produced no HTTP answer. */
    public enum Failure { NONE, REFUSED, TIMEOUT, IO, SKIPPED_TYPE }

    public FetchResponse {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    public static FetchResponse failed(URI url, Failure failure, String error) {
        return new FetchResponse(url, 0, Map.of(), null, false, null, failure, error);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public boolean ok() {
        return failure == Failure.NONE && status >= 200 && status < 300;
    }

    public boolean isRedirect() {
        return failure == Failure.NONE && status >= 300 && status < 400 && status != 304 && location != null;
    }
}

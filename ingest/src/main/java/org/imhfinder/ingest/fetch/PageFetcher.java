package org.imhfinder.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fetches one URL with a plain GET: no automatic redirects (each hop is checked and reported),
 * connect and total timeouts, a body-size cap, and the address policy applied first.
 */
public final class PageFetcher {
    public static final String USER_AGENT = "IMHProgramFinder/0.1 (+https://github.com/imh-program-finder; directory of infant mental health training)";
    private static final List<String> KEPT_HEADERS = List.of("content-type", "etag", "last-modified", "location",
            "content-length", "retry-after");
    private static final int MAX_BODY_BYTES = 5 * 1024 * 1024;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final AddressPolicy addresses;

    public PageFetcher(boolean allowPrivateNetworks) {
        this.addresses = new AddressPolicy(allowPrivateNetworks);
    }

    public FetchResult fetch(URI url) {
        String refusal = addresses.refusal(url);
        if (refusal != null) {
            return FetchResult.failed(url, refusal);
        }
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5")
                .GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : KEPT_HEADERS) {
                response.headers().firstValue(name).ifPresent(v -> headers.put(name, v));
            }
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_BODY_BYTES);
            }
            URI location = headers.containsKey("location") ? url.resolve(headers.get("location")) : null;
            return new FetchResult(url, response.statusCode(), headers, body, location, null);
        } catch (IOException e) {
            return FetchResult.failed(url, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FetchResult.failed(url, "interrupted");
        }
    }
}

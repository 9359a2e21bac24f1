package org.imhfinder.ingest.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiPredicate;
import org.imhfinder.ingest.fetch.FetchResponse.Failure;

/**
 * One GET at a time, safely: only http(s); the address policy applied to the resolved address
 * before every request (redirects are never followed here, so each hop is checked by the
 * caller); connect, read (response headers) and total timeouts; the body capped, gzip
 * decompressed with a cap; bodies of unwanted types never read. Sends the crawler's
 * User-Agent and, when given, the validators of a conditional GET.
 */
public final class HttpFetcher {
    static final List<String> KEPT_HEADERS = List.of("content-type", "content-encoding", "etag", "last-modified",
            "location", "content-length", "retry-after", "content-language");
    /**
     * The longest header value kept: the headers travel in the page event, and a longer one is no
     * real validator, date or address (a longer Location would not be a URL the crawler keeps either).
     */
    static final int MAX_HEADER_CHARS = 8000;

    private final HttpClient http;
    private final FetchLimits limits;
    private final AddressPolicy addresses;
    private final String userAgent;

    public HttpFetcher(FetchLimits limits, AddressPolicy addresses, String userAgent) {
        this.limits = limits;
        this.addresses = addresses;
        this.userAgent = userAgent;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(limits.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public AddressPolicy addresses() {
        return addresses;
    }

    /**
     * GETs a URL. {@code wanted} sees the status and content type before the body is read; when it
     * says no, the body is not read and the failure is {@link Failure#SKIPPED_TYPE}.
     */
    public FetchResponse get(URI url, Map<String, String> requestHeaders, int cap, BiPredicate<Integer, String> wanted) {
        String refusal = addresses.refusal(url);
        if (refusal != null) {
            return FetchResponse.failed(url, Failure.REFUSED, refusal);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(limits.readTimeout())
                .header("User-Agent", userAgent)
                .header("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5")
                .header("Accept-Encoding", "gzip")
                .GET();
        requestHeaders.forEach(request::header);
        CompletableFuture<HttpResponse<CappedBody.Bytes>> future = http.sendAsync(request.build(), info -> {
            String type = info.headers().firstValue("content-type").orElse(null);
            boolean read = info.statusCode() >= 200 && info.statusCode() < 300 && wanted.test(info.statusCode(), type);
            return new CappedBody(read ? cap : 0);
        });
        try {
            return response(url, future.get(limits.totalTimeout().toMillis(), TimeUnit.MILLISECONDS), cap, wanted);
        } catch (TimeoutException e) {
            future.cancel(true);
            return FetchResponse.failed(url, Failure.TIMEOUT, "no complete answer within " + seconds(limits.totalTimeout()));
        } catch (ExecutionException e) {
            return failure(url, e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return FetchResponse.failed(url, Failure.IO, "interrupted");
        }
    }

    private FetchResponse response(URI url, HttpResponse<CappedBody.Bytes> response, int cap,
                                   BiPredicate<Integer, String> wanted) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            response.headers().firstValue(name).filter(v -> v.length() <= MAX_HEADER_CHARS).ifPresent(v -> headers.put(name, v));
        }
        int status = response.statusCode();
        URI location = location(url, headers.get("location"));
        if (status >= 200 && status < 300 && !wanted.test(status, headers.get("content-type"))) {
            return new FetchResponse(url, status, headers, null, false, location, Failure.SKIPPED_TYPE,
                    "content type " + headers.getOrDefault("content-type", "(none)") + " is not fetched");
        }
        byte[] body = response.body().data();
        boolean truncated = response.body().truncated();
        if ("gzip".equalsIgnoreCase(headers.getOrDefault("content-encoding", "").trim()) && body.length > 0) {
            try {
                Gzip.Inflated inflated = Gzip.gunzip(body, cap);
                body = inflated.data();
                truncated |= inflated.truncated();
            } catch (IOException e) {
                return FetchResponse.failed(url, Failure.IO, "gzip body cannot be read: " + e.getMessage());
            }
        }
        return new FetchResponse(url, status, headers, body, truncated, location, Failure.NONE, null);
    }

    private static URI location(URI base, String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        try {
            return base.resolve(location.trim().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private FetchResponse failure(URI url, Throwable cause) {
        if (cause instanceof HttpTimeoutException) {
            return FetchResponse.failed(url, Failure.TIMEOUT, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
        String message = cause instanceof IOException || cause != null
                ? cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                : "unknown failure";
        return FetchResponse.failed(url, Failure.IO, message);
    }

    private static String seconds(Duration d) {
        return d.toMillis() / 1000.0 + " s";
    }

    /** The User-Agent: product token, version, and where a website owner learns about the crawler. */
    public static String userAgent(URI contact) {
        return "IMHProgramFinder/0.1 (+" + contact + "; directory of infant mental health training)";
    }

    /** The name robots.txt groups are matched against (RFC 9309 product token). */
    public static final String ROBOTS_AGENT = "imhprogramfinder";
}

package org.imhfinder.ingest.url;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one canonical form of a URL, so each page is fetched and keyed once: crawler-commons'
 * {@link BasicURLNormalizer} (lower-case scheme and host, default port dropped, dot segments
 * resolved, percent-encoding normalised), plus the fragment and tracking parameters dropped.
 * An IPv6 literal host is a host like any other, written in RFC 5952's form ({@link Ipv6Literal}).
 * Only http and https URLs of at most {@link #MAX_LENGTH} characters have a canonical form.
 */
public final class UrlNormalizer {
    /** Query parameters that only track a visit; any {@code utm_*} parameter too. */
    static final Set<String> TRACKING = Set.of("gclid", "dclid", "gbraid", "wbraid", "fbclid", "msclkid", "yclid",
            "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "_hsenc", "_hsmi", "hsctatracking", "mkt_tok", "ref_src",
            "phpsessid", "jsessionid", "oly_enc_id", "oly_anon_id", "vero_id", "wickedid", "s_kwcid");

    /**
     * The longest URL kept: RFC 9110 §4.1 asks every sender and recipient to support at least 8000
     * octets, and sitemaps.org allows 2048; a longer one is no page's address, and would only swell
     * the records that carry it.
     */
    public static final int MAX_LENGTH = 8000;
    /**
     * Stands in for an IPv6 literal while crawler-commons normalises the rest of the URL (it drops
     * URLs with one). {@code .invalid} is reserved (RFC 2606), so no real host is ever mistaken for it.
     */
    static final String LITERAL_STAND_IN = "ipv6-literal.invalid";

    private final BasicURLNormalizer normalizer = BasicURLNormalizer.newBuilder().build();

    /** The canonical form of an absolute URL, or empty when it is not an http(s) URL or cannot be read. */
    public Optional<URI> normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = raw.trim();
        int hash = text.indexOf('#');
        if (hash >= 0) {
            text = text.substring(0, hash);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        if (text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        HostLiteral literal = HostLiteral.of(text);
        if (literal == HostLiteral.UNREADABLE) {
            return Optional.empty();
        }
        String normal = normalizer.filter(literal == null ? text : literal.standIn());
        if (normal == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(withoutTracking(normal));
            if (literal != null) {
                uri = literal.putBack(uri);
            }
            return uri == null || uri.getHost() == null || uri.toString().length() > MAX_LENGTH
                    ? Optional.empty() : Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    public Optional<URI> normalize(URI uri) {
        return normalize(uri.toString());
    }

    static String withoutTracking(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : url.substring(q + 1).split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            String key = name.toLowerCase(Locale.ROOT);
            if (!pair.isEmpty() && !key.startsWith("utm_") && !TRACKING.contains(key)) {
                kept.add(pair);
            }
        }
        return kept.isEmpty() ? url.substring(0, q) : url.substring(0, q + 1) + String.join("&", kept);
    }

    /**
     * A URL whose host is an IPv6 literal: its text with {@link #LITERAL_STAND_IN} for the host, and
     * the canonical literal to put back once the rest is normalised.
     */
    private record HostLiteral(String standIn, String canonical) {
        static final HostLiteral UNREADABLE = new HostLiteral(null, null);

        /** Null for a URL without a bracketed host; {@link #UNREADABLE} for a bracket that is not an IPv6 address. */
        static HostLiteral of(String url) {
            int start = url.indexOf("://") + 3;
            int end = start;
            while (end < url.length() && "/?\\".indexOf(url.charAt(end)) < 0) {
                end++;
            }
            int open = url.indexOf('[', url.lastIndexOf('@', end - 1) + 1);
            if (open < start || open >= end) {
                return null;
            }
            int close = url.indexOf(']', open);
            if (close < 0 || close >= end) {
                return UNREADABLE;
            }
            return Ipv6Literal.canonicalHost(url.substring(open, close + 1))
                    .map(host -> new HostLiteral(url.substring(0, open) + LITERAL_STAND_IN + url.substring(close + 1), host))
                    .orElse(UNREADABLE);
        }

        URI putBack(URI uri) throws URISyntaxException {
            if (!LITERAL_STAND_IN.equals(uri.getHost())) {
                return null;
            }
            return new URI(uri.getScheme() + "://" + (uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@")
                    + canonical + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        }
    }
}

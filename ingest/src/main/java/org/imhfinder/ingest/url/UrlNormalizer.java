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
 * Only http and https URLs have a canonical form.
 */
public final class UrlNormalizer {
    /** Query parameters that only track a visit; any {@code utm_*} parameter too. */
    static final Set<String> TRACKING = Set.of("gclid", "dclid", "gbraid", "wbraid", "fbclid", "msclkid", "yclid",
            "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "_hsenc", "_hsmi", "hsctatracking", "mkt_tok", "ref_src",
            "phpsessid", "jsessionid", "oly_enc_id", "oly_anon_id", "vero_id", "wickedid", "s_kwcid");

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
        String normal = normalizer.filter(text);
        if (normal == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(withoutTracking(normal));
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
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
}

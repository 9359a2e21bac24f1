package org.imhfinder.ingest.url;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.imhfinder.sources.SourceDefinition;

/**
 * Which URLs belong to a source's crawl: on one of its {@code allowedHosts}, within
 * {@code maxDepth}, matching an {@code include} pattern when there are any and no
 * {@code exclude} pattern. Patterns are regular expressions found anywhere in the path and query
 * (anchor them with {@code ^}). Seeds are always in scope. A few paths no public page lives on
 * (logins, admin, carts, feeds) are always out. An IPv6 literal host ({@code [::1]:8080}) matches
 * however the sources file and the URL spell the same address.
 */
public final class CrawlScope {
    public static final int DEFAULT_MAX_PAGES = 300;
    public static final int DEFAULT_MAX_DEPTH = 4;
    static final List<Pattern> ALWAYS_EXCLUDED = List.of(
            Pattern.compile("^/wp-(admin|login\\.php|json)"),
            Pattern.compile("(?i)/(log-?in|sign-?in|logout|cart|checkout|my-account)(/|$|\\?)"),
            Pattern.compile("(?i)/feed/?$"),
            Pattern.compile("[?&](replytocom|share|action=login)="));

    /** Why a URL is or is not in scope. */
    public enum Verdict { IN, OTHER_HOST, EXCLUDED, TOO_DEEP }

    private final SourceDefinition source;
    private final Set<String> allowedHosts;

    public CrawlScope(SourceDefinition source) {
        this.source = source;
        this.allowedHosts = source.allowedHosts().stream().map(CrawlScope::canonicalAuthority).collect(Collectors.toUnmodifiableSet());
    }

    public SourceDefinition source() {
        return source;
    }

    public int maxPages() {
        return source.maxPages() == null ? DEFAULT_MAX_PAGES : source.maxPages();
    }

    public int maxDepth() {
        return source.maxDepth() == null ? DEFAULT_MAX_DEPTH : source.maxDepth();
    }

    public boolean allowsHost(URI url) {
        return allowedHosts.contains(canonicalAuthority(SourceDefinition.authorityOf(url)));
    }

    /** An authority ({@code host[:port]}) with an IPv6 literal host in its one form; other hosts as they are. */
    static String canonicalAuthority(String authority) {
        int close = authority.indexOf(']');
        if (!authority.startsWith("[") || close < 0) {
            return authority;
        }
        return Ipv6Literal.canonicalHost(authority.substring(0, close + 1)).map(host -> host + authority.substring(close + 1))
                .orElse(authority);
    }

    public Verdict check(URI url, int depth, boolean seed) {
        if (!allowsHost(url)) {
            return Verdict.OTHER_HOST;
        }
        if (seed) {
            return Verdict.IN;
        }
        if (depth > maxDepth()) {
            return Verdict.TOO_DEEP;
        }
        String target = url.getRawQuery() == null ? rawPath(url) : rawPath(url) + "?" + url.getRawQuery();
        if (ALWAYS_EXCLUDED.stream().anyMatch(p -> p.matcher(target).find())
                || source.exclude().stream().anyMatch(p -> p.matcher(target).find())) {
            return Verdict.EXCLUDED;
        }
        if (!source.include().isEmpty() && source.include().stream().noneMatch(p -> p.matcher(target).find())) {
            return Verdict.EXCLUDED;
        }
        return Verdict.IN;
    }

    private static String rawPath(URI url) {
        return url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    }
}

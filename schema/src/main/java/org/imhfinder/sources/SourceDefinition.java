package org.imhfinder.sources;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.imhfinder.schema.ProviderType;

/**
 * One provider website to crawl, as declared in sources.yml (README, "Sources"),
 * validated. {@code allowedHosts} holds authorities ({@code host} or {@code host:port}), lower
 * case; when the file gives none it is the seeds' hosts. {@code schedule} is the parsed schedule
 * (an ISO-8601 period or a Quartz cron expression), null for "only when asked". {@code minInterval} and
 * {@code maxInterval} bound how often each page of the source is checked again by its own
 * re-check schedule (null: the configured defaults). {@code line} is where the source starts in its
 * file, for messages.
 */
public record SourceDefinition(
        String id,
        String name,
        ProviderType providerType,
        String region,
        List<URI> seeds,
        List<String> allowedHosts,
        Schedule schedule,
        Integer maxPages,
        Integer maxDepth,
        List<Pattern> include,
        List<Pattern> exclude,
        List<ExtractionRule> extraction,
        java.time.Duration minInterval,
        java.time.Duration maxInterval,
        int line) {

    /** A source with the default re-check bounds. */
    public SourceDefinition(String id, String name, ProviderType providerType, String region, List<URI> seeds,
                            List<String> allowedHosts, Schedule schedule, Integer maxPages, Integer maxDepth,
                            List<Pattern> include, List<Pattern> exclude, List<ExtractionRule> extraction, int line) {
        this(id, name, providerType, region, seeds, allowedHosts, schedule, maxPages, maxDepth, include, exclude,
                extraction, null, null, line);
    }

    public SourceDefinition {
        seeds = List.copyOf(seeds);
        allowedHosts = List.copyOf(allowedHosts);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        extraction = List.copyOf(extraction);
    }

    /** The authority of a URL as allowedHosts spells it: lower-case host, with the port only when explicit. */
    public static String authorityOf(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(java.util.Locale.ROOT);
        return uri.getPort() == -1 ? host : host + ":" + uri.getPort();
    }

    /** True when the URL's authority is one of {@link #allowedHosts()}. */
    public boolean allowsHost(URI uri) {
        return allowedHosts.contains(authorityOf(uri));
    }
}

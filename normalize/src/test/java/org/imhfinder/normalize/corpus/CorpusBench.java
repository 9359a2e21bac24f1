package org.imhfinder.normalize.corpus;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.sources.SourceDefinition;

/** The corpus as the benchmarks (src/bench/java) use it: its sources, its crawl's events, one page's event. */
public final class CorpusBench {
    public static final Clock CLOCK = CorpusRun.CLOCK;

    private CorpusBench() {
    }

    public static List<SourceDefinition> sources() {
        return CorpusSites.sources(false);
    }

    public static List<PageEvent> events() {
        List<PageEvent> events = new ArrayList<>();
        for (SourceDefinition source : sources()) {
            events.addAll(CorpusCrawl.crawl(source, source.id(), "bench"));
        }
        return events;
    }

    /** The event of one page, named "site/path". */
    public static PageEvent page(String sitePath) {
        String site = sitePath.substring(0, sitePath.indexOf('/'));
        String url = URI.create(CorpusSites.baseUrl(site)).resolve(sitePath.substring(site.length() + 1)).toString();
        return events().stream().filter(e -> e.url().equals(url) && e.status() == PageStatus.OK).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no page " + url));
    }
}

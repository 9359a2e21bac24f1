package org.imhfinder.bench.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.imhfinder.localstack.web.GeneratedSite;
import org.imhfinder.localstack.web.LocalWebServer;
import org.imhfinder.localstack.web.Site;
import org.imhfinder.localstack.web.SiteContent;

/**
 * A generated local web: N hosts (each its own port) of M pages each, linked as a tree from each
 * host's home page, and the sources file (one source, every host a seed) that crawls all of it.
 */
public final class GeneratedWeb implements AutoCloseable {
    private final LocalWebServer server = new LocalWebServer();
    private final List<Site> sites = new ArrayList<>();
    private final String sourceId;
    private final int pagesPerHost;

    private GeneratedWeb(String sourceId, int pagesPerHost) {
        this.sourceId = sourceId;
        this.pagesPerHost = pagesPerHost;
    }

    /** {@code pages} pages over {@code hosts} hosts, with a sitemap each (as {@link GeneratedSite} makes them). */
    public static GeneratedWeb serve(String sourceId, int pages, int hosts) {
        GeneratedWeb web = new GeneratedWeb(sourceId, pages / hosts);
        GeneratedSite.Spec spec = GeneratedSite.Spec.of(web.pagesPerHost - 1);
        web.sites.addAll(GeneratedSite.serve(web.server, sourceId, hosts, spec));
        return web;
    }

    /** The same tree of pages, no sitemap, each page rewritten by {@code rewrite} (given the content and the site's name) (e.g. into a program's page). */
    public static GeneratedWeb serve(String sourceId, int pages, int hosts,
                                     BiFunction<SiteContent, String, SiteContent> rewrite) {
        GeneratedWeb web = new GeneratedWeb(sourceId, pages / hosts);
        GeneratedSite.Spec spec = GeneratedSite.Spec.of(web.pagesPerHost - 1).withSitemap(false);
        for (int i = 0; i < hosts; i++) {
            String name = sourceId + "-" + i;
            web.sites.add(web.server.serve(name, rewrite.apply(new GeneratedSite(spec), name)));
        }
        return web;
    }

    public String sourceId() {
        return sourceId;
    }

    public int pages() {
        return pagesPerHost * sites.size();
    }

    /** Every page's URL, host after host in turn (home pages first). */
    public List<URI> pageUrls() {
        List<URI> urls = new ArrayList<>(pages());
        for (int n = 0; n < pagesPerHost; n++) {
            for (Site site : sites) {
                urls.add(site.uri(n == 0 ? "/" : "/p/" + n + ".html"));
            }
        }
        return urls;
    }

    /** Writes the sources file of this web into the folder. */
    public Path sourcesFile(Path dir) throws IOException {
        String seeds = sites.stream().map(s -> "\"" + s.baseUri() + "\"").collect(Collectors.joining(", "));
        String yaml = "sources:\n  - id: " + sourceId + "\n    name: Generated web " + sourceId
                + "\n    providerType: OTHER\n    seeds: [" + seeds + "]\n    maxPages: " + (pages() * 2)
                + "\n    maxDepth: 30\n    schedule: P365D\n";
        return Files.writeString(Files.createDirectories(dir).resolve(sourceId + ".yml"), yaml);
    }

    @Override
    public void close() {
        server.close();
    }
}

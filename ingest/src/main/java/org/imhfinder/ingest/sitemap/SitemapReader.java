package org.imhfinder.ingest.sitemap;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imhfinder.ingest.fetch.Gzip;

/**
 * Reads one sitemap (sitemaps.org protocol: XML, text or RSS/Atom, gzipped or not) with
 * crawler-commons: the page URLs it lists, or for a sitemap index the sitemaps it names. The
 * caller fetches child sitemaps like any other request, politely.
 */
public final class SitemapReader {
    /** What one sitemap holds: page URLs, the {@code <lastmod>} of those that give one, and child sitemaps. */
    public record Content(List<String> pages, Map<String, Instant> lastmods, List<String> sitemaps) {
    }

    private SitemapReader() {
    }

    public static Content read(URI url, byte[] body, String contentType, int maxBytes) throws IOException {
        byte[] data = body;
        String type = contentType == null ? "application/xml" : contentType;
        if (Gzip.isGzip(body)) {
            data = Gzip.gunzip(body, maxBytes).data();
            type = "application/xml";
        }
        AbstractSiteMap map;
        try {
            map = new SiteMapParser(false).parseSiteMap(type, data, url.toURL());
        } catch (UnknownFormatException e) {
            throw new IOException("not a sitemap: " + e.getMessage(), e);
        }
        List<String> pages = new ArrayList<>();
        Map<String, Instant> lastmods = new LinkedHashMap<>();
        List<String> sitemaps = new ArrayList<>();
        if (map instanceof SiteMapIndex index) {
            index.getSitemaps().forEach(child -> sitemaps.add(child.getUrl().toString()));
        } else if (map instanceof SiteMap sitemap) {
            for (SiteMapURL entry : sitemap.getSiteMapUrls()) {
                // not strict: a URL outside the sitemap's folder is kept (sites put sitemaps in /sitemaps/);
                // the crawl's scope decides what is fetched
                pages.add(entry.getUrl().toString());
                if (entry.getLastModified() != null) {
                    lastmods.put(entry.getUrl().toString(), entry.getLastModified().toInstant());
                }
            }
        }
        return new Content(pages, lastmods, sitemaps);
    }

    /** The conventional sitemap of a host, for when robots.txt names none. */
    public static URI defaultSitemap(URI anyUrlOfHost) {
        try {
            return new URI(anyUrlOfHost.getScheme(), anyUrlOfHost.getRawAuthority(), "/sitemap.xml", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

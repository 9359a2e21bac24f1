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
import java.util.ArrayList;
import java.util.List;
import org.imhfinder.ingest.fetch.Gzip;

/**
 * Reads one sitemap (sitemaps.org protocol: XML, text or RSS/Atom, gzipped or not) with
 * crawler-commons: the page URLs it lists, or for a sitemap index the sitemaps it names. The
 * caller fetches child sitemaps like any other request, politely.
 */
public final class SitemapReader {
    /** What one sitemap holds. */
    public record Content(List<String> pages, List<String> sitemaps) {
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
        List<String> sitemaps = new ArrayList<>();
        if (map instanceof SiteMapIndex index) {
            index.getSitemaps().forEach(child -> sitemaps.add(child.getUrl().toString()));
        } else if (map instanceof SiteMap sitemap) {
            for (SiteMapURL entry : sitemap.getSiteMapUrls()) {
                // not strict: a URL outside the sitemap's folder is kept (sites put sitemaps in /sitemaps/);
                // the crawl's scope decides what is fetched
                pages.add(entry.getUrl().toString());
            }
        }
        return new Content(pages, sitemaps);
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

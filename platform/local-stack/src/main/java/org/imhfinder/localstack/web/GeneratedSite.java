package org.imhfinder.localstack.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A website made up on the fly, as large as asked, for benchmarks and scale tests: a home page
 * and {@code pages} pages ({@code /p/N.html}) linked as a tree ({@code linksPerPage} children
 * each, so every page is reachable breadth-first), each also linking home and to a couple of
 * pseudo-random pages; optional {@code sitemap.xml} (a sitemap index with {@code sitemap-N.xml}
 * parts beyond 50,000 URLs) named in {@code robots.txt}; {@code sitemapOnly} extra pages linked
 * from no page, only from the sitemap. Pages are padded to about {@code pageBytes}. Nothing is
 * stored: each page is rendered when asked, so a site of a million pages costs no memory.
 * Serve several as N hosts x M pages with {@link #serve(LocalWebServer, String, int, Spec)}.
 */
public final class GeneratedSite implements SiteContent {
    private static final Pattern PAGE = Pattern.compile("p/(\\d+)\\.html");
    private static final Pattern PART = Pattern.compile("sitemap-(\\d+)\\.xml");
    static final int URLS_PER_SITEMAP = 50_000;

    /** The shape of a generated site. */
    public record Spec(int pages, int linksPerPage, boolean sitemap, int sitemapOnly, int pageBytes) {
        public Spec {
            if (pages < 0 || linksPerPage < 1 || sitemapOnly < 0 || pageBytes < 0) {
                throw new IllegalArgumentException("pages, sitemapOnly, pageBytes >= 0 and linksPerPage >= 1: " + this);
            }
        }

        /** {@code pages} pages, 5 links each, a sitemap, pages of about 4 KB. */
        public static Spec of(int pages) {
            return new Spec(pages, 5, true, 0, 4096);
        }

        public Spec withSitemap(boolean on) {
            return new Spec(pages, linksPerPage, on, sitemapOnly, pageBytes);
        }

        public Spec withSitemapOnly(int count) {
            return new Spec(pages, linksPerPage, sitemap, count, pageBytes);
        }

        public Spec withLinksPerPage(int links) {
            return new Spec(pages, links, sitemap, sitemapOnly, pageBytes);
        }

        public Spec withPageBytes(int bytes) {
            return new Spec(pages, linksPerPage, sitemap, sitemapOnly, bytes);
        }

        /** Every page of the site: home, linked pages and sitemap-only pages. */
        public int totalPages() {
            return 1 + pages + sitemapOnly;
        }
    }

    private final Spec spec;
    private final AtomicReference<URI> base = new AtomicReference<>(URI.create("http://127.0.0.1/"));

    public GeneratedSite(Spec spec) {
        this.spec = spec;
    }

    public Spec spec() {
        return spec;
    }

    /** Serves the site and points its absolute URLs (sitemaps, robots.txt) at where it is served. */
    public static Site serve(LocalWebServer server, String name, Spec spec) {
        GeneratedSite content = new GeneratedSite(spec);
        Site site = server.serve(name, content);
        content.base.set(site.baseUri());
        return site;
    }

    /** N hosts of M pages each: sites {@code prefix-0} ... {@code prefix-(hosts-1)}, each on its own port. */
    public static List<Site> serve(LocalWebServer server, String prefix, int hosts, Spec spec) {
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < hosts; i++) {
            sites.add(serve(server, prefix + "-" + i, spec));
        }
        return sites;
    }

    @Override
    public Optional<byte[]> read(String path) {
        if (path.isEmpty() || path.equals("index.html")) {
            return Optional.of(html(0));
        }
        Matcher page = PAGE.matcher(path);
        if (page.matches()) {
            long n = Long.parseLong(page.group(1));
            return n >= 1 && n <= spec.pages() + spec.sitemapOnly() ? Optional.of(html((int) n)) : Optional.empty();
        }
        if (path.equals("robots.txt")) {
            String sitemap = spec.sitemap() ? "Sitemap: " + base.get().resolve("/sitemap.xml") + "\n" : "";
            return Optional.of(("User-agent: *\nDisallow: /private/\n" + sitemap).getBytes(StandardCharsets.UTF_8));
        }
        if (spec.sitemap() && path.equals("sitemap.xml")) {
            return Optional.of(sitemapRoot());
        }
        Matcher part = PART.matcher(path);
        if (spec.sitemap() && part.matches()) {
            return Optional.of(sitemapPart(Integer.parseInt(part.group(1))));
        }
        return Optional.empty();
    }

    private byte[] html(int n) {
        StringBuilder html = new StringBuilder(spec.pageBytes() + 512);
        html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Page ").append(n)
                .append("</title></head><body><h1>Page ").append(n).append("</h1><nav><a href=\"/\">Home</a>");
        if (n <= spec.pages()) {
            for (long child = (long) n * spec.linksPerPage() + 1; child <= (long) n * spec.linksPerPage() + spec.linksPerPage()
                    && child <= spec.pages(); child++) {
                html.append(" <a href=\"/p/").append(child).append(".html\">Page ").append(child).append("</a>");
            }
            if (spec.pages() > 0) {
                html.append(" <a href=\"/p/").append(1 + Math.floorMod(n * 7919L, spec.pages())).append(".html\">See also</a>");
            }
        }
        html.append("</nav><main>");
        while (html.length() < spec.pageBytes()) {
            html.append("<p>Infant mental health training, reflective supervision and endorsement requirements: ")
                    .append("paragraph of page ").append(n).append(".</p>");
        }
        return html.append("</main></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] sitemapRoot() {
        int total = spec.pages() + spec.sitemapOnly() + 1;
        if (total <= URLS_PER_SITEMAP) {
            return sitemapPart(0);
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int part = 0; part * URLS_PER_SITEMAP < total; part++) {
            xml.append("<sitemap><loc>").append(base.get().resolve("/sitemap-" + part + ".xml")).append("</loc></sitemap>\n");
        }
        return xml.append("</sitemapindex>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] sitemapPart(int part) {
        int total = spec.pages() + spec.sitemapOnly() + 1;
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int i = part * URLS_PER_SITEMAP; i < Math.min(total, (part + 1) * URLS_PER_SITEMAP); i++) {
            String path = i == 0 ? "/" : "/p/" + i + ".html";
            xml.append("<url><loc>").append(base.get().resolve(path)).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}

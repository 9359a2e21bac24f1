package org.imhfinder.ingest.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SitemapReaderTest {
    private static final String URLSET = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://example.org/</loc></url>
              <url><loc>https://example.org/only-in-sitemap.html</loc></url>
            </urlset>
            """;

    @Test
    void aSitemapListsItsPages() throws Exception {
        SitemapReader.Content content = SitemapReader.read(URI.create("https://example.org/sitemap.xml"),
                URLSET.getBytes(StandardCharsets.UTF_8), "application/xml", 1 << 20);

        assertThat(content.pages()).containsExactly("https://example.org/", "https://example.org/only-in-sitemap.html");
        assertThat(content.sitemaps()).isEmpty();
    }

    @Test
    void aGzippedSitemapIsReadWhateverItsContentType() throws Exception {
        SitemapReader.Content content = SitemapReader.read(URI.create("https://example.org/pages.xml.gz"),
                gzip(URLSET), "application/gzip", 1 << 20);

        assertThat(content.pages()).contains("https://example.org/only-in-sitemap.html");
    }

    @Test
    void pagesOutsideTheSitemapsFolderAreKeptForTheScopeToJudge() throws Exception {
        SitemapReader.Content content = SitemapReader.read(URI.create("https://example.org/sitemaps/pages.xml"),
                URLSET.getBytes(StandardCharsets.UTF_8), "application/xml", 1 << 20);

        assertThat(content.pages()).contains("https://example.org/only-in-sitemap.html");
    }

    @Test
    void aSitemapIndexNamesItsSitemaps() throws Exception {
        String index = """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://example.org/pages.xml.gz</loc></sitemap>
                </sitemapindex>
                """;

        SitemapReader.Content content = SitemapReader.read(URI.create("https://example.org/index.xml"),
                index.getBytes(StandardCharsets.UTF_8), "text/xml", 1 << 20);

        assertThat(content.sitemaps()).containsExactly("https://example.org/pages.xml.gz");
        assertThat(content.pages()).isEmpty();
    }

    @Test
    void aPlainTextSitemapListsOneUrlPerLine() throws Exception {
        SitemapReader.Content content = SitemapReader.read(URI.create("https://example.org/sitemap.txt"),
                "https://example.org/a\nhttps://example.org/b\n".getBytes(StandardCharsets.UTF_8), "text/plain", 1 << 20);

        assertThat(content.pages()).containsExactly("https://example.org/a", "https://example.org/b");
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}

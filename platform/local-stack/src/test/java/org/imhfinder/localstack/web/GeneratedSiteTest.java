package org.imhfinder.localstack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GeneratedSiteTest {
    private final GeneratedSite site = new GeneratedSite(GeneratedSite.Spec.of(20).withLinksPerPage(3).withSitemapOnly(2));

    @Test
    void pagesLinkTheirChildrenSoEveryPageIsReachableFromHome() {
        assertThat(text("")).contains("href=\"/p/1.html\"", "href=\"/p/2.html\"", "href=\"/p/3.html\"");
        assertThat(text("p/6.html")).contains("<h1>Page 6</h1>", "href=\"/p/19.html\"", "href=\"/p/20.html\"")
                .doesNotContain("href=\"/p/21.html\"");
        assertThat(text("p/1.html").length()).isGreaterThanOrEqualTo(4096);
    }

    @Test
    void sitemapOnlyPagesExistButNoPageLinksThem() {
        assertThat(site.read("p/22.html")).isPresent();
        assertThat(site.read("p/23.html")).isEmpty();
        for (int n = 0; n <= 20; n++) {
            assertThat(text(n == 0 ? "" : "p/" + n + ".html")).doesNotContain("href=\"/p/21.html\"", "href=\"/p/22.html\"");
        }
    }

    @Test
    void theSitemapListsEveryPageAndRobotsTxtNamesIt() {
        assertThat(text("sitemap.xml")).contains("/p/22.html</loc>").contains("<urlset");
        assertThat(text("robots.txt")).contains("Sitemap: http://127.0.0.1/sitemap.xml");
        assertThat(new GeneratedSite(GeneratedSite.Spec.of(3).withSitemap(false)).read("sitemap.xml")).isEmpty();
    }

    @Test
    void aLargeSiteGetsASitemapIndex() {
        GeneratedSite large = new GeneratedSite(GeneratedSite.Spec.of(120_000).withPageBytes(0));
        String index = new String(large.read("sitemap.xml").orElseThrow(), StandardCharsets.UTF_8);
        assertThat(index).contains("<sitemapindex", "/sitemap-0.xml", "/sitemap-2.xml").doesNotContain("/sitemap-3.xml");
        assertThat(new String(large.read("sitemap-2.xml").orElseThrow(), StandardCharsets.UTF_8)).contains("/p/100000.html");
    }

    private String text(String path) {
        return new String(site.read(path).orElseThrow(), StandardCharsets.UTF_8);
    }
}

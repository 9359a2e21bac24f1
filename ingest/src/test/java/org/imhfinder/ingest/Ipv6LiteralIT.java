package org.imhfinder.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.imhfinder.schema.CrawlRun;
import org.imhfinder.schema.CrawlState;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A site at an IPv6 literal ({@code http://[::1]:PORT/}, private networks allowed as in every test) is
 * crawled like any other: its links however spelt are one canonical URL, kept to the allowed hosts,
 * found through its sitemap, and checked by the address policy (a documentation address is refused
 * even with private networks allowed).
 */
@ExtendWith(ImhStackExtension.class)
class Ipv6LiteralIT {
    private static CrawlHarness harness;
    private static Ipv6Site site;
    private static String crawlId;
    private static CrawlRun run;

    @BeforeAll
    static void crawlOnce(TestStack stack) {
        site = new Ipv6Site();
        String base = site.base();
        site.respond("/", "text/html", "<a href=\"/a\">a</a> <a href=\"http://[0:0:0:0:0:0:0:1]:" + site.port()
                + "/b?utm_source=x\">b</a> <a href=\"" + base + "c#part\">c</a> <a href=\"http://[::2]:" + site.port()
                + "/other-host\">elsewhere</a> <a href=\"http://[2001:db8::1]/x\">documentation</a>");
        for (String page : List.of("/a", "/b", "/c", "/in-sitemap")) {
            site.respond(page, "text/html", "<h1>Page " + page + "</h1>");
        }
        site.respond("/sitemap.xml", "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset "
                + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + base + "in-sitemap</loc></url></urlset>");
        harness = new CrawlHarness(stack);
        harness.start("sources:\n  - id: on-ipv6\n    name: A site at an IPv6 literal\n    providerType: OTHER\n"
                + "    seeds: [\"" + base + "\"]\n    allowedHosts: [\"[::1]:" + site.port() + "\", \"[2001:db8::1]\"]\n",
                Map.of("IMH_CRAWL_DELAY", "PT0S"));
        crawlId = harness.crawl("on-ipv6");
        run = harness.awaitRun(crawlId, CrawlState.FETCHED, CrawlState.FAILED);
    }

    @AfterAll
    static void stop() {
        harness.close();
        site.close();
    }

    @Test
    void pagesAtAnIpv6LiteralAreCrawledUnderTheirOneCanonicalUrl() {
        String base = site.base();
        assertThat(harness.pages(crawlId)).filteredOn(e -> e.status() == PageStatus.OK).extracting(PageEvent::url)
                .containsExactlyInAnyOrder(base, base + "a", base + "b", base + "c", base + "in-sitemap");
        assertThat(site.requests()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder("/robots.txt", "/", "/a", "/b", "/c", "/sitemap.xml", "/in-sitemap");
    }

    @Test
    void anotherIpv6HostIsOutOfScope() {
        assertThat(harness.pages(crawlId)).extracting(PageEvent::url).noneMatch(url -> url.contains("other-host"));
        assertThat(run.counts().outOfScope()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anIpv6DocumentationAddressIsRefusedByTheAddressPolicyEvenWithPrivateNetworksAllowed() {
        PageEvent refused = harness.pages(crawlId).stream().filter(e -> e.url().equals("http://[2001:db8::1]/x"))
                .findFirst().orElseThrow();
        assertThat(refused.status()).isEqualTo(PageStatus.ERROR);
        assertThat(refused.error()).contains("documentation (2001:db8::/32)", "not a public address");
    }

    /** A scripted website on the IPv6 loopback address (the test sites of local-stack listen on 127.0.0.1 only). */
    static final class Ipv6Site implements AutoCloseable {
        private final HttpServer server;
        private final Map<String, String[]> pages = new ConcurrentHashMap<>();
        private final List<String> requests = new CopyOnWriteArrayList<>();

        Ipv6Site() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("::1"), 0), 16);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", this::handle);
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        String base() {
            return "http://[::1]:" + port() + "/";
        }

        void respond(String path, String contentType, String body) {
            pages.put(path, new String[] {contentType, body});
        }

        List<String> requests() {
            return List.copyOf(requests);
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                String path = exchange.getRequestURI().getRawPath();
                requests.add(path);
                String[] page = pages.get(path);
                if (page == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] body = page[1].getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", page[0] + "; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}

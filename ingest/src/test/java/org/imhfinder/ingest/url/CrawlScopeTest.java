package org.imhfinder.ingest.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.sources.SourcesFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrawlScopeTest {
    private static final SourceDefinition SOURCE = SourcesFile.parse("test.yml", """
            sources:
              - id: az-aimh
                name: Arizona
                providerType: ASSOCIATION
                seeds: [https://azaimh.org/endorsements]
                allowedHosts: [azaimh.org, itmhca.org]
                maxDepth: 2
                include: ["^/(endorsement|docs)"]
                exclude: ["/endorsement/archive/"]
            """).get(0);
    private final CrawlScope scope = new CrawlScope(SOURCE);

    @ParameterizedTest(name = "{0} at depth {1}: {2}")
    @CsvSource({
            "https://azaimh.org/endorsements, 0, IN",
            "https://itmhca.org/endorsement/IMH-E_Requirements.php, 1, IN",
            "https://itmhca.org/docs/requirements.pdf, 2, IN",
            "https://itmhca.org/endorsement/faq.php, 3, TOO_DEEP",
            "https://itmhca.myeasy.org/endorsement/, 1, OTHER_HOST",
            "https://staging.azaimh.org/endorsements, 1, OTHER_HOST",
            "https://azaimh.org/news/, 1, EXCLUDED",
            "https://azaimh.org/endorsement/archive/2019, 1, EXCLUDED",
            "https://azaimh.org/wp-admin/, 1, EXCLUDED",
            "https://azaimh.org/endorsement/login, 1, EXCLUDED",
            "https://azaimh.org/endorsement/?replytocom=12, 1, EXCLUDED",
    })
    void aUrlIsInScopeOnAnAllowedHostWithinDepthMatchingIncludeAndNoExclude(String url, int depth, CrawlScope.Verdict verdict) {
        assertThat(scope.check(URI.create(url), depth, false)).isEqualTo(verdict);
    }

    private static final CrawlScope LITERAL_HOSTS = new CrawlScope(SourcesFile.parse("test.yml", """
            sources:
              - id: on-literals
                name: A site on IPv6 literals
                providerType: OTHER
                seeds: ["http://[::1]:8080/"]
                allowedHosts: ["[::1]:8080", "[2001:DB8:0:0::7]"]
            """).get(0));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "http://[::1]:8080/programs, IN",
            "http://[0:0:0:0:0:0:0:1]:8080/programs, IN",
            "http://[::1]:8081/programs, OTHER_HOST",
            "http://[::2]:8080/programs, OTHER_HOST",
            "https://[2001:db8::7]/x, IN",
            "https://[2001:db8::8]/x, OTHER_HOST",
            "http://127.0.0.1:8080/programs, OTHER_HOST",
    })
    void anIpv6LiteralHostIsScopedByItsAddressHoweverItIsSpelt(String url, CrawlScope.Verdict verdict) {
        assertThat(LITERAL_HOSTS.check(URI.create(url), 1, false)).isEqualTo(verdict);
    }

    @org.junit.jupiter.api.Test
    void seedsAreAlwaysInScopeAndDefaultsApply() {
        assertThat(scope.check(URI.create("https://azaimh.org/news/"), 0, true)).isEqualTo(CrawlScope.Verdict.IN);
        assertThat(scope.maxPages()).isEqualTo(CrawlScope.DEFAULT_MAX_PAGES);
        assertThat(List.of(scope.maxDepth())).containsExactly(2);
    }
}

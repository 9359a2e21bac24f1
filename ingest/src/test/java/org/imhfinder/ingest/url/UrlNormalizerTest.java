package org.imhfinder.ingest.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlNormalizerTest {
    private final UrlNormalizer normalizer = new UrlNormalizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "HTTPS://Mi-AIMH.org:443/endorsement/            | https://mi-aimh.org/endorsement/",
            "http://example.org:80/a/./b/../c.html            | http://example.org/a/c.html",
            "https://example.org/page#section                 | https://example.org/page",
            "https://example.org/page?utm_source=x&utm_medium=y | https://example.org/page",
            "https://example.org/p?id=7&utm_campaign=spring&fbclid=abc | https://example.org/p?id=7",
            "https://example.org/p?gclid=1&page=2             | https://example.org/p?page=2",
            "https://example.org/index.php?option=com_content&id=7 | https://example.org/index.php?id=7&option=com_content",
            "https://example.org                              | https://example.org/",
            "https://example.org/caf%c3%a9                    | https://example.org/caf%C3%A9",
    })
    void urlsAreBroughtToOneCanonicalForm(String raw, String canonical) {
        assertThat(normalizer.normalize(raw)).contains(URI.create(canonical));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "http://[2001:db8::1]/x                           | http://[2001:db8::1]/x",
            "HTTP://[2001:DB8:0:0::1]:80/a/../b               | http://[2001:db8::1]/b",
            "http://[0:0:0:0:0:0:0:1]:8080/p?utm_source=x#top | http://[::1]:8080/p",
            "https://[2001:0db8:0000:0001:0:0:0:1]:443        | https://[2001:db8:0:1::1]/",
            "http://[2001:db8:0:0:1:0:0:1]/                   | http://[2001:db8::1:0:0:1]/",
            "http://[2001:DB8:0:0:0:1:0:0]/                   | http://[2001:db8::1:0:0]/",
            "http://[2001:db8:0:1:1:1:1:1]/                   | http://[2001:db8:0:1:1:1:1:1]/",
            "http://[::ffff:7f00:1]/                          | http://[::ffff:127.0.0.1]/",
            "http://[64:ff9b::192.0.2.33]/                    | http://[64:ff9b::c000:221]/",
            "http://[::]:8080/                                | http://[::]:8080/",
    })
    void anIpv6LiteralHostIsKeptInItsOneForm(String raw, String canonical) {
        assertThat(normalizer.normalize(raw)).contains(URI.create(canonical));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://[::1/", "http://[fe80::1%25eth0]/", "http://[v1.fe]/", "http://[1:2:3:4:5:6:7:8:9]/",
            "http://[1:2:3:4:5:6:7::8]/", "http://[::1::2]/", "http://[12345::]/", "http://[1.2.3.4::]/",
            "http://[::256.0.0.1]/", "http://[::01.2.3.4]/", "http://[example.org]/", "http://[]/"})
    void aBracketedHostThatIsNoIpv6AddressHasNoCanonicalForm(String raw) {
        assertThat(normalizer.normalize(raw)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aUrlLongerThanAnyPageAddressHasNoCanonicalForm() {
        String longest = "https://example.org/" + "a".repeat(UrlNormalizer.MAX_LENGTH - 20);
        assertThat(normalizer.normalize(longest)).contains(URI.create(longest));
        assertThat(normalizer.normalize(longest + "a")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:info@example.org", "javascript:void(0)", "ftp://example.org/file", "tel:+15555550100", "", "#top"})
    void onlyHttpAndHttpsUrlsHaveACanonicalForm(String raw) {
        assertThat(normalizer.normalize(raw)).isEmpty();
    }
}

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

    @ParameterizedTest
    @ValueSource(strings = {"mailto:info@example.org", "javascript:void(0)", "ftp://example.org/file", "tel:+15555550100", "", "#top"})
    void onlyHttpAndHttpsUrlsHaveACanonicalForm(String raw) {
        assertThat(normalizer.normalize(raw)).isEmpty();
    }
}

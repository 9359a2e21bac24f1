package org.imhfinder.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The legacy-charset test site's pages, decoded as a browser would. */
class CharsetsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "windows-1252-meta-only.html     | text/html                          | windows-1252 | Infant\u2013Parent \u201cReflective\u201d Practice \u2014 Caf\u00e9 na\u00efve",
            "windows-1252-no-declaration.html | text/html                          | windows-1252 | Se\u00f1ora \u201cquoted\u201d \u2013 \u00a9 2009",
            "utf-8-bom.html                  | text/html                          | UTF-8        | <html><head><title>BOM",
            "header-charset-wins.html        | text/html; charset=windows-1252    | windows-1252 | Caf\u00e9 \u2019s",
            "index.html                      |                                    | UTF-8        | <a href",
    })
    void pagesDecodeFromTheirBomHeaderMetaOrBytes(String file, String contentType, String charset, String text) throws Exception {
        byte[] body = Files.readAllBytes(Path.of(getClass().getResource("/sites/legacy-charset/" + file).toURI()));

        Charsets.Decoded decoded = Charsets.decode(body, contentType);

        assertThat(decoded.charset().name()).isEqualTo(charset);
        assertThat(decoded.text()).contains(text).doesNotStartWith("\uFEFF");
    }

    @ParameterizedTest
    @CsvSource({"iso-8859-1, windows-1252", "latin1, windows-1252", "us-ascii, windows-1252", "UTF-8, UTF-8",
            "utf-16, UTF-8", "shift_jis, Shift_JIS"})
    void labelsMeanWhatBrowsersTakeThemToMean(String label, String charset) {
        assertThat(Charsets.label(label).name()).isEqualTo(charset);
    }
}

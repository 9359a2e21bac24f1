package org.imhfinder.normalize.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import org.imhfinder.normalize.text.ControlCharacters;
import org.imhfinder.schema.InvalidRecordException;
import org.junit.jupiter.api.Timeout;

/**
 * Any bytes given to the PDF reader become bounded text without control characters, or an
 * {@link InvalidRecordException} naming the document (it is dead-lettered): never another exception,
 * never an {@link Error}, never a hang past the deadline. Seeds: {@code PdfTextFuzzTestInputs/} (run by
 * every build: a requirement PDF, the PDF bombs, an encrypted and a broken PDF); {@code -Pfuzz} fuzzes
 * from them.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PdfTextFuzzTest {
    private static final String URL = "https://fuzz-aimh.example.org/docs/requirements.pdf";
    private static final PdfText PDF_TEXT = new PdfText(Duration.ofSeconds(10));

    @FuzzTest(maxDuration = "5m")
    void anyBytesBecomeBoundedTextOrAnUnreadableDocument(byte[] data) {
        try {
            PdfText.Extracted text = PDF_TEXT.extract(data, URL);
            assertThat(text.text()).hasSizeLessThanOrEqualTo(PDF_TEXT.limits().maxChars());
            assertThat(ControlCharacters.clean(text.text())).as("no control characters in the text").isTrue();
            assertThat(text.title() == null || ControlCharacters.clean(text.title())).as("nor in the title").isTrue();
            assertThat(text.pageCount()).isNotNegative();
        } catch (InvalidRecordException declared) {
            assertThat(declared).hasMessageContaining(URL);
        }
    }
}

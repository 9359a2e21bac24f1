package org.imhfinder.normalize.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.Stream;
import org.imhfinder.normalize.normalizer.PdfFixtures;
import org.imhfinder.schema.InvalidRecordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PDFBox reads a PDF's text, and a PDF that asks for more than the bounds fails with the bound it passed. */
class PdfTextTest {
    private static final long MIB = 1024 * 1024;
    private final PdfText pdfText = new PdfText(Duration.ofSeconds(30));

    @Test
    void pdfBoxReadsTheTextOfAPdf() {
        PdfText.Extracted text = pdfText.extract(PdfFixtures.fellowship(), "https://x/f.pdf");

        assertThat(text.text()).contains("Infant Mental Health Fellowship", "Tuition: $2,400");
        assertThat(text.pageCount()).isEqualTo(1);
        assertThat(text.truncated()).isFalse();
    }

    @Test
    void anEmptyOrBrokenPdfIsUnreadable() {
        assertThatThrownBy(() -> pdfText.extract(new byte[0], "https://x/empty.pdf")).isInstanceOf(UnreadableDocumentException.class);
        assertThatThrownBy(() -> pdfText.extract("<html>not a pdf</html>".getBytes(), "https://x/wrong.pdf"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("wrong.pdf");
    }

    static Stream<Arguments> bombs() {
        return Stream.of(
                Arguments.of("the probe's content stream of 200 MiB", PdfBomb.standard(), "a stream decodes to more than 16 MiB"),
                Arguments.of("a form drawn by the page, 64 MiB", PdfBomb.inForm(64 * MIB), "a stream decodes to more than 16 MiB"),
                Arguments.of("contents given as an array, 64 MiB", PdfBomb.inContentArray(64 * MIB),
                        "a stream decodes to more than 16 MiB"),
                Arguments.of("predictor rows of a billion columns", PdfBomb.hugePredictorRows(),
                        "a stream's predictor rows are longer than 16 MiB"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bombs")
    void aBombFailsFastNamingTheBoundItPassed(String what, byte[] bomb, String reason) {
        long started = System.nanoTime();

        assertThatThrownBy(() -> pdfText.extract(bomb, "https://x/bomb.pdf"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("cannot read PDF https://x/bomb.pdf: " + reason);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void allStreamsTogetherHaveACapToo() {
        PdfText tight = new PdfText(new PdfText.Limits(40, 200_000, 50_000, 16 * MIB, MIB, 16 * MIB), Duration.ofSeconds(30));

        assertThatThrownBy(() -> tight.extract(PdfBomb.lines(40_000), "https://x/long.pdf"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageEndingWith("its streams decode to more than 1 MiB together");
    }

    @Test
    void textPastTheCharacterLimitIsCutAndMarkedTruncated() {
        PdfText.Extracted text = pdfText.extract(PdfBomb.lines(20_000), "https://x/long.pdf");

        assertThat(text.truncated()).isTrue();
        assertThat(text.text()).hasSizeLessThanOrEqualTo(pdfText.limits().maxChars()).contains("Infant Mental Health Endorsement");
    }

    @Test
    void aReadingPastItsDeadlineIsGivenUp() {
        PdfText hurried = new PdfText(PdfText.Limits.STANDARD, Duration.ofMillis(1));

        assertThatThrownBy(() -> hurried.extract(PdfBomb.lines(200_000), "https://x/slow.pdf"))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("https://x/slow.pdf").hasMessageContaining("longer than PT0.001S");
    }

    @Test
    void controlCharactersAreStrippedFromTheText() {
        PdfText.Extracted text = pdfText.extract(PdfBomb.showing("IFS\u0000\u0007 Endorsement\u0085".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1)), "https://x/nul.pdf");

        assertThat(text.text()).contains("IFS").contains("Endorsement").doesNotContain("\u0000", "\u0007", "\u0085");
    }
}

package org.imhfinder.normalize.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The hostile PDFs read in a JVM of 64 MiB of heap (the build's {@code bounded-heap} execution), the
 * test JVM's own classes and the bombs themselves included: an unbounded reading runs out of memory
 * here (the probe's bomb did at 4 GiB), a bounded one ends with the bound it passed, or with the text
 * it could keep. An {@link OutOfMemoryError} would come out as an
 * {@link org.imhfinder.normalize.limits.OverLimitException}, failing these assertions.
 */
@Tag("bounded-heap")
class PdfReadingHeapTest {
    private static final long MIB = 1024 * 1024;
    private final PdfText pdfText = new PdfText(Duration.ofSeconds(30));

    @BeforeAll
    static void inASmallHeap() {
        assumeTrue(Runtime.getRuntime().maxMemory() <= 80 * MIB, "runs in the bounded-heap execution (-Xmx64m)");
    }

    @Test
    void theProbesBombFailsWithItsBoundNotWithTheHeap() {
        assertThatThrownBy(() -> pdfText.extract(PdfBomb.standard(), "https://x/bomb.pdf"))
                .isExactlyInstanceOf(UnreadableDocumentException.class)
                .hasMessageEndingWith("a stream decodes to more than 16 MiB");
    }

    @Test
    void aBombInAFormFailsWithItsBoundNotWithTheHeap() {
        assertThatThrownBy(() -> pdfText.extract(PdfBomb.inForm(PdfBomb.INFLATED), "https://x/form.pdf"))
                .isExactlyInstanceOf(UnreadableDocumentException.class)
                .hasMessageEndingWith("a stream decodes to more than 16 MiB");
    }

    @Test
    void aPageDenseWithGlyphsIsCutNotRunOutOfHeapOn() {
        byte[] dense = PdfBomb.lines(280_000); // 15 MiB of text operators, under the stream cap: 12 million glyphs

        PdfText.Extracted text = pdfText.extract(dense, "https://x/dense.pdf");

        assertThat(text.truncated()).isTrue();
        assertThat(text.text()).contains("Infant Mental Health Endorsement requirements");
    }
}

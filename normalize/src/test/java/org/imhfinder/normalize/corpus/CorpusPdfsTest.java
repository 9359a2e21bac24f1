package org.imhfinder.normalize.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The committed requirement PDFs of the demo web hold the texts {@link CorpusPdfs} writes. With
 * {@code -Dimh.corpus.writePdfs=true} the test first rewrites them in the source tree.
 */
class CorpusPdfsTest {
    private static final Path SITES = Path.of("..", "deploy", "demo-web", "src", "main", "resources", "demo-web", "sites");

    @Test
    void theCommittedPdfsHoldTheGeneratorsTexts() throws IOException {
        if (Boolean.getBoolean("imh.corpus.writePdfs")) {
            for (Map.Entry<String, List<String>> document : CorpusPdfs.DOCUMENTS.entrySet()) {
                Path file = SITES.resolve(document.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, CorpusPdfs.render(document.getKey(), document.getValue()));
            }
        }
        for (Map.Entry<String, List<String>> document : CorpusPdfs.DOCUMENTS.entrySet()) {
            String expected = text(CorpusPdfs.render(document.getKey(), document.getValue()));
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo-web/sites/" + document.getKey())) {
                assertThat(in).as(document.getKey()).isNotNull();
                byte[] committed = in.readAllBytes();
                assertThat(text(committed)).as(document.getKey()).isEqualTo(expected);
                assertThat(committed.length).as("kept small").isLessThan(8_000);
            }
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}

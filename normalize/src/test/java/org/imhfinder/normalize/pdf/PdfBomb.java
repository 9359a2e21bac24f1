package org.imhfinder.normalize.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * The hostile-input probe's PDF bomb and its variants, made on demand so no large file is committed:
 * one page whose Flate content stream is a few hundred KB and inflates to {@link #INFLATED} bytes of
 * text-showing operators. Written by hand, not with PDFBox, so the input does not depend on the
 * reader it tests.
 */
public final class PdfBomb {
    /** What the probe's content stream inflated to: 200 MiB, under the crawler's body cap once compressed. */
    public static final long INFLATED = 200L * 1024 * 1024;
    private static final String LINE = "(Infant Mental Health Endorsement requirements ) Tj T*\n";
    private static final String PAGE = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >>%s >>"
            + " /Contents 5 0 R >>";
    private static byte[] standard;

    private PdfBomb() {
    }

    /** The probe's bomb (made once per JVM: deflating 200 MiB takes a second or two). */
    public static synchronized byte[] standard() {
        if (standard == null) {
            standard = contentStream(INFLATED);
        }
        return standard.clone();
    }

    /** A one-page PDF whose content stream inflates to about {@code inflatedBytes} of text operators. */
    public static byte[] contentStream(long inflatedBytes) {
        return document(String.format(PAGE, ""), stream("/Filter /FlateDecode", deflate(text(inflatedBytes))));
    }

    /** The bomb drawn from a form XObject (PDFBox logs a failing form and goes on with the page). */
    public static byte[] inForm(long inflatedBytes) {
        return document(String.format(PAGE, " /XObject << /Fm1 6 0 R >>"), stream("", ascii("/Fm1 Do\n")),
                stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >>"
                        + " /Filter /FlateDecode", deflate(text(inflatedBytes))));
    }

    /** The bomb as the page's content given as an array of streams (which PDFBox decodes whole, not as it parses). */
    public static byte[] inContentArray(long inflatedBytes) {
        return document(String.format(PAGE, "").replace("/Contents 5 0 R", "/Contents [5 0 R]"),
                stream("/Filter /FlateDecode", deflate(text(inflatedBytes))));
    }

    /** A small form whose PNG predictor claims rows of a billion columns (PDFBox allocates two rows before decoding). */
    public static byte[] hugePredictorRows() {
        return document(String.format(PAGE, " /XObject << /Fm1 6 0 R >>"), stream("", ascii("/Fm1 Do\n")),
                stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Filter /FlateDecode /DecodeParms << /Predictor 12"
                        + " /Colors 1 /BitsPerComponent 8 /Columns 1000000000 >>", deflate(text(1024))));
    }

    /** A one-page PDF whose content stream shows {@code lines} lines of text (for the character limit). */
    public static byte[] lines(int lines) {
        return document(String.format(PAGE, ""), stream("/Filter /FlateDecode", deflate(text((long) lines * LINE.length()))));
    }

    /** A one-page PDF showing one line made of these bytes (a string in the content stream, escaped as PDF hex). */
    public static byte[] showing(byte[] glyphs) {
        StringBuilder hex = new StringBuilder();
        for (byte b : glyphs) {
            hex.append(String.format("%02X", b & 0xff));
        }
        return document(String.format(PAGE, ""), stream("", ascii("BT /F1 12 Tf 72 720 Td <" + hex + "> Tj ET\n")));
    }

    private static Source text(long bytes) {
        return out -> {
            byte[] chunk = LINE.repeat(Math.max(1, (int) Math.min(64 * 1024, bytes) / LINE.length()))
                    .getBytes(StandardCharsets.US_ASCII);
            out.write("BT /F1 12 Tf 14 TL 72 720 Td\n".getBytes(StandardCharsets.US_ASCII));
            for (long written = 0; written < bytes; written += chunk.length) {
                out.write(chunk);
            }
            out.write("ET\n".getBytes(StandardCharsets.US_ASCII));
        };
    }

    /** Bytes written to a stream, so 200 MiB need never be in memory at once. */
    private interface Source {
        void writeTo(OutputStream out) throws IOException;
    }

    private static Source deflate(Source source) {
        return out -> {
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
            try (OutputStream flate = new DeflaterOutputStream(nonClosing(out), deflater, 64 * 1024)) {
                source.writeTo(flate);
            } finally {
                deflater.end();
            }
        };
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }
        };
    }

    private static Source ascii(byte[] bytes) {
        return out -> out.write(bytes);
    }

    private static Source ascii(String text) {
        return ascii(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String stream(String dictionary, Source data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            data.writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "<< /Length " + bytes.size() + " " + dictionary + " >>\nstream\n"
                + new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1) + "\nendstream";
    }

    /** Catalog (1), page tree (2), the page (3), Helvetica (4), the content stream (5), more objects (6, ...); then the xref. */
    private static byte[] document(String page, String content, String... more) {
        List<String> objects = new ArrayList<>(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                page, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", content));
        objects.addAll(List.of(more));
        StringBuilder pdf = new StringBuilder("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (String object : objects) {
            offsets.add(pdf.length());
            pdf.append(offsets.size()).append(" 0 obj\n").append(object).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1); // one char per byte, so offsets are byte offsets
    }
}

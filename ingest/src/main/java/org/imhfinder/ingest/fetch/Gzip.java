package org.imhfinder.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Gzip decompression with a cap on the output, so a small "zip bomb" cannot fill the memory. */
public final class Gzip {
    private Gzip() {
    }

    /** What came out, and whether the cap (or a cut input) stopped it early. */
    public record Inflated(byte[] data, boolean truncated) {
    }

    public static boolean isGzip(byte[] data) {
        return data.length >= 2 && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x8b;
    }

    public static Inflated gunzip(byte[] data, int cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                int room = cap - out.size();
                out.write(buffer, 0, Math.min(n, room));
                if (n > room) {
                    return new Inflated(out.toByteArray(), true);
                }
            }
            return new Inflated(out.toByteArray(), false);
        } catch (EOFException | ZipException cut) {
            if (out.size() == 0) {
                throw cut;
            }
            return new Inflated(out.toByteArray(), true); // the compressed body was itself cut by the cap
        }
    }
}

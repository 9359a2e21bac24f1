package org.imhfinder.localstack.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/** See {@link SiteContent#templated}. */
final class TemplatedContent implements SiteContent {
    static final String BASE = "${base}";

    private final SiteContent content;
    private final Supplier<URI> base;

    TemplatedContent(SiteContent content, Supplier<URI> base) {
        this.content = content;
        this.base = base;
    }

    @Override
    public Optional<byte[]> read(String relativePath) {
        Optional<byte[]> bytes = content.read(relativePath).map(b -> fill(relativePath, b));
        if (bytes.isEmpty() && relativePath.endsWith(".gz")) {
            String plain = relativePath.substring(0, relativePath.length() - 3);
            return content.read(plain).map(b -> gzip(fill(plain, b)));
        }
        return bytes;
    }

    private byte[] fill(String path, byte[] bytes) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        boolean text = lower.endsWith(".xml") || lower.endsWith(".txt") || lower.endsWith(".html") || !lower.contains(".");
        if (!text) {
            return bytes;
        }
        String value = base.get().toString();
        String root = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        String page = new String(bytes, StandardCharsets.ISO_8859_1); // byte-preserving, whatever the page's charset
        return page.contains(BASE) ? page.replace(BASE, root).getBytes(StandardCharsets.ISO_8859_1) : bytes;
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

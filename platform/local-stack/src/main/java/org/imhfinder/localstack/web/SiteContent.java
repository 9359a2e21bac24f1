package org.imhfinder.localstack.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The files of one local website, looked up by path: a folder on disk, or a classpath prefix
 * (so the demo sites ship inside a jar). A file {@code NAME.headers} next to {@code NAME} holds
 * extra response headers, one {@code Name: value} per line.
 */
@FunctionalInterface
public interface SiteContent {
    /** The bytes at this relative path ({@code endorsement/index.html}), if there is such a file. */
    Optional<byte[]> read(String relativePath);

    static SiteContent directory(Path root) {
        Path base = root.toAbsolutePath().normalize();
        return relative -> {
            Path file = base.resolve(relative).normalize();
            if (!file.startsWith(base) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    static SiteContent classpath(String prefix) {
        String base = prefix.endsWith("/") ? prefix : prefix + "/";
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return relative -> {
            if (relative.contains("..") || relative.isEmpty() || relative.endsWith("/")) {
                return Optional.empty();
            }
            try (InputStream in = loader.getResourceAsStream(base + relative)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException e) {
                // a folder on a file-system classpath opens as a listing; it is not a page
                return Optional.empty();
            }
        };
    }

    /**
     * The same files with {@code ${base}} in text files (HTML, XML, text) replaced by the site's
     * base URI (known only once the site is served: sitemaps and robots.txt name absolute URLs),
     * and {@code NAME.gz} served as the gzip of {@code NAME} when there is no such file.
     */
    static SiteContent templated(SiteContent content, Supplier<java.net.URI> base) {
        return new TemplatedContent(content, base);
    }
}

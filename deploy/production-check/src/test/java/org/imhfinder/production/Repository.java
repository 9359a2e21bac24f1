package org.imhfinder.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Files of the repository this build runs in (the build passes its root and version). */
public final class Repository {
    private Repository() {
    }

    public static Path root() {
        String root = System.getProperty("imh.repository.root");
        if (root == null) {
            throw new IllegalStateException("system property imh.repository.root is not set (run through Maven)");
        }
        return Path.of(root).toAbsolutePath().normalize();
    }

    public static Path file(String relative) {
        return root().resolve(relative);
    }

    /** The project's version, as the root pom declares it. */
    public static String version() {
        return System.getProperty("imh.version");
    }

    /** The Elasticsearch server version the build runs and the images build on. */
    public static String elasticsearchVersion() {
        return System.getProperty("imh.elasticsearch.version");
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files under a folder of the repository whose names end with one of the suffixes, sorted. */
    public static List<Path> filesUnder(String folder, String... suffixes) {
        try (Stream<Path> files = Files.walk(file(folder))) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> Stream.of(suffixes).anyMatch(s -> f.getFileName().toString().endsWith(s)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path relative to the repository root, for messages. */
    public static String relative(Path file) {
        return root().relativize(file.toAbsolutePath().normalize()).toString();
    }
}

package org.imhfinder.searchapi.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The pages' files, from the classpath folder {@code searchapi/web}. Only plain names with a
 * known extension are served (no paths, so no way out of the folder); files are read once.
 */
public final class StaticFiles {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,60}\\.(html|js|css|svg|json)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "json", "application/json");

    private final String folder;
    private final Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();

    public StaticFiles(String folder) {
        this.folder = folder.endsWith("/") ? folder : folder + "/";
    }

    /** The file's bytes, when the name is plain and the file exists. */
    public Optional<byte[]> read(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(name, this::load);
    }

    public static String contentType(String name) {
        return TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
    }

    private Optional<byte[]> load(String name) {
        try (InputStream in = StaticFiles.class.getResourceAsStream("/" + folder + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + name, e);
        }
    }
}

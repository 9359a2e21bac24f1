package org.imhfinder.bench.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.sources.SourcesFile;

/**
 * The extraction corpus: every HTML page of the demo web ({@code imh-demo-web}, real provider
 * layouts: {@code .html}, {@code .shtml}, {@code .php}, no extension), each as the page event
 * ingest would publish for it, with the demo's sources (each site at {@code http://NAME.test/}).
 */
public final class CorpusPages {
    static final String ROOT = "demo-web/";
    private static final Instant FETCHED = Instant.parse("2026-05-01T08:00:00Z");

    private CorpusPages() {
    }

    public static List<SourceDefinition> sources() {
        String yaml = new String(read(ROOT + "demo-sources.yml"), StandardCharsets.UTF_8)
                .replaceAll("\\$\\{site:([a-z0-9-]+)}", "http://$1.test/");
        return SourcesFile.parse("demo-sources.yml", yaml);
    }

    /** Every HTML page of a site that a source crawls, in a fixed order. */
    public static List<PageEvent> pages(List<SourceDefinition> sources) {
        List<PageEvent> pages = new ArrayList<>();
        for (String file : files()) {
            String site = file.substring(0, file.indexOf('/'));
            String path = file.substring(site.length() + 1);
            String body = new String(read(ROOT + "sites/" + file), StandardCharsets.UTF_8);
            if (isHtml(body)) {
                sources.stream().filter(s -> s.seeds().stream().anyMatch(seed -> (site + ".test").equals(seed.getHost())))
                        .findFirst().ifPresent(source -> pages.add(event(source.id(), site, path, body)));
            }
        }
        return pages;
    }

    static boolean isHtml(String body) {
        String start = body.stripLeading().toLowerCase(java.util.Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<!--") && start.contains("<html");
    }

    private static PageEvent event(String sourceId, String site, String path, String body) {
        String relative = (path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path)
                .replace('@', '?');
        String url = "http://" + site + ".test/" + relative;
        return new PageEvent(PageEvent.SCHEMA_VERSION, sourceId, "bench", url, url, PageStatus.OK, 200, Map.of(),
                "text/html; charset=utf-8", "UTF-8", body, null, null, 0, FETCHED, null);
    }

    /** The files under {@code demo-web/sites/} (but PDFs and the README), as "site/path", sorted. */
    static List<String> files() {
        URL sites = CorpusPages.class.getClassLoader().getResource(ROOT + "sites/");
        if (sites == null) {
            throw new IllegalStateException(ROOT + "sites/ is missing from the classpath");
        }
        List<String> files = new ArrayList<>();
        try {
            if ("jar".equals(sites.getProtocol())) {
                try (JarFile jar = ((JarURLConnection) sites.openConnection()).getJarFile()) {
                    String prefix = ROOT + "sites/";
                    jar.stream().filter(e -> !e.isDirectory()).map(e -> e.getName()).filter(n -> n.startsWith(prefix) && wanted(n))
                            .forEach(n -> files.add(n.substring(prefix.length())));
                }
            } else {
                Path root = Path.of(sites.toURI());
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> Files.isRegularFile(p) && wanted(p.toString()))
                            .forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        files.removeIf(f -> f.indexOf('/') < 0);
        Collections.sort(files);
        return files;
    }

    private static boolean wanted(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return !lower.endsWith(".pdf") && !lower.endsWith(".md");
    }

    private static byte[] read(String resource) {
        try (InputStream in = CorpusPages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

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
 * layouts), each as the page event ingest would publish for it, with the demo's sources (each
 * site at {@code http://NAME.test/}).
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
        for (String file : htmlFiles()) {
            String site = file.substring(0, file.indexOf('/'));
            String path = file.substring(site.length() + 1);
            sources.stream().filter(s -> s.seeds().stream().anyMatch(seed -> (site + ".test").equals(seed.getHost())))
                    .findFirst().ifPresent(source -> pages.add(event(source.id(), site, path)));
        }
        return pages;
    }

    private static PageEvent event(String sourceId, String site, String path) {
        String relative = (path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path)
                .replace('@', '?');
        String url = "http://" + site + ".test/" + relative;
        String body = new String(read(ROOT + "sites/" + site + "/" + path), StandardCharsets.UTF_8);
        return new PageEvent(PageEvent.SCHEMA_VERSION, sourceId, "bench", url, url, PageStatus.OK, 200, Map.of(),
                "text/html; charset=utf-8", "UTF-8", body, null, null, 0, FETCHED, null);
    }

    /** The HTML files under {@code demo-web/sites/}, as "site/path", sorted. */
    static List<String> htmlFiles() {
        URL sites = CorpusPages.class.getClassLoader().getResource(ROOT + "sites/");
        if (sites == null) {
            throw new IllegalStateException(ROOT + "sites/ is missing from the classpath");
        }
        List<String> files = new ArrayList<>();
        try {
            if ("jar".equals(sites.getProtocol())) {
                try (JarFile jar = ((JarURLConnection) sites.openConnection()).getJarFile()) {
                    String prefix = ROOT + "sites/";
                    jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(prefix) && n.endsWith(".html"))
                            .forEach(n -> files.add(n.substring(prefix.length())));
                }
            } else {
                Path root = Path.of(sites.toURI());
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".html"))
                            .forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Collections.sort(files);
        return files;
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

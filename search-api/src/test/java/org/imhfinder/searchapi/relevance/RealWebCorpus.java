package org.imhfinder.searchapi.relevance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The real-world corpus ({@code imh-real-web}) as the relevance test reads it: each site's expected
 * programs (the things a query is judged against) and the pages a crawl reaches (what a generic site
 * search indexes), with their files served the way the corpus README says.
 */
final class RealWebCorpus {
    private static final String ROOT = "real-web/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** An expected program: its site, name, own page and the other pages describing it. */
    record Program(String site, String name, String page, List<String> alsoOn) {
        boolean describedOn(String path) {
            return page.equals(path) || alsoOn.contains(path);
        }
    }

    /** A page of a site as a site search would index it: its title and its text. */
    record Page(String site, String path, String title, String body) {
    }

    private final List<Program> programs = new ArrayList<>();
    private final List<String> sites = new ArrayList<>();
    private final List<JsonNode> expectedFiles = new ArrayList<>();

    private RealWebCorpus() {
    }

    static RealWebCorpus load() {
        RealWebCorpus corpus = new RealWebCorpus();
        for (String site : siteIds()) {
            JsonNode root = yaml(read(ROOT + "expected/" + site + ".yml").orElseThrow());
            corpus.sites.add(site);
            corpus.expectedFiles.add(root);
            for (JsonNode program : root.path("programs")) {
                List<String> alsoOn = new ArrayList<>();
                program.path("alsoOn").forEach(p -> alsoOn.add(p.asText()));
                corpus.programs.add(new Program(site, program.path("name").asText(), program.path("page").asText(), alsoOn));
            }
        }
        return corpus;
    }

    List<Program> programs() {
        return programs;
    }

    /** Every page (and PDF) the crawl of each site reaches, as its expected file lists them, with its text. */
    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            String site = sites.get(i);
            expectedFiles.get(i).path("pages").fieldNames().forEachRemaining(path -> page(site, path).ifPresent(pages::add));
        }
        return pages;
    }

    private static Optional<Page> page(String site, String path) {
        String file = path.replaceFirst("^/", "").replace('?', '@');
        if (file.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            return read(ROOT + "sites/" + site + "/" + file + ".txt").map(text -> new Page(site, path,
                    text.lines().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2)).orElse(""),
                    text.replaceAll("(?m)^(# |\\| )", "").replace(" | ", " ")));
        }
        List<String> candidates = file.isEmpty() || file.endsWith("/") ? List.of(file + "index.html")
                : List.of(file, file + ".html", file + "/index.html");
        for (String candidate : candidates) {
            Optional<String> html = read(ROOT + "sites/" + site + "/" + candidate);
            if (html.isPresent()) {
                org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(html.get());
                return Optional.of(new Page(site, path, document.title(), document.body() == null ? "" : document.body().text()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> read(String resource) {
        URL url = Thread.currentThread().getContextClassLoader().getResource(resource);
        if (url == null || isFolder(url)) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static boolean isFolder(URL url) {
        try {
            if (url.getProtocol().equals("jar")) {
                return ((JarURLConnection) url.openConnection()).getJarEntry().isDirectory();
            }
            return url.getProtocol().equals("file") && Files.isDirectory(Path.of(url.toURI()));
        } catch (IOException | URISyntaxException e) {
            return false;
        }
    }

    private static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site ids: the expected files on the classpath (a folder, or the corpus jar). */
    private static List<String> siteIds() {
        URL url = Thread.currentThread().getContextClassLoader().getResource(ROOT + "expected");
        if (url == null) {
            throw new IllegalStateException("the real-world corpus is not on the classpath");
        }
        TreeSet<String> ids = new TreeSet<>();
        try {
            if (url.getProtocol().equals("jar")) {
                var jar = ((JarURLConnection) url.openConnection()).getJarFile();
                jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(ROOT + "expected/") && n.endsWith(".yml"))
                        .forEach(n -> ids.add(n.substring(n.lastIndexOf('/') + 1, n.length() - 4)));
            } else {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml"))
                            .forEach(n -> ids.add(n.substring(0, n.length() - 4)));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the real-world corpus", e);
        }
        return List.copyOf(ids);
    }
}

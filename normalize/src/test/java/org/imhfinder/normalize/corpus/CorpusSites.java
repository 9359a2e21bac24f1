package org.imhfinder.normalize.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.sources.SourcesFile;

/**
 * The demo web ({@code imh-demo-web}) as the corpus: its sources file with every site at
 * {@code http://NAME.test/}, and each site's files from the classpath.
 */
final class CorpusSites {
    static final String RESOURCES = "demo-web/";

    private CorpusSites() {
    }

    /** The demo sources, each site at {@code http://NAME.test/}; {@code withRules=false} drops hand rules. */
    static List<SourceDefinition> sources(boolean withRules) {
        String yaml = read(RESOURCES + "demo-sources.yml").orElseThrow(() -> new IllegalStateException("demo-sources.yml missing"));
        String rendered = yaml.replaceAll("\\$\\{site:([a-z0-9-]+)}", "http://$1.test/");
        List<SourceDefinition> sources = SourcesFile.parse("demo-sources.yml", rendered);
        return withRules ? sources : sources.stream().map(CorpusSites::withoutRules).toList();
    }

    static String baseUrl(String site) {
        return "http://" + site + ".test/";
    }

    /** A site's file by path relative to the site ("endorsement/index.html"). */
    static Optional<byte[]> file(String site, String relative) {
        if (relative.isEmpty() || relative.contains("..")) {
            return Optional.empty();
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(RESOURCES + "sites/" + site + "/" + relative)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty(); // a folder on a file-system classpath is not a page
        }
    }

    static Optional<String> read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SourceDefinition withoutRules(SourceDefinition s) {
        return new SourceDefinition(s.id(), s.name(), s.providerType(), s.region(), s.seeds(), s.allowedHosts(), s.schedule(),
                s.maxPages(), s.maxDepth(), s.include(), s.exclude(), List.of(), s.line());
    }
}

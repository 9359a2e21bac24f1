package org.imhfinder.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imhfinder.localstack.web.LocalWebServer;
import org.imhfinder.localstack.web.SiteContent;

/**
 * The demo websites ({@code imh-demo-web}), each served on its own port from the classpath, and
 * the sources file that points at them ({@code demo-sources.yml} with {@code ${site:NAME}} filled in).
 */
final class DemoWeb implements AutoCloseable {
    static final String RESOURCES = "demo-web";
    private static final Pattern SITE = Pattern.compile("\\$\\{site:([a-z0-9-]+)}");

    private final LocalWebServer server;
    private final Path sourcesFile;

    private DemoWeb(LocalWebServer server, Path sourcesFile) {
        this.server = server;
        this.sourcesFile = sourcesFile;
    }

    static DemoWeb start(int firstPort, Path dataDir) {
        String template = resource(RESOURCES + "/demo-sources.yml");
        LocalWebServer server = new LocalWebServer();
        Matcher matcher = SITE.matcher(template);
        StringBuilder rendered = new StringBuilder();
        int port = firstPort;
        while (matcher.find()) {
            String name = matcher.group(1);
            boolean served = server.sites().stream().anyMatch(s -> s.name().equals(name));
            if (!served) {
                server.serve(name, SiteContent.classpath(RESOURCES + "/sites/" + name), firstPort == 0 ? 0 : port++);
            }
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(server.site(name).baseUri().toString()));
        }
        matcher.appendTail(rendered);
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve("demo-sources.yml");
            Files.writeString(file, rendered.toString());
            return new DemoWeb(server, file);
        } catch (IOException e) {
            server.close();
            throw new UncheckedIOException("cannot write the demo sources file in " + dataDir, e);
        }
    }

    Path sourcesFile() {
        return sourcesFile;
    }

    int siteCount() {
        return server.sites().size();
    }

    LocalWebServer server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
    }

    private static String resource(String name) {
        try (InputStream in = DemoWeb.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

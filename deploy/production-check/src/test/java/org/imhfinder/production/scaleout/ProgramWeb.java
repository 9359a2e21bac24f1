package org.imhfinder.production.scaleout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.imhfinder.localstack.web.LocalWebServer;
import org.imhfinder.localstack.web.Site;

/**
 * A generated local web for a scale-out crawl: {@code hosts} hosts, each on its own port of
 * 127.0.0.1 and each its own source (seeded at its home page, limited to its host), each with a
 * home page linking, as a tree, to {@code programsPerHost} program pages ({@link ProgramSite}).
 */
public final class ProgramWeb implements AutoCloseable {
    /** One host: its source, its site (and request log), and the programs its pages name. */
    public record Host(String sourceId, Site site, List<String> programs) {
    }

    private final LocalWebServer server = new LocalWebServer();
    private final List<Host> hosts = new ArrayList<>();

    private ProgramWeb() {
    }

    public static ProgramWeb serve(String prefix, int hosts, int programsPerHost) {
        ProgramWeb web = new ProgramWeb();
        for (int i = 0; i < hosts; i++) {
            String sourceId = prefix + "-" + i;
            Site site = web.server.serve(sourceId, new ProgramSite(programsPerHost, sourceId));
            List<String> programs = IntStream.rangeClosed(1, programsPerHost).mapToObj(n -> ProgramSite.programName(sourceId, n)).toList();
            web.hosts.add(new Host(sourceId, site, programs));
        }
        return web;
    }

    public List<Host> hosts() {
        return List.copyOf(hosts);
    }

    /** Program pages in all. */
    public int programs() {
        return hosts.stream().mapToInt(h -> h.programs().size()).sum();
    }

    /** Pages a crawl of the whole web fetches: the program pages and each host's home page. */
    public int pages() {
        return programs() + hosts.size();
    }

    /** The sources file: one source per host, no schedule (crawled only when asked). */
    public Path sourcesFile(Path dir) throws IOException {
        StringBuilder yaml = new StringBuilder("sources:\n");
        for (Host host : hosts) {
            yaml.append("  - id: ").append(host.sourceId()).append('\n')
                    .append("    name: Generated provider ").append(host.sourceId()).append('\n')
                    .append("    providerType: OTHER\n")
                    .append("    seeds: [\"").append(host.site().baseUri()).append("\"]\n")
                    .append("    allowedHosts: [\"").append(host.site().authority()).append("\"]\n")
                    .append("    maxPages: ").append(2 * (host.programs().size() + 1)).append('\n')
                    .append("    maxDepth: 30\n");
        }
        return Files.writeString(Files.createDirectories(dir).resolve("sources.yml"), yaml);
    }

    @Override
    public void close() {
        server.close();
    }
}

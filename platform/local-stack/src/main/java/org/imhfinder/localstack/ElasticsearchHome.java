package org.imhfinder.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The unpacked Elasticsearch distribution with the analysis plugin installed, shared read-only by
 * every node. Prepared once, under a file lock (test JVMs may race), and again only when the
 * distribution or the plugin changed.
 */
final class ElasticsearchHome {
    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchHome.class);

    private ElasticsearchHome() {
    }

    static Path prepare(StackDistribution dist) {
        Path parent = dist.root();
        if (!UnprivilegedUser.canReach(parent.resolve("x"))) {
            parent = reachableFallback("dist-" + Integer.toHexString(dist.root().toString().hashCode()));
        }
        Path home = parent.resolve("elasticsearch-home");
        String wanted = dist.elasticsearchVersion() + " plugin " + sha256(dist.analysisPluginZip());
        try {
            Files.createDirectories(parent);
            try (FileChannel lockFile = FileChannel.open(parent.resolve("elasticsearch-home.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                Path marker = home.resolve(".prepared");
                if (Files.exists(marker) && Files.readString(marker).equals(wanted)) {
                    return home;
                }
                LOG.info("preparing Elasticsearch {} in {}", dist.elasticsearchVersion(), home);
                deleteTree(home);
                unzip(dist.elasticsearchZip(), home);
                installPlugin(dist, home);
                Files.writeString(marker, wanted);
                return home;
            }
        } catch (IOException e) {
            throw new StackException("cannot prepare Elasticsearch in " + home + ": " + e.getMessage(), null, e);
        }
    }

    /** A folder under /var/tmp the unprivileged user can reach, for checkouts it cannot (e.g. under /root). */
    static Path reachableFallback(String name) {
        Path path = Path.of("/var/tmp", "imh-stack", name);
        try {
            Files.createDirectories(path);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + path, e);
        }
    }

    private static void installPlugin(StackDistribution dist, Path home) {
        Path log = home.resolve("plugin-install.log");
        ChildProcess.run("Elasticsearch plugin install", List.of(home.resolve("bin/elasticsearch-plugin").toString(),
                "install", "--batch", dist.analysisPluginZip().toUri().toString()),
                Map.of("ES_JAVA_HOME", System.getProperty("java.home")), home, log, Duration.ofSeconds(120));
    }

    /** Unpacks the zip's single top folder into {@code target}; the scripts in bin/ become executable. */
    private static void unzip(Path zip, Path target) throws IOException {
        Path staging = target.resolveSibling(target.getFileName() + ".unpacking");
        deleteTree(staging);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path out = staging.resolve(name.substring(slash + 1)).normalize();
                if (!out.startsWith(staging)) {
                    throw new IOException("zip entry escapes the target folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    copy(in, out);
                }
            }
        }
        try (Stream<Path> scripts = Files.list(staging.resolve("bin"))) {
            scripts.forEach(script -> script.toFile().setExecutable(true, false));
        }
        Files.move(staging, target);
    }

    private static void copy(InputStream in, Path out) throws IOException {
        Files.copy(in, out);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.imhfinder.normalize.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.sources.SourcesFile;

/**
 * The real-world corpus ({@code imh-real-web}): provider sites rebuilt from real providers' pages,
 * each with its expected file (see the corpus README). A site is served at
 * {@code http://SITE.test/}; a PDF is rendered from its text ({@code NAME.pdf.txt}) when asked for.
 */
final class RealWeb {
    static final String ROOT = "real-web/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One site: its source entry as a new user writes it (seeds only), and what a reader expects of it. */
    record Site(String id, boolean heldOut, SourceDefinition source, List<String> chrome, Map<String, String> pages,
                List<JsonNode> programs) {
    }

    private RealWeb() {
    }

    /** Every site of the corpus, by id. */
    static List<Site> sites() {
        return siteIds().stream().map(RealWeb::site).toList();
    }

    static Site site(String id) {
        String text = CorpusSites.read(ROOT + "expected/" + id + ".yml")
                .orElseThrow(() -> new IllegalStateException("no expected file for " + id));
        try {
            JsonNode root = YAML.readTree(text);
            JsonNode source = root.path("source");
            Map<String, String> pages = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("pages").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> page = it.next();
                pages.put(page.getKey(), page.getValue().asText());
            }
            List<String> chrome = new ArrayList<>();
            root.path("chrome").forEach(c -> chrome.add(c.asText()));
            List<JsonNode> programs = new ArrayList<>();
            root.path("programs").forEach(programs::add);
            return new Site(id, text.startsWith("# HELD OUT"), source(id, source), chrome, pages, programs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the expected file of " + id, e);
        }
    }

    /** A file of a site; a PDF is rendered from its text. */
    static Optional<byte[]> file(String site, String relative) {
        if (relative.isEmpty() || relative.contains("..")) {
            return Optional.empty();
        }
        if (relative.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return bytes(site, relative + ".txt").map(text -> pdf(relative, new String(text, StandardCharsets.UTF_8)));
        }
        return bytes(site, relative);
    }

    private static SourceDefinition source(String id, JsonNode source) {
        StringBuilder yaml = new StringBuilder("sources:\n  - id: ").append(id).append('\n');
        yaml.append("    name: ").append(YAML_QUOTE(source.path("name").asText())).append('\n');
        yaml.append("    providerType: ").append(source.path("providerType").asText("OTHER")).append('\n');
        yaml.append("    seeds:\n");
        source.path("seeds").forEach(seed -> yaml.append("      - ").append(YAML_QUOTE(CorpusSites.baseUrl(id)
                + seed.asText().replaceFirst("^/", ""))).append('\n'));
        return SourcesFile.parse(id + ".yml", yaml.toString()).get(0);
    }

    private static String YAML_QUOTE(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Optional<byte[]> bytes(String site, String relative) {
        URL url = Thread.currentThread().getContextClassLoader().getResource(ROOT + "sites/" + site + "/" + relative);
        if (url == null || isFolder(url)) {
            return Optional.empty(); // a folder is not a page: the server tries NAME/index.html next
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
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

    /**
     * A PDF of a text: "# " lines are headings (bold), "| a | b |" lines table rows (cells spaced
     * apart), other lines paragraphs; pages break as the text fills them.
     */
    static byte[] pdf(String path, String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfWriter writer = new PdfWriter(document);
            for (String line : text.split("\\R")) {
                writer.line(line);
            }
            writer.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + path, e);
        }
    }

    /** Writes lines down pages, wrapping long ones, in Helvetica (characters it cannot show become "?"). */
    private static final class PdfWriter {
        private static final float MARGIN = 56;
        private static final float LEADING = 14;
        private static final int WRAP = 95;
        private final PDDocument document;
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private PDPageContentStream stream;
        private float y;

        PdfWriter(PDDocument document) {
            this.document = document;
        }

        void line(String raw) throws IOException {
            boolean heading = raw.startsWith("# ");
            String line = heading ? raw.substring(2) : raw.startsWith("| ")
                    ? String.join("    ", raw.replaceAll("^\\|\\s*|\\s*\\|\\s*$", "").split("\\s*\\|\\s*")) : raw;
            if (line.isBlank()) {
                y -= LEADING / 2;
                return;
            }
            for (String wrapped : wrap(printable(line.strip()))) {
                if (stream == null || y < MARGIN) {
                    page();
                }
                stream.beginText();
                stream.setFont(heading ? bold : regular, heading ? 13 : 10);
                stream.newLineAtOffset(MARGIN, y);
                stream.showText(wrapped);
                stream.endText();
                y -= LEADING;
            }
        }

        void close() throws IOException {
            if (stream == null) {
                page();
            }
            stream.close();
        }

        private void page() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        private String printable(String line) {
            StringBuilder out = new StringBuilder();
            line.codePoints().forEach(c -> {
                String ch = new String(Character.toChars(c));
                try {
                    regular.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append(c == '\u2265' ? ">=" : c == '\u2264' ? "<=" : "?");
                }
            });
            return out.toString();
        }

        private static List<String> wrap(String line) {
            List<String> out = new ArrayList<>();
            String rest = line;
            while (rest.length() > WRAP) {
                int cut = rest.lastIndexOf(' ', WRAP);
                cut = cut <= 0 ? WRAP : cut;
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut).strip();
            }
            out.add(rest);
            return out;
        }
    }
}

package org.imhfinder.cli.mutation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.imhfinder.localstack.web.LocalWebServer;
import org.imhfinder.localstack.web.Response;
import org.imhfinder.localstack.web.Site;
import org.imhfinder.localstack.web.SiteContent;

/**
 * The mutation test's web: a few provider sites rendered from templates
 * ({@code src/test/resources/mutation-web/SITE/}, see its README) into a folder, each site served on
 * its own port, and changed between crawls by editing the templates. A page template is a fragment
 * ({@code title: ...}, {@code ---}, then the page's content) that the site's {@code _layout.html}
 * wraps, so an edit of the layout changes every page, as a site's chrome does; {@code NAME.pdf.txt}
 * is rendered as the PDF {@code NAME.pdf}. Files are written again only when their text changed,
 * so an unchanged page keeps its ETag and a crawler's conditional request gets a 304.
 */
public final class MutationWeb implements AutoCloseable {
    static final String LAYOUT = "_layout.html";
    static final String SOURCE = "_source.yml";
    private static final String PDF_TEXT = ".pdf.txt";

    private final LocalWebServer server = new LocalWebServer();
    private final Path folder;
    /** Site, then template path (relative, with {@code /}), then its text as edited so far. */
    private final Map<String, Map<String, String>> templates = new TreeMap<>();
    /** What each written file was rendered from, so that only changed files are written again. */
    private final Map<Path, String> written = new LinkedHashMap<>();

    private MutationWeb(Path folder) {
        this.folder = folder;
    }

    /** Reads every site under {@code templates}, renders it into {@code folder} and serves it. */
    public static MutationWeb start(Path templates, Path folder) {
        MutationWeb web = new MutationWeb(folder);
        try (Stream<Path> sites = Files.list(templates)) {
            for (Path site : sites.filter(Files::isDirectory).sorted().toList()) {
                web.templates.put(site.getFileName().toString(), read(site));
            }
            for (String site : web.templates.keySet()) {
                Path root = Files.createDirectories(folder.resolve(site));
                web.server.serve(site, SiteContent.directory(root));
            }
        } catch (IOException e) {
            web.close();
            throw new UncheckedIOException("cannot read the mutation web's templates in " + templates, e);
        }
        web.render();
        return web;
    }

    public List<String> sites() {
        return List.copyOf(templates.keySet());
    }

    /** The absolute URL of {@code path} ({@code /programs/}) on {@code site}. */
    public String url(String site, String path) {
        return server.site(site).uri(path).toString();
    }

    /** The site and path of one of this web's URLs, as {@code site path}; the URL itself when it is not one. */
    public String describe(String url) {
        for (Site site : server.sites()) {
            String base = site.baseUri().toString();
            if (url.startsWith(base)) {
                return site.name() + " /" + url.substring(base.length());
            }
        }
        return url;
    }

    public Site site(String name) {
        return server.site(name);
    }

    /**
     * Replaces every {@code from} in the template {@code file} of {@code site} with {@code to}; fails
     * when the template does not hold {@code from}, so a mutation can never silently change nothing.
     */
    public void edit(String site, String file, String from, String to) {
        String text = template(site, file);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(site + "/" + file + " does not contain '" + from + "'");
        }
        templates.get(site).put(file, text.replace(from, to));
    }

    /** Rewrites the template {@code file} of {@code site}; fails when the rewrite changes nothing. */
    public void rewrite(String site, String file, java.util.function.UnaryOperator<String> rewrite) {
        String text = template(site, file);
        String rewritten = rewrite.apply(text);
        if (rewritten.equals(text)) {
            throw new IllegalArgumentException("the rewrite of " + site + "/" + file + " changes nothing");
        }
        templates.get(site).put(file, rewritten);
    }

    /** The template {@code file} of {@code site} as edited so far. */
    public String template(String site, String file) {
        String text = templates.getOrDefault(site, Map.of()).get(file);
        if (text == null) {
            throw new IllegalArgumentException("no template " + file + " on site " + site);
        }
        return text;
    }

    /** A new template {@code to} with the text of {@code from} (a new file beside the old one). */
    public void copy(String site, String from, String to) {
        templates.get(site).put(to, template(site, from));
    }

    /** Takes a page off the site: its path answers 404 (the server's own answer for a missing file). */
    public void remove(String site, String file) {
        template(site, file);
        templates.get(site).remove(file);
    }

    /** The page of template {@code from} now lives at template {@code to}; its old path answers a 301 to {@code toPath}. */
    public void move(String site, String from, String fromPath, String to, String toPath) {
        String text = template(site, from);
        templates.get(site).remove(from);
        templates.get(site).put(to, text);
        respond(site, fromPath, Response.redirect(301, url(site, toPath)));
    }

    /** Scripts the answer of a path (a 410, a redirect), whatever the files hold. */
    public void respond(String site, String path, Response response) {
        server.site(site).respond(path, response);
    }

    /** Whether every site answers conditional requests with 304s (false: every fetch gets the whole page). */
    public void conditionalRequests(boolean answer) {
        server.sites().forEach(s -> s.answerConditionalRequests(answer));
    }

    /** Writes every file whose text changed since it was last written, and deletes the files of removed templates. */
    public void render() {
        Map<Path, String> wanted = new LinkedHashMap<>();
        templates.forEach((site, files) -> files.forEach((file, text) -> {
            if (!file.startsWith("_")) {
                wanted.put(target(site, file), renderable(site, file, text));
            }
        }));
        try {
            for (Path stale : new ArrayList<>(written.keySet())) {
                if (!wanted.containsKey(stale)) {
                    Files.deleteIfExists(stale);
                    written.remove(stale);
                }
            }
            for (Map.Entry<Path, String> file : wanted.entrySet()) {
                if (!file.getValue().equals(written.get(file.getKey()))) {
                    Files.createDirectories(file.getKey().getParent());
                    Files.write(file.getKey(), bytes(file.getKey(), file.getValue()));
                    written.put(file.getKey(), file.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the mutation web into " + folder, e);
        }
    }

    /**
     * A sources file with one source per site (its id the site's name, its seed the site's home,
     * crawled only when asked), the rest of each entry from the site's {@code _source.yml}.
     */
    public Path sourcesFile(Path file) {
        StringBuilder yaml = new StringBuilder("sources:\n");
        templates.forEach((site, files) -> {
            yaml.append("  - id: ").append(site).append('\n');
            yaml.append("    seeds: [\"").append(server.site(site).baseUri()).append("\"]\n");
            for (String line : files.getOrDefault(SOURCE, "").split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    yaml.append("    ").append(line).append('\n');
                }
            }
        });
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, yaml.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    private Path target(String site, String file) {
        String name = file.endsWith(PDF_TEXT) ? file.substring(0, file.length() - ".txt".length()) : file;
        return folder.resolve(site).resolve(name);
    }

    /** The page's text with its site's layout around it (a fragment), or as it is. */
    private String renderable(String site, String file, String text) {
        if (!text.startsWith("title:")) {
            return text;
        }
        int split = text.indexOf("\n---\n");
        if (split < 0) {
            throw new IllegalArgumentException(site + "/" + file + ": a fragment needs a '---' line after its title");
        }
        String title = text.substring("title:".length(), split).trim();
        return template(site, LAYOUT).replace("{{title}}", title).replace("{{content}}", text.substring(split + 5).strip());
    }

    private static byte[] bytes(Path target, String text) {
        return target.toString().endsWith(".pdf") ? pdf(text) : text.getBytes(StandardCharsets.UTF_8);
    }

    /** A one-page PDF with one line of text per line of {@code text}, the first as its title. */
    static byte[] pdf(String text) {
        List<String> lines = Arrays.stream(text.split("\\R")).filter(l -> !l.isBlank()).toList();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(lines.get(0));
            document.setDocumentInformation(info);
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.newLineAtOffset(72, page.getMediaBox().getHeight() - 72);
                for (int i = 0; i < lines.size(); i++) {
                    content.setFont(i == 0 ? bold : regular, i == 0 ? 14 : 10);
                    content.showText(lines.get(i));
                    content.newLineAtOffset(0, -18);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a PDF", e);
        }
    }

    private static Map<String, String> read(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(site)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }

    /** The folder of the templates on the test classpath. */
    public static Path templates() {
        try {
            return Path.of(MutationWeb.class.getClassLoader().getResource("mutation-web").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A URL's path, for tables and messages. */
    static String pathOf(String url) {
        return URI.create(url).getRawPath();
    }
}

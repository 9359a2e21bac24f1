package org.imhfinder.production.scaleout;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imhfinder.localstack.web.GeneratedSite;
import org.imhfinder.localstack.web.SiteContent;

/**
 * A {@link GeneratedSite} whose pages {@code /p/N.html} each describe one training program the way a
 * provider's program page does (a heading naming it, then labelled facts), so each is exactly one
 * listing; the home page stays a hub of links, no program. Links and tree are the generated site's.
 */
public final class ProgramSite implements SiteContent {
    private static final Pattern PAGE = Pattern.compile("p/(\\d+)\\.html");
    private final GeneratedSite pages;
    private final String sourceId;

    public ProgramSite(int programs, String sourceId) {
        this.pages = new GeneratedSite(GeneratedSite.Spec.of(programs).withSitemap(false).withPageBytes(2048));
        this.sourceId = sourceId;
    }

    /** The program page N of a source names: unique across the web. */
    public static String programName(String sourceId, int n) {
        return "Graduate Certificate in Infant Mental Health, Section " + sourceId + "-" + n;
    }

    @Override
    public Optional<byte[]> read(String path) {
        Optional<byte[]> page = pages.read(path);
        Matcher program = PAGE.matcher(path);
        if (page.isEmpty() || !program.matches()) {
            return page;
        }
        int n = Integer.parseInt(program.group(1));
        String html = new String(page.get(), StandardCharsets.UTF_8)
                .replace("<title>Page " + n + "</title>", "<title>" + programName(sourceId, n) + "</title>")
                .replace("<h1>Page " + n + "</h1>", "")
                .replace("<main>", "<main>" + programBlock(n));
        return Optional.of(html.getBytes(StandardCharsets.UTF_8));
    }

    private String programBlock(int n) {
        return "<h1>" + programName(sourceId, n) + "</h1>"
                + "<p>A graduate certificate in infant and early childhood mental health for clinicians and home visitors.</p>"
                + "<h2>Requirements</h2><ul><li>Education: a bachelor's degree</li>"
                + "<li>Training: " + (30 + n % 10) + " hours of infant mental health training</li>"
                + "<li>Experience: two years of work with infants and families</li>"
                + "<li>Reflective supervision: 24 hours</li></ul><p>Delivery: online</p>";
    }
}

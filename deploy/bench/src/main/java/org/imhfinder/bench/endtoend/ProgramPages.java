package org.imhfinder.bench.endtoend;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imhfinder.localstack.web.SiteContent;

/**
 * A generated site whose pages each describe one training program, the way a provider's program
 * page does (a heading naming it, then labelled facts), so that every page crawled end to end
 * becomes a listing to index. Links, sizes and the tree of the generated site are kept.
 */
public final class ProgramPages implements SiteContent {
    private static final Pattern HEADING = Pattern.compile("<h1>Page (\\d+)</h1>");
    private final SiteContent pages;
    private final String site;

    public ProgramPages(SiteContent pages, String site) {
        this.pages = pages;
        this.site = site;
    }

    @Override
    public Optional<byte[]> read(String path) {
        Optional<byte[]> page = pages.read(path);
        if (page.isEmpty() || !(path.isEmpty() || path.endsWith(".html"))) {
            return page;
        }
        String html = new String(page.get(), StandardCharsets.UTF_8);
        Matcher heading = HEADING.matcher(html);
        String n = heading.find() ? heading.group(1) : "0";
        return Optional.of(heading.replaceFirst("").replaceFirst("<main>", Matcher.quoteReplacement("<main>" + program(n)))
                .getBytes(StandardCharsets.UTF_8));
    }

    private String program(String n) {
        return "<h1>Graduate Certificate in Infant Mental Health, Section " + site + "-" + n + "</h1>"
                + "<p>A graduate certificate in infant and early childhood mental health for clinicians and home visitors.</p>"
                + "<h2>Requirements</h2><ul><li>Education: a bachelor's degree</li>"
                + "<li>Training: " + (30 + n.length() * 5) + " hours of infant mental health training</li>"
                + "<li>Experience: two years of work with infants and families</li>"
                + "<li>Reflective supervision: 24 hours</li></ul><p>Delivery: online</p>";
    }
}

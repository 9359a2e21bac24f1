package org.imhfinder.normalize.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.imhfinder.schema.Credential;
import org.imhfinder.schema.ExtractionMethod;
import org.imhfinder.schema.FieldProvenance;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.Provider;
import org.imhfinder.sources.SourceDefinition;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A first extractor: a page whose main heading names a program (an Endorsement, a certificate,
 * a fellowship...) is one listing, named by that heading and described by the text under it.
 */
public final class SimpleProgramExtractor implements ProgramExtractor {
    private static final Pattern PROGRAM_HEADING = Pattern.compile(
            "(?i)\\b(endorsement|certificate|fellowship|program|programme|credential|training|degree|level|category)\\b");
    private static final int MAX_DESCRIPTION = 2000;

    @Override
    public List<ProgramListing> extract(PageEvent page, Document document, SourceDefinition source) {
        Element heading = document.selectFirst("main h1, article h1, h1");
        if (heading == null || !PROGRAM_HEADING.matcher(heading.text()).find()) {
            return List.of();
        }
        String name = heading.text().trim();
        String description = describe(document, heading);
        return List.of(ProgramListing.builder()
                .name(name)
                .provider(new Provider(source.name(), source.providerType(), source.seeds().get(0).resolve("/").toString()))
                .credential(credentialOf(name))
                .description(description)
                .provenance(Map.of(
                        "name", new FieldProvenance(ExtractionMethod.STRUCTURE, 0.7, "h1"),
                        "description", new FieldProvenance(ExtractionMethod.STRUCTURE, 0.5, "paragraphs after h1"),
                        "provider", new FieldProvenance(ExtractionMethod.SOURCE, 1.0, "sources.yml")))
                .build());
    }

    private static String describe(Document document, Element heading) {
        StringBuilder text = new StringBuilder();
        for (Element paragraph : document.select("main p, article p, p")) {
            if (text.length() > MAX_DESCRIPTION) {
                break;
            }
            if (!paragraph.text().isBlank() && paragraph.siblingIndex() >= 0) {
                text.append(paragraph.text().trim()).append(' ');
            }
        }
        String description = text.toString().trim();
        return description.isEmpty() ? null : description.substring(0, Math.min(description.length(), MAX_DESCRIPTION));
    }

    private static Credential credentialOf(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("endorsement")) {
            return Credential.ENDORSEMENT;
        }
        if (lower.contains("post-graduate certificate") || lower.contains("postgraduate certificate")) {
            return Credential.POST_GRADUATE_CERTIFICATE;
        }
        if (lower.contains("graduate certificate")) {
            return Credential.GRADUATE_CERTIFICATE;
        }
        if (lower.contains("certificate")) {
            return Credential.CERTIFICATE;
        }
        if (lower.contains("fellowship")) {
            return Credential.FELLOWSHIP;
        }
        return null;
    }
}

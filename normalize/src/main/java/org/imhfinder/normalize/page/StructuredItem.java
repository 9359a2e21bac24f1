package org.imhfinder.normalize.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.imhfinder.schema.ExtractionMethod;

/**
 * One schema.org item found on a page, as JSON whichever way it was written (JSON-LD or
 * microdata): its types ("Course", "EducationalOccupationalProgram"), its properties, and how it
 * was found.
 */
public record StructuredItem(Set<String> types, JsonNode data, ExtractionMethod method) {
    private static final Set<String> PROGRAM_TYPES = Set.of("EducationalOccupationalProgram", "Course",
            "WorkBasedProgram", "EducationalProgram");
    private static final Set<String> NEWS_TYPES = Set.of("NewsArticle", "BlogPosting", "Event", "SocialMediaPosting",
            "LiveBlogPosting", "EducationEvent");

    public StructuredItem {
        types = Set.copyOf(types);
    }

    /** A program or course: a listing of its own. */
    public boolean isProgram() {
        return types.stream().anyMatch(PROGRAM_TYPES::contains);
    }

    /** News, a blog post or an event: the page is not a program page. */
    public boolean isNews() {
        return types.stream().anyMatch(NEWS_TYPES::contains);
    }

    /** The text of a property ("name"), or null. */
    public String text(String property) {
        JsonNode value = data.get(property);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            value = value.size() == 0 ? null : value.get(0);
        }
        return value == null || value.isContainerNode() ? null : value.asText().trim();
    }
}

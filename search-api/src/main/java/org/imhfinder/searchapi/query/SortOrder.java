package org.imhfinder.searchapi.query;

import java.util.Arrays;
import java.util.Locale;
import org.imhfinder.searchapi.request.ApiProblem;

/** How results are ordered: by relevance (fresher first among equals), latest change, or soonest deadline. */
public enum SortOrder {
    RELEVANCE,
    UPDATED,
    DEADLINE;

    public static SortOrder parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badParameter("sort", "'" + text + "' is not one of "
                    + String.join(", ", Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }
}

package org.imhfinder.searchapi.query;

import java.util.Map;
import org.imhfinder.searchapi.http.ApiProblem;

/** A validated search: free text and page size. */
public record SearchRequest(String q, int size) {
    public static final int MAX_SIZE = 100;
    public static final int MAX_QUERY_LENGTH = 500;

    /** Reads and checks the query parameters; a bad one is a 400 naming it. */
    public static SearchRequest from(Map<String, String> parameters) {
        String q = parameters.get("q");
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw ApiProblem.badParameter("q", "at most " + MAX_QUERY_LENGTH + " characters");
        }
        int size = 20;
        String sizeText = parameters.get("size");
        if (sizeText != null) {
            try {
                size = Integer.parseInt(sizeText.trim());
            } catch (NumberFormatException e) {
                throw ApiProblem.badParameter("size", "expected a whole number, got '" + sizeText + "'");
            }
            if (size < 1 || size > MAX_SIZE) {
                throw ApiProblem.badParameter("size", "must be between 1 and " + MAX_SIZE);
            }
        }
        return new SearchRequest(q == null || q.isBlank() ? null : q.trim(), size);
    }
}

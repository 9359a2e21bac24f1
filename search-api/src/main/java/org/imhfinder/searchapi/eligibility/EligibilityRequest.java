package org.imhfinder.searchapi.eligibility;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.imhfinder.searchapi.query.Facet;

/** A validated eligibility question: the applicant, the filters on which programs to answer for, and how many answers to give. */
public record EligibilityRequest(Applicant applicant, Map<Facet, Set<String>> filters, int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public EligibilityRequest {
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> copy.put(facet, Set.copyOf(values)));
        filters = java.util.Collections.unmodifiableMap(copy);
    }
}

package org.imhfinder.searchapi.eligibility;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imhfinder.schema.Education;
import org.imhfinder.searchapi.query.Facet;
import org.imhfinder.searchapi.request.ApiProblem;
import org.imhfinder.searchapi.request.QueryParameters;

/**
 * Reads {@code GET /eligibility}'s query parameters: what the applicant has ({@code education}
 * required; the numbers 0 when absent: nothing done yet), the search's filters but the minimum
 * education (which is a requirement here, answered, not filtered on), and {@code size}. A bad
 * value is a 400 naming its parameter.
 */
public final class EligibilityParameters {
    /** Most years of work experience an applicant may state: a career, not a typo's thousands. */
    public static final double MAX_YEARS = 60;
    /** Most hours of training or of reflective supervision an applicant may state. */
    public static final int MAX_HOURS = 20_000;
    /** The filters the endpoint takes: the search's, but minimum education. */
    public static final List<Facet> FILTERS = java.util.Arrays.stream(Facet.values())
            .filter(f -> f != Facet.MINIMUM_EDUCATION).toList();
    /** Every parameter the endpoint takes (OpenAPI documents exactly these). */
    public static final Set<String> NAMES = names();

    private EligibilityParameters() {
    }

    public static EligibilityRequest read(QueryParameters parameters) {
        Education education = parameters.single("education")
                .map(v -> Education.valueOf(Facet.MINIMUM_EDUCATION.canonicalAs("education", v)))
                .orElseThrow(() -> ApiProblem.badParameter("education", "required: the highest education held, one of "
                        + String.join(", ", Facet.MINIMUM_EDUCATION.allowed())));
        double years = parameters.single("yearsExperience").map(v -> years(v)).orElse(0.0);
        int training = parameters.single("trainingHours").map(v -> hours("trainingHours", v)).orElse(0);
        int supervision = parameters.single("reflectiveSupervisionHours").map(v -> hours("reflectiveSupervisionHours", v)).orElse(0);
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : FILTERS) {
            List<String> values = parameters.list(facet.parameter());
            if (values.size() > 60) {
                throw ApiProblem.badParameter(facet.parameter(), "at most 60 values");
            }
            if (!values.isEmpty()) {
                Set<String> canonical = new LinkedHashSet<>();
                values.forEach(v -> canonical.add(facet.canonical(v)));
                filters.put(facet, canonical);
            }
        }
        int size = parameters.single("size").map(EligibilityParameters::size).orElse(EligibilityRequest.DEFAULT_SIZE);
        return new EligibilityRequest(new Applicant(education, years, training, supervision), filters, size);
    }

    static double years(String text) {
        double years;
        try {
            years = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw ApiProblem.badParameter("yearsExperience", "expected a number of years such as 2 or 1.5, got '" + text + "'");
        }
        if (!(years >= 0 && years <= MAX_YEARS)) { // NaN fails too
            throw ApiProblem.badParameter("yearsExperience", "must be from 0 to " + (int) MAX_YEARS + ", got '" + text + "'");
        }
        return years;
    }

    static int hours(String parameter, String text) {
        int hours;
        try {
            hours = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiProblem.badParameter(parameter, "expected a whole number of hours, got '" + text + "'");
        }
        if (hours < 0 || hours > MAX_HOURS) {
            throw ApiProblem.badParameter(parameter, "must be from 0 to " + MAX_HOURS + ", got '" + text + "'");
        }
        return hours;
    }

    static int size(String text) {
        try {
            int size = Integer.parseInt(text);
            if (size >= 1 && size <= EligibilityRequest.MAX_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiProblem.badParameter("size", "a whole number between 1 and " + EligibilityRequest.MAX_SIZE + ", got '" + text + "'");
    }

    private static Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        for (Requirement requirement : Requirement.values()) {
            names.add(requirement.parameter());
        }
        FILTERS.forEach(f -> names.add(f.parameter()));
        names.add("size");
        return java.util.Collections.unmodifiableSet(names);
    }
}

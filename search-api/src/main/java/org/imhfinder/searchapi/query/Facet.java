package org.imhfinder.searchapi.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.imhfinder.es.IndexFields;
import org.imhfinder.schema.Credential;
import org.imhfinder.schema.Delivery;
import org.imhfinder.schema.Education;
import org.imhfinder.schema.FreshnessStatus;
import org.imhfinder.schema.ProgramComponent;
import org.imhfinder.schema.Topic;
import org.imhfinder.searchapi.request.ApiProblem;

/**
 * The exact-match filters of {@code GET /programs}, each also a facet of the answer: the query
 * parameter, the index field, and which values are valid (an enum's names, or a pattern).
 */
public enum Facet {
    REGION("region", IndexFields.REGION, null, Pattern.compile("[A-Z]{2}")),
    CREDENTIAL("credential", IndexFields.CREDENTIAL, Credential.class, null),
    DELIVERY("delivery", IndexFields.DELIVERY, Delivery.class, null),
    TOPIC("topic", IndexFields.TOPICS, Topic.class, null),
    COMPONENT("component", IndexFields.COMPONENTS, ProgramComponent.class, null),
    MINIMUM_EDUCATION("minimumEducation", IndexFields.MINIMUM_EDUCATION, Education.class, null),
    FRESHNESS("freshness", IndexFields.FRESHNESS_STATUS, FreshnessStatus.class, null),
    SOURCE("sourceId", IndexFields.SOURCE_ID, null, Pattern.compile("[a-z0-9-]{1,100}"));

    private final String parameter;
    private final String field;
    private final Class<? extends Enum<?>> values;
    private final Pattern pattern;

    Facet(String parameter, String field, Class<? extends Enum<?>> values, Pattern pattern) {
        this.parameter = parameter;
        this.field = field;
        this.values = values;
        this.pattern = pattern;
    }

    public String parameter() {
        return parameter;
    }

    public String field() {
        return field;
    }

    /** The canonical form of a value given by a client (enum names and state codes in upper case); 400 when invalid. */
    public String canonical(String value) {
        if (values != null) {
            String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            if (allowed().contains(name)) {
                return name;
            }
            throw ApiProblem.badParameter(parameter, "'" + value + "' is not one of " + String.join(", ", allowed()));
        }
        String text = this == REGION ? value.trim().toUpperCase(Locale.ROOT) : value.trim();
        if (!pattern.matcher(text).matches()) {
            throw ApiProblem.badParameter(parameter, "'" + value + "' is not " + (this == REGION
                    ? "a US state code such as MI" : "a source id ([a-z0-9-]+)"));
        }
        return text;
    }

    /** Like {@link #canonical(String)}, for another parameter with the same values (a 400 names that one). */
    public String canonicalAs(String otherParameter, String value) {
        try {
            return canonical(value);
        } catch (ApiProblem e) {
            throw ApiProblem.badParameter(otherParameter, "'" + value + "' is not one of " + String.join(", ", allowed()));
        }
    }

    /** The facet a query parameter names (the same parameter a concept of the query names); empty for another one. */
    public static java.util.Optional<Facet> ofParameter(String parameter) {
        return Arrays.stream(values()).filter(f -> f.parameter.equals(parameter)).findFirst();
    }

    /** The valid values, for enum-valued facets; empty otherwise. */
    public List<String> allowed() {
        return values == null ? List.of() : Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
    }
}

package org.imhfinder.searchapi.review;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ListingField;
import org.imhfinder.schema.ListingBounds;
import org.imhfinder.schema.Location;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.searchapi.request.ApiProblem;

/**
 * The listing fields a curator may override (the catalogue's, {@link ListingField#isOverridable()}),
 * and their types, read from {@link ProgramListing} itself so the two cannot drift apart. Identity, crawl bookkeeping, provenance and freshness are
 * the pipeline's and cannot be overridden. Values are checked strictly: "30" is not a number, 3
 * is not a word, unknown members of an object are refused, numbers and dates stay within
 * {@link ListingBounds} (the indexer holds overrides to the same); {@code null} clears a field.
 */
public final class OverrideFields {
    private static final ObjectMapper STRICT = strictMapper();
    private static final Map<String, JavaType> TYPES = types();

    private OverrideFields() {
    }

    /** The names a curator may override. */
    public static Set<String> names() {
        return TYPES.keySet();
    }

    /** Checks each field and value; answers the values in their canonical JSON form. */
    public static Map<String, Object> check(JsonNode fields) {
        if (fields == null || !fields.isObject() || fields.isEmpty()) {
            throw ApiProblem.badParameter("fields", "OVERRIDE needs an object of field names to new values");
        }
        Map<String, Object> checked = new LinkedHashMap<>();
        fields.fields().forEachRemaining(e -> checked.put(e.getKey(), value(e.getKey(), e.getValue())));
        return checked;
    }

    private static Object value(String field, JsonNode value) {
        JavaType type = TYPES.get(field);
        if (type == null) {
            throw ApiProblem.badParameter("fields." + field, ListingField.byJson(field).isPresent()
                    ? "is kept by the pipeline and cannot be overridden"
                    : "not a listing field (fields: " + String.join(", ", names().stream().sorted().toList()) + ")");
        }
        if (value.isNull()) {
            return null;
        }
        Object typed;
        try {
            typed = STRICT.convertValue(value, type);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badParameter("fields." + field, "expected " + describe(type) + ", got " + value);
        }
        if (typed instanceof String text && text.isBlank()) {
            throw ApiProblem.badParameter("fields." + field, "must not be blank (null clears it)");
        }
        if (typed instanceof Location location && location.region() != null && !location.region().matches("[A-Z]{2}")) {
            throw ApiProblem.badParameter("fields." + field, "region must be a US state code such as MI");
        }
        ListingBounds.problem(field, typed).ifPresent(problem -> {
            throw ApiProblem.badParameter("fields." + field, problem);
        });
        return Json.mapper().convertValue(typed, Object.class);
    }

    private static String describe(JavaType type) {
        if (type.isEnumType()) {
            return "one of " + String.join(", ", Arrays.stream(type.getRawClass().getEnumConstants()).map(String::valueOf).toList());
        }
        if (type.isCollectionLikeType()) {
            return "a list of " + describe(type.getContentType());
        }
        return "a " + type.getRawClass().getSimpleName();
    }

    private static Map<String, JavaType> types() {
        Map<String, JavaType> types = new LinkedHashMap<>();
        for (RecordComponent component : ProgramListing.class.getRecordComponents()) {
            if (ListingField.byJson(component.getName()).filter(ListingField::isOverridable).isPresent()) {
                types.put(component.getName(), STRICT.getTypeFactory().constructType(component.getGenericType()));
            }
        }
        return java.util.Collections.unmodifiableMap(types);
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = Json.mapper().copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        for (LogicalType numeric : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(numeric).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        for (CoercionInputShape scalar : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        return mapper;
    }
}

package org.imhfinder.searchapi.directory;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imhfinder.schema.GeoPoint;
import org.imhfinder.schema.ListingBounds;
import org.imhfinder.schema.ListingField;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.ValueLabels;
import org.imhfinder.vocabulary.Vocabulary;

/**
 * The listing's fields and the words for their values, for anything that shows listings to people:
 * each public field with its label (and its members' labels), its type as a form would ask for it
 * ({@code text}, {@code integer}, {@code number}, {@code date}, {@code enum}, {@code enumList},
 * {@code textList}, {@code object}), its bounds, whether a curator may override it; and every enum
 * value's label, with the states' names under {@code region}. Read from the schema's catalogue
 * ({@link ListingField}, {@link ValueLabels}, {@link ListingBounds}) and the record type, so that
 * it cannot say something the schema does not. Built once: nothing in it changes while running.
 */
public final class Catalogue {
    private final Map<String, Object> document;

    public Catalogue(Vocabulary vocabulary) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("fields", fields());
        document.put("values", values(vocabulary));
        this.document = java.util.Collections.unmodifiableMap(document);
    }

    public Map<String, Object> document() {
        return document;
    }

    private static List<Map<String, Object>> fields() {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (RecordComponent component : ProgramListing.class.getRecordComponents()) {
            ListingField field = ListingField.byJson(component.getName()).orElseThrow();
            if (!field.isPublic()) {
                continue;
            }
            Map<String, Object> entry = describe(field.json(), field.label(), component.getGenericType());
            entry.put("overridable", field.isOverridable());
            entry.put("key", field.isKey());
            fields.add(entry);
        }
        return fields;
    }

    private static Map<String, Object> describe(String path, String label, Type type) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", path.substring(path.lastIndexOf('.') + 1));
        entry.put("label", label);
        Class<?> raw = raw(type);
        if (raw.isEnum()) {
            entry.put("type", "enum");
            entry.put("values", key(raw));
        } else if (raw == List.class) {
            Class<?> item = raw(((ParameterizedType) type).getActualTypeArguments()[0]);
            entry.put("type", item.isEnum() ? "enumList" : "textList");
            if (item.isEnum()) {
                entry.put("values", key(item));
            }
        } else if (raw == Integer.class || raw == int.class) {
            entry.put("type", "integer");
        } else if (raw == Double.class) {
            entry.put("type", "number");
        } else if (raw == LocalDate.class) {
            entry.put("type", "date");
        } else if (raw == String.class) {
            entry.put("type", "region".equals(entry.get("name")) ? "enum" : "text");
            if ("region".equals(entry.get("name"))) {
                entry.put("values", "region");
            }
        } else if (raw.isRecord()) {
            entry.put("type", "object");
            entry.put("members", members(path, raw));
        } else {
            entry.put("type", "object");
        }
        bounds(path, entry);
        return entry;
    }

    private static List<Map<String, Object>> members(String path, Class<?> record) {
        List<Map<String, Object>> members = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String member = path + "." + component.getName();
            if (component.getType() != GeoPoint.class && ListingField.labelOf(member).isPresent()) {
                members.add(describe(member, ListingField.labelOf(member).get(), component.getGenericType()));
            }
        }
        return members;
    }

    /** The bounds {@link ListingBounds} holds a field's values to (what the curator API checks). */
    private static void bounds(String path, Map<String, Object> entry) {
        switch (path) {
            case "trainingHours", "reflectiveSupervisionHours" -> {
                entry.put("minimum", 0);
                entry.put("maximum", ListingBounds.MAX_HOURS);
            }
            case "yearsExperience" -> {
                entry.put("minimum", 0);
                entry.put("maximum", ListingBounds.MAX_YEARS_EXPERIENCE);
            }
            case "applicationDeadline" -> {
                entry.put("minimum", LocalDate.of(ListingBounds.FIRST_DEADLINE_YEAR, 1, 1).toString());
                entry.put("maximum", LocalDate.of(ListingBounds.LAST_DEADLINE_YEAR, 12, 31).toString());
            }
            default -> {
                // no bounds
            }
        }
    }

    private static Map<String, Map<String, String>> values(Vocabulary vocabulary) {
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        for (Class<? extends Enum<?>> type : ValueLabels.types()) {
            values.put(key(type), ValueLabels.of(type));
        }
        Map<String, String> regions = new LinkedHashMap<>();
        vocabulary.regionCodes().forEach(code -> regions.put(code, RegionsReport.name(vocabulary, code)));
        values.put("region", regions);
        return values;
    }

    /** An enum's key in {@code values}: its simple name, a nested one's prefixed by its outer type ("ListingEventKind"). */
    static String key(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + type.getSimpleName();
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }
}

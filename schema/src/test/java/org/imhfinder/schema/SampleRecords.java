package org.imhfinder.schema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Builds instances of record types with every component set (or only the primitive ones), by
 * reflection, so a schema test covers fields added later without being told about them.
 */
final class SampleRecords {
    /** Values that must satisfy a pattern or a range, by component name. */
    private static final Map<String, Object> SPECIAL = Map.ofEntries(
            Map.entry("schemaVersion", 1),
            Map.entry("id", "prg-0123456789abcdef01234567"),
            Map.entry("sourceId", "mi-aimh"),
            Map.entry("region", "MI"),
            Map.entry("stage", StageNames.NORMALIZE),
            Map.entry("confidence", 0.8),
            Map.entry("lat", 42.7),
            Map.entry("lon", -84.5));

    private SampleRecords() {
    }

    /** An instance with every component set. */
    static <T extends Record> T full(Class<T> type) {
        return build(type, true);
    }

    /** An instance with only primitives (and schemaVersion) set: everything optional left out. */
    static <T extends Record> T minimal(Class<T> type) {
        return build(type, false);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Record> T build(Class<T> type, boolean full) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            boolean needed = full || types[i].isPrimitive();
            args[i] = needed ? value(components[i].getName(), components[i].getGenericType()) : null;
        }
        try {
            return (T) type.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a sample " + type.getSimpleName(), e);
        }
    }

    private static Object value(String name, Type type) {
        if (SPECIAL.containsKey(name)) {
            return SPECIAL.get(name);
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return "sample " + name;
        } else if (raw == int.class || raw == Integer.class) {
            return 3;
        } else if (raw == long.class || raw == Long.class) {
            return 7L;
        } else if (raw == double.class || raw == Double.class) {
            return 2.5;
        } else if (raw == boolean.class || raw == Boolean.class) {
            return true;
        } else if (raw == Instant.class) {
            return Instant.parse("2026-03-01T10:15:30Z");
        } else if (raw == LocalDate.class) {
            return LocalDate.parse("2027-03-01");
        } else if (raw == byte[].class) {
            return new byte[] {37, 80, 68, 70};
        } else if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        } else if (raw == List.class) {
            return List.of(value(name, argument(type, 0)));
        } else if (raw == Map.class) {
            Type valueType = argument(type, 1);
            return Map.of("key", valueType == Object.class ? "value" : value(name, valueType));
        } else if (raw.isRecord()) {
            return build(raw.asSubclass(Record.class), true);
        }
        throw new IllegalArgumentException("no sample value for " + type + " (" + name + ")");
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("unsupported type " + type);
    }

    static Type argument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }
}

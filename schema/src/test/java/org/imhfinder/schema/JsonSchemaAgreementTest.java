package org.imhfinder.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schemas ({@code json-schema/*.schema.json}) and the Java record types say
 * the same thing: the same properties, compatible types, the same enum constants, primitives
 * required; and what the one JSON mapping writes validates against the schema.
 */
class JsonSchemaAgreementTest {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    static Stream<Arguments> records() {
        return Stream.of(
                Arguments.of(PageEvent.class, "page-event-v1.schema.json"),
                Arguments.of(PageOutcome.class, "page-outcome-v1.schema.json"),
                Arguments.of(ProgramListing.class, "program-listing-v1.schema.json"),
                Arguments.of(CurationDecision.class, "curation-decision-v1.schema.json"),
                Arguments.of(DeadLetter.class, "dead-letter-v1.schema.json"),
                Arguments.of(DocumentText.class, "document-text-v1.schema.json"),
                Arguments.of(ListingState.class, "listing-state-v1.schema.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void theSchemaDescribesEveryComponentOfTheRecordAndNothingElse(Class<? extends Record> type, String file) {
        JsonNode schema = schemaTree(file);
        List<String> problems = new ArrayList<>();

        new Comparison(schema, problems).record(type, schema, type.getSimpleName());

        assertThat(problems).as("differences between %s and %s", type.getSimpleName(), file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void aRecordWithEveryFieldSetValidates(Class<? extends Record> type, String file) {
        JsonNode written = Json.mapper().valueToTree(SampleRecords.full(type));

        assertThat(validate(file, written)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void aRecordWithOnlyItsPrimitivesSetValidatesOrNamesTheRequiredFieldsItLacks(Class<? extends Record> type, String file) {
        JsonNode written = Json.mapper().valueToTree(SampleRecords.minimal(type));
        Set<String> required = new TreeSet<>();
        schemaTree(file).path("required").forEach(r -> required.add(r.asText()));
        required.removeIf(written::has);

        Set<ValidationMessage> errors = validate(file, written);

        assertThat(errors).hasSize(required.size());
        assertThat(errors).allSatisfy(e -> assertThat(e.getMessage()).contains("required property"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void anUnknownPropertyIsRefused(Class<? extends Record> type, String file) {
        ObjectNode written = Json.mapper().valueToTree(SampleRecords.full(type));
        written.put("notInTheSchema", true);

        assertThat(validate(file, written)).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("notInTheSchema"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void anotherSchemaVersionIsRefused(Class<? extends Record> type, String file) {
        ObjectNode written = Json.mapper().valueToTree(SampleRecords.full(type));
        written.put("schemaVersion", 2);

        assertThat(validate(file, written)).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("schemaVersion"));
    }

    private static Set<ValidationMessage> validate(String file, JsonNode instance) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = resource(file)) {
            JsonSchema schema = FACTORY.getSchema(in, config);
            return schema.validate(instance);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode schemaTree(String file) {
        try (InputStream in = resource(file)) {
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = JsonSchemaAgreementTest.class.getClassLoader().getResourceAsStream("json-schema/" + file);
        if (in == null) {
            throw new IllegalStateException("json-schema/" + file + " is missing");
        }
        return in;
    }

    /** Walks a record type and its schema side by side, collecting every difference. */
    private record Comparison(JsonNode root, List<String> problems) {

        void record(Class<?> type, JsonNode node, String path) {
            JsonNode schema = resolve(node);
            expectType(schema, "object", path);
            Set<String> properties = new TreeSet<>();
            schema.path("properties").fieldNames().forEachRemaining(properties::add);
            Set<String> components = new TreeSet<>();
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            for (RecordComponent component : type.getRecordComponents()) {
                components.add(component.getName());
                String at = path + "." + component.getName();
                if (!properties.contains(component.getName())) {
                    problems.add(at + ": in the Java type, missing from the schema");
                    continue;
                }
                if (component.getType().isPrimitive() && !required.contains(component.getName())) {
                    problems.add(at + ": a primitive is always written, so the schema must require it");
                }
                value(component.getGenericType(), schema.path("properties").path(component.getName()), at);
            }
            properties.stream().filter(p -> !components.contains(p))
                    .forEach(p -> problems.add(path + "." + p + ": in the schema, missing from the Java type"));
            if (!schema.path("additionalProperties").isBoolean() || schema.path("additionalProperties").asBoolean()) {
                problems.add(path + ": the schema must say additionalProperties: false");
            }
        }

        void value(Type type, JsonNode node, String path) {
            JsonNode schema = resolve(node);
            Class<?> raw = SampleRecords.raw(type);
            if (raw == String.class) {
                expectType(schema, "string", path);
            } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
                expectType(schema, "integer", path);
            } else if (raw == double.class || raw == Double.class) {
                expectType(schema, "number", path);
            } else if (raw == boolean.class || raw == Boolean.class) {
                expectType(schema, "boolean", path);
            } else if (raw == Instant.class) {
                expectFormat(schema, "date-time", path);
            } else if (raw == LocalDate.class) {
                expectFormat(schema, "date", path);
            } else if (raw == byte[].class) {
                expectType(schema, "string", path);
                if (!"base64".equals(schema.path("contentEncoding").asText())) {
                    problems.add(path + ": bytes are written as base64; the schema must say contentEncoding: base64");
                }
            } else if (raw.isEnum()) {
                enumeration(raw, schema, path);
            } else if (raw == List.class) {
                expectType(schema, "array", path);
                value(SampleRecords.argument(type, 0), schema.path("items"), path + "[]");
            } else if (raw == Map.class) {
                map(type, schema, path);
            } else if (raw.isRecord()) {
                record(raw, schema, path);
            } else {
                problems.add(path + ": no rule for Java type " + type);
            }
        }

        private void map(Type type, JsonNode schema, String path) {
            expectType(schema, "object", path);
            Type valueType = SampleRecords.argument(type, 1);
            if (valueType != Object.class) {
                value(valueType, schema.path("additionalProperties"), path + "{}");
            }
        }

        private void enumeration(Class<?> type, JsonNode schema, String path) {
            expectType(schema, "string", path);
            Set<String> java = new TreeSet<>();
            Arrays.stream(type.getEnumConstants()).forEach(c -> java.add(((Enum<?>) c).name()));
            Set<String> json = new TreeSet<>();
            schema.path("enum").forEach(e -> json.add(e.asText()));
            if (!java.equals(json)) {
                problems.add(path + ": enum " + type.getSimpleName() + " is " + java + " but the schema says " + json);
            }
        }

        private void expectFormat(JsonNode schema, String format, String path) {
            expectType(schema, "string", path);
            if (!format.equals(schema.path("format").asText())) {
                problems.add(path + ": expected format " + format + ", the schema says '" + schema.path("format").asText() + "'");
            }
        }

        private void expectType(JsonNode schema, String type, String path) {
            if (!type.equals(schema.path("type").asText())) {
                problems.add(path + ": expected type " + type + ", the schema says '" + schema.path("type").asText() + "'");
            }
        }

        private JsonNode resolve(JsonNode node) {
            JsonNode ref = node.get("$ref");
            if (ref == null) {
                return node;
            }
            String pointer = ref.asText();
            if (!pointer.startsWith("#")) {
                problems.add("only local references are supported: " + pointer);
                return node;
            }
            return root.at(pointer.substring(1));
        }
    }
}

package org.imhfinder.normalize.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imhfinder.normalize.detect.Candidate;
import org.imhfinder.normalize.fields.DateReader;
import org.imhfinder.normalize.fields.Field;
import org.imhfinder.normalize.fields.FieldSet;
import org.imhfinder.normalize.fields.LevelReader;
import org.imhfinder.normalize.fields.Readers;
import org.imhfinder.normalize.page.Page;
import org.imhfinder.normalize.page.StructuredItem;
import org.imhfinder.schema.ExtractionMethod;

/**
 * Trust level 1: schema.org {@code EducationalOccupationalProgram} and {@code Course} items
 * (JSON-LD or microdata): name, description, mode, time to complete, deadline, prerequisites,
 * offers, location, audience, subjects.
 */
public final class StructuredDataExtractor implements ProgramExtractor {
    public static final String NAME = "structured-data";

    private final Readers readers;

    public StructuredDataExtractor(Readers readers) {
        this.readers = readers;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void extract(Page page, Candidate candidate, FieldSet fields) {
        StructuredItem item = candidate.structured();
        if (item == null) {
            return;
        }
        Put put = new Put(fields, item.method());
        JsonNode data = item.data();
        String name = item.text("name");
        put.value(Field.NAME, name, 0.95, "name");
        put.value(Field.DESCRIPTION, item.text("description"), 0.95, "description");
        identity(put, data, name);
        put.value(Field.DELIVERY, first(data, "educationalProgramMode", "courseMode", "hasCourseInstance.courseMode")
                .flatMap(readers.terms()::delivery).orElse(null), 0.9, "educationalProgramMode/courseMode");
        put.value(Field.DURATION, first(data, "timeToComplete", "duration", "hasCourseInstance.duration")
                .map(StructuredDataExtractor::period).orElse(null), 0.9, "timeToComplete");
        put.value(Field.APPLICATION_DEADLINE, first(data, "applicationDeadline").flatMap(DateReader::read).orElse(null), 0.95,
                "applicationDeadline");
        put.value(Field.MINIMUM_EDUCATION, texts(data, "programPrerequisites", "coursePrerequisites").stream()
                .map(readers.education()::read).flatMap(Optional::stream).findFirst().orElse(null), 0.9, "programPrerequisites");
        put.value(Field.COST, cost(data), 0.9, "offers");
        location(put, data);
        put.list(Field.AUDIENCE, readers.terms().audience(String.join(" ", texts(data, "audience"))), "audience");
        put.list(Field.TOPICS, readers.terms().topics(String.join(" ", texts(data, "about", "teaches", "keywords", "hasCourse"))),
                "about/teaches");
        String description = item.text("description");
        if (description != null) {
            put.list(Field.ALIGNS_WITH, readers.alignment().read(description), "description");
        }
    }

    private void identity(Put put, JsonNode data, String name) {
        String awarded = String.join(" ", texts(data, "educationalCredentialAwarded", "occupationalCredentialAwarded"));
        put.value(Field.CREDENTIAL, readers.terms().credential(awarded)
                .or(() -> name == null ? Optional.empty() : readers.terms().credential(name)).orElse(null), 0.85, "credential awarded");
        if (name != null) {
            Optional<LevelReader.Reading> level = readers.levels().named(name);
            level.ifPresent(l -> put.value(Field.LEVEL, l.text(), 0.9, name));
            put.value(Field.TRACK, level.map(l -> (Object) l.level().track())
                    .orElse(readers.terms().track(name).orElse(null)), 0.8, name);
        }
    }

    private void location(Put put, JsonNode data) {
        for (String path : List.of("location", "contentLocation", "hasCourseInstance.location")) {
            JsonNode address = node(data, path + ".address");
            if (address == null) {
                address = node(data, path);
            }
            if (address != null && address.isObject()) {
                put.value(Field.CITY, text(address.get("addressLocality")), 0.9, path);
                String region = text(address.get("addressRegion"));
                if (region != null) {
                    put.value(Field.REGION, readers.vocabulary().regionCode(region).orElse(null), 0.9, path);
                }
                return;
            }
        }
    }

    private static String cost(JsonNode data) {
        JsonNode offers = data.get("offers");
        if (offers != null && offers.isArray()) {
            offers = offers.size() == 0 ? null : offers.get(0);
        }
        if (offers == null || !offers.isObject()) {
            return null;
        }
        String price = text(offers.get("price"));
        String currency = text(offers.get("priceCurrency"));
        if (price == null) {
            return text(offers.get("description"));
        }
        return ("USD".equalsIgnoreCase(currency) || currency == null ? "$" : currency + " ") + price;
    }

    /** ISO-8601 periods ("P2Y", "P18M") read as "2 years", "18 months"; anything else as written. */
    static String period(String value) {
        try {
            Period period = Period.parse(value.trim());
            if (period.getYears() > 0 && period.getMonths() == 0) {
                return period.getYears() + (period.getYears() == 1 ? " year" : " years");
            }
            int months = period.getYears() * 12 + period.getMonths();
            return months > 0 ? months + (months == 1 ? " month" : " months") : value;
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private static Optional<String> first(JsonNode data, String... paths) {
        for (String path : paths) {
            String text = text(node(data, path));
            if (text != null) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** The texts of properties: strings, names and categories of objects, items of arrays. */
    private static List<String> texts(JsonNode data, String... properties) {
        List<String> out = new ArrayList<>();
        for (String property : properties) {
            collectTexts(data.get(property), out);
        }
        return out;
    }

    private static void collectTexts(JsonNode node, List<String> out) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collectTexts(n, out));
        } else if (node.isObject()) {
            for (String key : List.of("credentialCategory", "name", "audienceType", "description")) {
                if (node.hasNonNull(key)) {
                    out.add(node.get(key).asText());
                }
            }
        } else {
            out.add(node.asText());
        }
    }

    private static JsonNode node(JsonNode data, String path) {
        JsonNode node = data;
        for (String part : path.split("\\.")) {
            if (node != null && node.isArray()) {
                node = node.size() == 0 ? null : node.get(0);
            }
            node = node == null ? null : node.get(part);
        }
        return node;
    }

    private static String text(JsonNode node) {
        if (node != null && node.isArray()) {
            node = node.size() == 0 ? null : node.get(0);
        }
        return node == null || node.isNull() || node.isContainerNode() || node.asText().isBlank() ? null : node.asText().trim();
    }

    /** Puts values with the item's method (JSON-LD or microdata). */
    private record Put(FieldSet fields, ExtractionMethod method) {
        void value(Field field, Object value, double confidence, String evidence) {
            fields.put(field, value, method, method == ExtractionMethod.MICRODATA ? confidence - 0.05 : confidence, evidence);
        }

        void list(Field field, java.util.Collection<?> values, String evidence) {
            fields.add(field, values, method, 0.85, evidence);
        }
    }
}

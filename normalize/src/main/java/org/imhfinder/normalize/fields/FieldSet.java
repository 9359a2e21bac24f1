package org.imhfinder.normalize.fields;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imhfinder.normalize.text.Clauses;
import org.imhfinder.normalize.text.ControlCharacters;
import org.imhfinder.schema.EvidenceRole;
import org.imhfinder.schema.ExtractionMethod;
import org.imhfinder.schema.FieldProvenance;

/**
 * The values found for one program, each with how it was found. A value found by a more trusted
 * method (JSON-LD, microdata, hand rule, page structure, PDF, text, source, in that order) replaces
 * one found by a less trusted method; list fields collect values from every method. Every text
 * value passes {@link ControlCharacters#strip} on its way in, so no extractor can hand a NUL on to
 * a listing. Not thread-safe: one per program being extracted.
 */
public final class FieldSet {
    private final Map<Field, Object> values = new EnumMap<>(Field.class);
    private final Map<Field, FieldProvenance> provenance = new EnumMap<>(Field.class);
    private EvidenceRole role = EvidenceRole.OWN_PAGE;

    /** How the page describes this program: its own page (the default), or a summary linking to it. */
    public EvidenceRole role() {
        return role;
    }

    public FieldSet role(EvidenceRole role) {
        this.role = role;
        return this;
    }

    /** Sets a single-valued field unless a more trusted method already set it; null and blank values are ignored. */
    public FieldSet put(Field field, Object input, ExtractionMethod method, double confidence, String evidence) {
        Object value = clean(input);
        if (value == null || (value instanceof String s && s.isBlank()) || field.isList()) {
            return this;
        }
        FieldProvenance current = provenance.get(field);
        if (current == null || moreTrusted(method, confidence, current)) {
            values.put(field, value);
            provenance.put(field, new FieldProvenance(method, confidence, abbreviate(evidence)));
        }
        return this;
    }

    /** Adds values to a list field; its provenance is the most trusted method that contributed. */
    public FieldSet add(Field field, Collection<?> items, ExtractionMethod method, double confidence, String evidence) {
        if (items == null || items.isEmpty() || !field.isList()) {
            return this;
        }
        @SuppressWarnings("unchecked")
        Collection<Object> list = (Collection<Object>) values.computeIfAbsent(field, f -> new LinkedHashSet<>());
        items.stream().map(FieldSet::clean).filter(v -> v != null && !(v instanceof String s && s.isBlank())).forEach(list::add);
        FieldProvenance current = provenance.get(field);
        if (current == null || moreTrusted(method, confidence, current)) {
            provenance.put(field, new FieldProvenance(method, confidence, abbreviate(evidence)));
        }
        return this;
    }

    /** Fills the fields this set lacks from another set (a linked document), keeping the other's provenance. */
    public FieldSet fillFrom(FieldSet other, ExtractionMethod as) {
        return fillFrom(other, as, null);
    }

    /** Fills what this set lacks from {@code other}, found in the document at {@code url} (kept in the provenance). */
    public FieldSet fillFrom(FieldSet other, ExtractionMethod as, String url) {
        for (Map.Entry<Field, Object> entry : other.values.entrySet()) {
            Field field = entry.getKey();
            if (!has(field) && field != Field.NAME) {
                FieldProvenance p = other.provenance.get(field);
                values.put(field, entry.getValue() instanceof Collection<?> c ? new LinkedHashSet<>(c) : entry.getValue());
                provenance.put(field, new FieldProvenance(as, Math.min(p.confidence(), 0.8), p.evidence(), url));
            }
        }
        return this;
    }

    /**
     * Takes in another set found for the same program elsewhere on the page (its table row beside its section):
     * each value as if it had been found here, so the more trusted one wins and lists collect both.
     */
    public FieldSet merge(FieldSet other) {
        if (other.role == EvidenceRole.OWN_PAGE) {
            role = EvidenceRole.OWN_PAGE; // a program described in full somewhere on its page is that page's own
        }
        for (Map.Entry<Field, Object> entry : other.values.entrySet()) {
            Field field = entry.getKey();
            FieldProvenance p = other.provenance.get(field);
            if (entry.getValue() instanceof Collection<?> c) {
                add(field, c, p.method(), p.confidence(), p.evidence());
            } else {
                put(field, entry.getValue(), p.method(), p.confidence(), p.evidence());
            }
            if (p.url() != null && p.equals(withUrl(provenance.get(field), p.url()))) {
                provenance.put(field, p); // the value taken came from the other set's document: keep its address
            }
        }
        return this;
    }

    private static FieldProvenance withUrl(FieldProvenance p, String url) {
        return p == null ? null : new FieldProvenance(p.method(), p.confidence(), p.evidence(), url);
    }

    public boolean has(Field field) {
        Object value = values.get(field);
        return value != null && !(value instanceof Collection<?> c && c.isEmpty());
    }

    public <T> Optional<T> get(Field field, Class<T> type) {
        return Optional.ofNullable(values.get(field)).filter(type::isInstance).map(type::cast);
    }

    public <T> List<T> list(Field field, Class<T> type) {
        Object value = values.get(field);
        List<T> out = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            c.stream().filter(type::isInstance).map(type::cast).forEach(out::add);
        }
        return out;
    }

    public Optional<FieldProvenance> provenance(Field field) {
        return Optional.ofNullable(provenance.get(field));
    }

    public Map<Field, FieldProvenance> provenance() {
        return Map.copyOf(provenance);
    }

    /** How many fields have a value. */
    public int size() {
        return (int) values.keySet().stream().filter(this::has).count();
    }

    public void remove(Field field) {
        values.remove(field);
        provenance.remove(field);
    }

    private static boolean moreTrusted(ExtractionMethod method, double confidence, FieldProvenance current) {
        int rank = rank(method);
        int currentRank = rank(current.method());
        return rank < currentRank || (rank == currentRank && confidence > current.confidence());
    }

    /** Lower is more trusted. */
    static int rank(ExtractionMethod method) {
        return switch (method) {
            case CURATOR -> 0;
            case JSON_LD -> 1;
            case MICRODATA -> 2;
            case RULE -> 3;
            case STRUCTURE -> 4;
            case PDF -> 5;
            case TEXT -> 6;
            case SOURCE -> 7;
        };
    }

    private static Object clean(Object value) {
        return value instanceof String text ? ControlCharacters.strip(text) : value;
    }

    private static String abbreviate(String evidence) {
        if (evidence == null) {
            return null;
        }
        String clean = Clauses.clean(ControlCharacters.strip(evidence));
        return clean.length() <= 160 ? clean : clean.substring(0, 157) + "...";
    }
}

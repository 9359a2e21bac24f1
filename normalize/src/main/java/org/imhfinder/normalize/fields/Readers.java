package org.imhfinder.normalize.fields;

import java.util.Optional;
import org.imhfinder.normalize.text.Clauses;
import org.imhfinder.vocabulary.Vocabulary;

/**
 * Every field reader, built once from the vocabulary, and the one place that reads a single
 * field from a piece of text (a labelled value, a hand rule's selection).
 */
public final class Readers {
    private static final int MAX_FREE_TEXT = 200;

    private final Vocabulary vocabulary;
    private final TermReader terms;
    private final EducationReader education;
    private final LevelReader levels;
    private final AlignmentReader alignment;
    private final LocationReader locations;
    private final ProviderRegion providerRegion;

    public Readers(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.terms = new TermReader(vocabulary);
        this.education = new EducationReader(vocabulary);
        this.levels = new LevelReader(vocabulary);
        this.alignment = new AlignmentReader(levels);
        this.locations = new LocationReader(vocabulary);
        this.providerRegion = new ProviderRegion(vocabulary, locations);
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public TermReader terms() {
        return terms;
    }

    public EducationReader education() {
        return education;
    }

    public LevelReader levels() {
        return levels;
    }

    public AlignmentReader alignment() {
        return alignment;
    }

    public LocationReader locations() {
        return locations;
    }

    public ProviderRegion providerRegion() {
        return providerRegion;
    }

    /** One field's value as the text states it, or empty; lists come back as sets. */
    public Optional<Object> read(Field field, String raw) {
        String text = Clauses.clean(raw);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return switch (field) {
            case NAME, DESCRIPTION, PROVIDER_NAME, CONTACT_URL, PROVIDER_WEBSITE -> Optional.of(text);
            case DURATION, COST -> Optional.of(shorten(text));
            case PHONE -> any(Optional.ofNullable(Contacts.phone(text)));
            case CREDENTIAL -> any(terms.credential(text));
            case LEVEL -> any(levels.named(text).map(LevelReader.Reading::text));
            case TRACK -> any(terms.track(text));
            case MINIMUM_EDUCATION -> any(education.read(text));
            case YEARS_EXPERIENCE -> any(QuantityReader.years(text));
            case TRAINING_HOURS, REFLECTIVE_SUPERVISION_HOURS -> any(QuantityReader.hours(text));
            case DELIVERY -> any(terms.delivery(text));
            case APPLICATION_DEADLINE -> any(DateReader.read(text));
            case REGION -> any(locations.stateNamed(text).or(() -> vocabulary.regionCode(text)));
            case CITY -> any(locations.cityAndState(text).or(() -> locations.knownCity(text, null))
                    .map(LocationReader.Place::city).or(() -> Optional.of(text)));
            case EMAIL -> any(Optional.ofNullable(Contacts.email(text)));
            case TOPICS -> nonEmpty(terms.topics(text));
            case COMPONENTS -> nonEmpty(terms.components(text));
            case AUDIENCE -> nonEmpty(terms.audience(text));
            case ALIGNS_WITH -> nonEmpty(new java.util.LinkedHashSet<>(alignment.read(text)));
            case DOCUMENTS, PROVIDER_TYPE -> Optional.empty();
        };
    }

    @SuppressWarnings("unchecked")
    private static Optional<Object> any(Optional<?> value) {
        return (Optional<Object>) value;
    }

    private static Optional<Object> nonEmpty(java.util.Collection<?> values) {
        return values.isEmpty() ? Optional.empty() : Optional.of(values);
    }

    private static String shorten(String text) {
        return text.length() <= MAX_FREE_TEXT ? text : text.substring(0, text.lastIndexOf(' ', MAX_FREE_TEXT)) + "...";
    }
}

package org.imhfinder.normalize.fields;

/**
 * The listing fields extraction fills, each with the key its provenance is recorded under
 * (the ProgramListing property, dotted for nested ones).
 */
public enum Field {
    NAME("name"),
    CREDENTIAL("credential"),
    LEVEL("level"),
    TRACK("track"),
    MINIMUM_EDUCATION("minimumEducation"),
    YEARS_EXPERIENCE("yearsExperience"),
    TRAINING_HOURS("trainingHours"),
    REFLECTIVE_SUPERVISION_HOURS("reflectiveSupervisionHours"),
    AUDIENCE("audience"),
    TOPICS("topics"),
    COMPONENTS("components"),
    DELIVERY("delivery"),
    CITY("location.city"),
    REGION("location.region"),
    DURATION("duration"),
    COST("cost"),
    APPLICATION_DEADLINE("applicationDeadline"),
    EMAIL("contact.email"),
    PHONE("contact.phone"),
    CONTACT_URL("contact.url"),
    DESCRIPTION("description"),
    ALIGNS_WITH("alignsWith"),
    DOCUMENTS("documents"),
    PROVIDER_NAME("provider.name"),
    PROVIDER_TYPE("provider.type"),
    PROVIDER_WEBSITE("provider.website");

    private final String key;

    Field(String key) {
        this.key = key;
    }

    /** The provenance key: the listing property, dotted for nested ones ("location.city"). */
    public String key() {
        return key;
    }

    /** True for the list-valued fields, which collect values from every method instead of keeping one. */
    public boolean isList() {
        return this == AUDIENCE || this == TOPICS || this == COMPONENTS || this == ALIGNS_WITH || this == DOCUMENTS;
    }

    /** The field a hand rule or provenance key names ("minimumEducation", "location.city", "city"). */
    public static java.util.Optional<Field> byKey(String key) {
        for (Field field : values()) {
            if (field.key.equals(key) || field.key.endsWith("." + key) || field.name().equalsIgnoreCase(key)) {
                return java.util.Optional.of(field);
            }
        }
        return java.util.Optional.empty();
    }
}

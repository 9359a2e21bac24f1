package org.imhfinder.vocabulary;

/**
 * What a vocabulary term names, with the section of the vocabulary file that lists such terms.
 * A {@link TermMatch}'s {@code value} depends on the kind: the name of an
 * {@link org.imhfinder.schema.Education}, {@link org.imhfinder.schema.Credential},
 * {@link org.imhfinder.schema.Delivery}, {@link org.imhfinder.schema.Topic},
 * {@link org.imhfinder.schema.ProgramComponent} or {@link org.imhfinder.schema.Track} constant;
 * an audience's canonical name; a field label's group ("education", "training", ...); an
 * {@link EndorsementLevel} id; a US state code; or a city's name.
 */
public enum TermKind {
    EDUCATION("education"),
    CREDENTIAL("credential"),
    DELIVERY("delivery"),
    TOPIC("topic"),
    COMPONENT("component"),
    TRACK("track"),
    AUDIENCE("audience"),
    FIELD_LABEL("fieldLabel"),
    ENDORSEMENT_LEVEL("endorsement"),
    REGION("region"),
    CITY("city");

    private final String section;

    TermKind(String section) {
        this.section = section;
    }

    /** The section of the vocabulary file that lists terms of this kind. */
    public String section() {
        return section;
    }
}

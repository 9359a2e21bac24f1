package org.imhfinder.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of a {@link ProgramListing}'s fields: one entry per record component, each saying
 * what the field is to every stage that handles listings. Read it instead of writing a list of
 * field names: who may see a field, whether its change is a change of the program, whether a
 * curator may override it, and what people call it.
 *
 * <ul>
 *   <li>{@link #isPublic()}: anonymous clients may see it. What is not public (bookkeeping of the
 *       pipeline) is never served by the public endpoints.</li>
 *   <li>{@link #isKey()}: a change of its value is a change of the program that a curator should see
 *       ({@code CONTENT_CHANGED}); prose ({@code description}) and page metadata are not.</li>
 *   <li>{@link #isOverridable()}: a curator may set its value; identity, page metadata and the
 *       pipeline's own fields are not.</li>
 * </ul>
 * A test keeps this enum and the record's components equal.
 */
public enum ListingField {
    SCHEMA_VERSION("schemaVersion", "Schema version", Role.BOOKKEEPING),
    ID("id", "Program id", Role.IDENTITY),
    SOURCE_ID("sourceId", "Source", Role.IDENTITY),
    SOURCE_URL("sourceUrl", "Program page", Role.IDENTITY),
    NAME("name", "Name", Role.KEY),
    PROVIDER("provider", "Provider", Role.KEY),
    CREDENTIAL("credential", "Credential", Role.KEY),
    LEVEL("level", "Level", Role.KEY),
    MINIMUM_EDUCATION("minimumEducation", "Minimum education", Role.KEY),
    YEARS_EXPERIENCE("yearsExperience", "Years of work experience", Role.KEY),
    TRAINING_HOURS("trainingHours", "Training hours", Role.KEY),
    REFLECTIVE_SUPERVISION_HOURS("reflectiveSupervisionHours", "Reflective supervision hours", Role.KEY),
    AUDIENCE("audience", "Who it is for", Role.CONTENT),
    TOPICS("topics", "Topics", Role.KEY),
    COMPONENTS("components", "Components", Role.KEY),
    DELIVERY("delivery", "Delivery", Role.KEY),
    LOCATION("location", "Location", Role.KEY),
    DURATION("duration", "Duration", Role.KEY),
    COST("cost", "Cost", Role.KEY),
    APPLICATION_DEADLINE("applicationDeadline", "Application deadline", Role.KEY),
    CONTACT("contact", "Contact", Role.KEY),
    DESCRIPTION("description", "Description", Role.CONTENT),
    PROVENANCE("provenance", "Where each value came from", Role.DERIVED),
    TRACK("track", "Track", Role.KEY),
    ALIGNS_WITH("alignsWith", "Aligned with", Role.KEY),
    DOCUMENTS("documents", "Documents", Role.CONTENT),
    CONTENT_HASH("contentHash", "Content hash", Role.BOOKKEEPING),
    CRAWL_ID("crawlId", "Crawl", Role.BOOKKEEPING),
    FETCHED_AT("fetchedAt", "Fetched at", Role.BOOKKEEPING),
    FRESHNESS("freshness", "Freshness", Role.DERIVED),
    EVIDENCE("evidence", "How its page describes it", Role.BOOKKEEPING),
    ALSO_DESCRIBED_ON("alsoDescribedOn", "Also described on", Role.DERIVED);

    /** What a field is to the pipeline. */
    public enum Role {
        /** Names the program and its page: public, never overridden, not content. */
        IDENTITY,
        /** Content whose change is a change of the program: public, overridable. */
        KEY,
        /** Content that may change without the program changing (prose, lists of pages): public, overridable. */
        CONTENT,
        /** Filled in by the pipeline from other facts (provenance, freshness): public, never overridden. */
        DERIVED,
        /** The pipeline's own records (versions, hashes, crawl ids, fetch times): never public. */
        BOOKKEEPING
    }

    private final String json;
    private final String label;
    private final Role role;

    ListingField(String json, String label, Role role) {
        this.json = json;
        this.label = label;
        this.role = role;
    }

    /** The property name in JSON (and of the record component). */
    public String json() {
        return json;
    }

    /** What people call the field. */
    public String label() {
        return label;
    }

    public Role role() {
        return role;
    }

    /** Anonymous clients may see it. */
    public boolean isPublic() {
        return role != Role.BOOKKEEPING;
    }

    /** Its change is a change of the program (what {@code CONTENT_CHANGED} reports). */
    public boolean isKey() {
        return role == Role.KEY;
    }

    /** A curator may override it. */
    public boolean isOverridable() {
        return role == Role.KEY || role == Role.CONTENT;
    }

    /** Content: what extraction finds on pages (key fields and the rest of the content). */
    public boolean isContent() {
        return role == Role.KEY || role == Role.CONTENT;
    }

    /** The field of a JSON property name. */
    public static Optional<ListingField> byJson(String name) {
        return Arrays.stream(values()).filter(f -> f.json.equals(name)).findFirst();
    }

    /** The JSON names of the public fields, in record order. */
    public static List<String> publicNames() {
        return Arrays.stream(values()).filter(ListingField::isPublic).map(ListingField::json).toList();
    }
}

package org.imhfinder.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What people call each value of the enums a person reads on a listing or in the review queue:
 * "None required" for {@link Education#NONE}, "Post-graduate certificate", "Hybrid (online and in
 * person)". One home for these words, so that the pages, the API's catalogue and any other client
 * say the same thing; {@link ListingField#label()} is the same for the fields themselves. A test
 * keeps every constant of every enum here labelled.
 */
public final class ValueLabels {
    private static final Map<Class<? extends Enum<?>>, Map<String, String>> LABELS = labels();

    private ValueLabels() {
    }

    /** The enums whose values are labelled, in a fixed order. */
    public static List<Class<? extends Enum<?>>> types() {
        return List.copyOf(LABELS.keySet());
    }

    /** The label of one value. */
    public static String of(Enum<?> value) {
        return LABELS.get(value.getDeclaringClass()).get(value.name());
    }

    /** The labels of an enum's values by name, in declaration order. */
    public static Map<String, String> of(Class<? extends Enum<?>> type) {
        Map<String, String> labels = LABELS.get(type);
        if (labels == null) {
            throw new IllegalArgumentException("no labels for " + type.getName());
        }
        return labels;
    }

    private static Map<Class<? extends Enum<?>>, Map<String, String>> labels() {
        Map<Class<? extends Enum<?>>, Map<String, String>> all = new LinkedHashMap<>();
        all.put(Credential.class, ordered(
                "ENDORSEMENT", "IMH Endorsement",
                "GRADUATE_CERTIFICATE", "Graduate certificate",
                "POST_GRADUATE_CERTIFICATE", "Post-graduate certificate",
                "CERTIFICATE", "Certificate",
                "DEGREE", "Degree",
                "FELLOWSHIP", "Fellowship",
                "COURSE", "Course or training",
                "OTHER", "Other"));
        all.put(Education.class, ordered(
                // "None required" is a stated requirement; an unknown one is null and reads "not stated"
                "NONE", "None required",
                "CDA", "CDA (Child Development Associate)",
                "ASSOCIATE", "Associate's degree",
                "BACHELORS", "Bachelor's degree",
                "MASTERS", "Master's degree",
                "DOCTORAL", "Doctorate"));
        all.put(Delivery.class, ordered(
                "IN_PERSON", "In person",
                "ONLINE", "Online",
                "HYBRID", "Hybrid (online and in person)"));
        all.put(Topic.class, ordered(
                "INFANT_DEVELOPMENT", "Infant development",
                "ATTACHMENT", "Attachment",
                "PERINATAL_MENTAL_HEALTH", "Perinatal mental health",
                "CULTURAL_COMPETENCE", "Cultural competence",
                "SOCIOCULTURAL_INFLUENCES", "Sociocultural influences",
                "RELATIONSHIP_BASED_INTERVENTION", "Relationship-based intervention",
                "ASSESSMENT", "Assessment",
                "DIAGNOSTIC_CLASSIFICATION", "Diagnostic classification (DC:0-5)",
                "INFANT_PARENT_PSYCHOTHERAPY", "Infant-parent psychotherapy",
                "PARENT_CHILD_RELATIONSHIPS", "Parent-child relationships",
                "REFLECTIVE_PRACTICE", "Reflective practice",
                "TRAUMA", "Trauma",
                "EARLY_INTERVENTION", "Early intervention"));
        all.put(ProgramComponent.class, ordered(
                "CLINICAL_INTERNSHIP", "Clinical internship",
                "CONSULTATION", "Consultation",
                "OUTPATIENT_SERVICES", "Outpatient services",
                "REFLECTIVE_SUPERVISION", "Reflective supervision",
                "CLINICAL_SUPERVISION", "Clinical supervision",
                "MENTORING", "Mentoring",
                "COURSEWORK", "Coursework",
                "EXAM", "Exam"));
        all.put(Track.class, ordered(
                "INFANT", "Infancy (birth to 3)",
                "EARLY_CHILDHOOD", "Early childhood (3 to 6)",
                "INFANT_EARLY_CHILDHOOD", "Infancy and early childhood (birth to 6)"));
        all.put(ProviderType.class, ordered(
                "ASSOCIATION", "IMH association",
                "UNIVERSITY", "University",
                "NONPROFIT", "Non-profit",
                "OTHER", "Other"));
        all.put(FreshnessStatus.class, ordered(
                "FRESH", "Checked recently",
                "AGING", "Not checked lately",
                "STALE", "May be out of date",
                "GONE", "Page gone",
                "RETIRED", "Retired by a curator"));
        all.put(ReviewReason.class, ordered(
                "NOT_SEEN", "Not seen on its page lately",
                "SOURCE_GONE", "Its page is gone",
                "SOURCE_MOVED", "Its page moved",
                "CONTENT_CHANGED", "Its details changed",
                "DEADLINE_PASSED", "Its deadline passed",
                "FETCH_ERRORS", "Its page fails to load",
                "EXTRACTION_DEGRADED", "Fewer details found than before"));
        all.put(ExtractionMethod.class, ordered(
                "CURATOR", "set by a curator",
                "JSON_LD", "from the program page's structured data",
                "MICRODATA", "from the program page's structured data",
                "RULE", "from the program page",
                "STRUCTURE", "from the program page",
                "PDF", "from a requirements PDF",
                "TEXT", "from the program page's text",
                "SOURCE", "from the directory's record of the provider"));
        all.put(EvidenceRole.class, ordered(
                "SUMMARY", "A summary on another page",
                "OWN_PAGE", "The program's own page"));
        all.put(CurationAction.class, ordered(
                "CONFIRM", "Confirmed",
                "RETIRE", "Retired",
                "SNOOZE", "Snoozed",
                "OVERRIDE", "Corrected"));
        all.put(ListingEvent.Kind.class, ordered(
                "INDEXED", "Added to the directory",
                "STATUS", "Status changed",
                "MOVED", "Its page moved",
                "CONTENT_CHANGED", "Its details changed"));
        return java.util.Collections.unmodifiableMap(all);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}

package org.imhfinder.searchapi.eligibility;

/**
 * What an IMH Endorsement level (or any program) may ask of an applicant, each read from one
 * listing field: the education from a CDA to a doctorate, years of work experience, hours of
 * training and hours of reflective supervision.
 */
public enum Requirement {
    EDUCATION("minimumEducation", "education", "Education", null),
    EXPERIENCE("yearsExperience", "yearsExperience", "Work experience", "years"),
    TRAINING("trainingHours", "trainingHours", "Training", "hours"),
    REFLECTIVE_SUPERVISION("reflectiveSupervisionHours", "reflectiveSupervisionHours", "Reflective supervision", "hours");

    private final String field;
    private final String parameter;
    private final String label;
    private final String unit;

    Requirement(String field, String parameter, String label, String unit) {
        this.field = field;
        this.parameter = parameter;
        this.label = label;
        this.unit = unit;
    }

    /** The listing field that states it. */
    public String field() {
        return field;
    }

    /** The query parameter that says what the applicant has. */
    public String parameter() {
        return parameter;
    }

    /** What people call it. */
    public String label() {
        return label;
    }

    /** The unit of its number ("hours", "years"); null for education. */
    public String unit() {
        return unit;
    }
}

package org.imhfinder.searchapi.eligibility;

import org.imhfinder.schema.Education;

/** What an applicant has: the highest education held, years of work experience, hours of training and of reflective supervision. */
public record Applicant(Education education, double yearsExperience, int trainingHours, int reflectiveSupervisionHours) {
    public Applicant {
        if (education == null) {
            throw new IllegalArgumentException("education is required");
        }
    }

    /** What the applicant has of a numeric requirement. */
    double has(Requirement requirement) {
        return switch (requirement) {
            case EXPERIENCE -> yearsExperience;
            case TRAINING -> trainingHours;
            case REFLECTIVE_SUPERVISION -> reflectiveSupervisionHours;
            case EDUCATION -> education.ordinal();
        };
    }
}

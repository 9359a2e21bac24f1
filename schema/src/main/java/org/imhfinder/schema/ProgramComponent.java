package org.imhfinder.schema;

/** Parts a program requires or includes ({@code components} in the listing). */
public enum ProgramComponent {
    CLINICAL_INTERNSHIP,
    CONSULTATION,
    OUTPATIENT_SERVICES,
    REFLECTIVE_SUPERVISION,
    CLINICAL_SUPERVISION,
    MENTORING,
    COURSEWORK,
    EXAM
}

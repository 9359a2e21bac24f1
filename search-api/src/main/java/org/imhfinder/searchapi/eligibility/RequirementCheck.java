package org.imhfinder.searchapi.eligibility;

/**
 * One requirement of one program against what the applicant has: met, not met or not stated by
 * the program, with the numbers and a sentence that says it ("reflective supervision: 24 of 50
 * hours (26 to go)"). {@code required} and {@code held} are an education's name or a number;
 * {@code missing} is how much is still needed (hours or years, or levels of education), 0 when met.
 * {@code shortfall} is the share of the requirement still missing, from 0 (met) to 1.
 */
public record RequirementCheck(Requirement requirement, Status status, Object required, Object held, Number missing,
                               double shortfall, String summary) {

    /** How a program's requirement stands for the applicant. */
    public enum Status {
        /** The applicant has what the program states (or the program states none is required). */
        MET,
        /** The program states more than the applicant has. */
        NOT_MET,
        /** The program's pages do not say: check with the provider. */
        NOT_STATED
    }
}

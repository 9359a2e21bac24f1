package org.imhfinder.searchapi.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.imhfinder.schema.Education;
import org.imhfinder.schema.ValueLabels;

/**
 * Checks one program's stated requirements against what an applicant has. Pure: no index, no
 * clock. A requirement the listing leaves empty is NOT_STATED, never met by default; a stated
 * "none required" (education {@code NONE}, 0 hours, 0 years) is met.
 */
public final class Eligibility {
    private Eligibility() {
    }

    /** The program's answer for the applicant; {@code program} is its public listing. */
    public static ProgramEligibility of(Applicant applicant, ObjectNode program) {
        List<RequirementCheck> checks = new ArrayList<>();
        for (Requirement requirement : Requirement.values()) {
            checks.add(check(applicant, requirement, program.path(requirement.field())));
        }
        return new ProgramEligibility(program, outcome(checks), checks);
    }

    private static ProgramEligibility.Outcome outcome(List<RequirementCheck> checks) {
        if (checks.stream().allMatch(c -> c.status() == RequirementCheck.Status.NOT_STATED)) {
            return ProgramEligibility.Outcome.NOTHING_STATED;
        }
        return checks.stream().anyMatch(c -> c.status() == RequirementCheck.Status.NOT_MET)
                ? ProgramEligibility.Outcome.MISSING : ProgramEligibility.Outcome.MEETS_ALL;
    }

    static RequirementCheck check(Applicant applicant, Requirement requirement, JsonNode stated) {
        return requirement == Requirement.EDUCATION ? education(applicant.education(), stated)
                : number(requirement, applicant.has(requirement), stated);
    }

    private static RequirementCheck education(Education held, JsonNode stated) {
        Optional<Education> required = educationOf(stated);
        String name = Requirement.EDUCATION.label().toLowerCase(Locale.ROOT);
        if (required.isEmpty()) {
            return new RequirementCheck(Requirement.EDUCATION, RequirementCheck.Status.NOT_STATED, null, held.name(), 0, 0,
                    name + ": not stated");
        }
        Education needed = required.get();
        if (needed == Education.NONE) {
            return new RequirementCheck(Requirement.EDUCATION, RequirementCheck.Status.MET, needed.name(), held.name(), 0, 0,
                    name + ": none required");
        }
        boolean met = needed.admits(held);
        int levels = Math.max(0, needed.ordinal() - held.ordinal());
        String summary = name + ": " + ValueLabels.of(needed) + (met ? " or more, you have " : " needed, you have ")
                + ValueLabels.of(held);
        return new RequirementCheck(Requirement.EDUCATION, met ? RequirementCheck.Status.MET : RequirementCheck.Status.NOT_MET,
                needed.name(), held.name(), levels, (double) levels / needed.ordinal(), summary);
    }

    private static RequirementCheck number(Requirement requirement, double held, JsonNode stated) {
        String name = requirement.label().toLowerCase(Locale.ROOT);
        Number heldNumber = number(held);
        if (!stated.isNumber()) {
            return new RequirementCheck(requirement, RequirementCheck.Status.NOT_STATED, null, heldNumber, 0, 0,
                    name + ": not stated");
        }
        double needed = stated.asDouble();
        if (needed <= 0) {
            return new RequirementCheck(requirement, RequirementCheck.Status.MET, number(needed), heldNumber, 0, 0,
                    name + ": none required");
        }
        if (held >= needed) {
            return new RequirementCheck(requirement, RequirementCheck.Status.MET, number(needed), heldNumber, 0, 0,
                    name + ": " + format(needed) + " " + requirement.unit() + " needed, you have " + format(held));
        }
        double missing = needed - held;
        return new RequirementCheck(requirement, RequirementCheck.Status.NOT_MET, number(needed), heldNumber, number(missing),
                missing / needed, name + ": " + format(held) + " of " + format(needed) + " " + requirement.unit()
                + " (" + format(missing) + " to go)");
    }

    private static Optional<Education> educationOf(JsonNode stated) {
        if (!stated.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Education.valueOf(stated.asText()));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a value of a later schema: as good as not stated
        }
    }

    /** A whole number as an integer (30, not 30.0), else to two decimals (1.5, not 1.4999999). */
    private static Number number(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) && Math.abs(rounded) < 1e9 ? (Number) (long) rounded : (Number) rounded;
    }

    static String format(double value) {
        return number(value).toString();
    }
}

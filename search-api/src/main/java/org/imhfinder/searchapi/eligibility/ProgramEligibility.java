package org.imhfinder.searchapi.eligibility;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;

/**
 * One program's answer for an applicant: the program (its public listing), each requirement
 * checked, and the outcome. {@link #ORDER} puts programs whose stated requirements are all met
 * first, then the nearest (fewest requirements not met, then the least still missing), then those
 * that state none.
 */
public record ProgramEligibility(ObjectNode program, Outcome outcome, List<RequirementCheck> requirements) {

    /** What the applicant can do about the program. */
    public enum Outcome {
        /** Every requirement the program states is met: the applicant can apply now. */
        MEETS_ALL,
        /** At least one stated requirement is not met yet: {@code requirements} says what is missing. */
        MISSING,
        /** The program states none of the requirements: its page has to be read. */
        NOTHING_STATED
    }

    /** Programs fully met first (those stating more requirements before those stating fewer), then nearest, then unknown. */
    public static final Comparator<ProgramEligibility> ORDER = Comparator
            .comparing(ProgramEligibility::outcome)
            .thenComparingLong(e -> e.outcome() == Outcome.MEETS_ALL ? -e.count(RequirementCheck.Status.MET) : 0L)
            .thenComparingLong(e -> e.count(RequirementCheck.Status.NOT_MET))
            .thenComparingDouble(ProgramEligibility::shortfall)
            .thenComparing(e -> e.program().path("name").asText(""), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(e -> e.program().path("id").asText(""));

    public ProgramEligibility {
        requirements = List.copyOf(requirements);
    }

    /** How many requirements have this status. */
    public long count(RequirementCheck.Status status) {
        return requirements.stream().filter(r -> r.status() == status).count();
    }

    /** The shares still missing, summed over the requirements not met. */
    public double shortfall() {
        return requirements.stream().mapToDouble(RequirementCheck::shortfall).sum();
    }
}

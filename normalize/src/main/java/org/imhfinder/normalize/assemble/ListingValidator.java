package org.imhfinder.normalize.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.imhfinder.schema.ProgramListing;

/**
 * Checks a finished listing against the schema's rules (ProgramListing v1): what the JSON Schema
 * requires, plus sanity bounds a real program cannot exceed. A listing that fails is not
 * published; its page goes to the dead-letter topic with every problem named.
 */
public final class ListingValidator {
    private static final Pattern ID = Pattern.compile("prg-[0-9a-f]{24}");
    private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9-]+");
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}");
    private static final int MAX_NAME = 300;
    private static final int MAX_HOURS = 5_000;
    private static final double MAX_YEARS = 30;

    public void check(ProgramListing listing) {
        List<String> problems = new ArrayList<>();
        require(listing.id() != null && ID.matcher(listing.id()).matches(), "id '" + listing.id() + "' is not prg- and 24 hex digits", problems);
        require(listing.sourceId() != null && SOURCE_ID.matcher(listing.sourceId()).matches(), "sourceId is missing or malformed", problems);
        require(listing.sourceUrl() != null, "sourceUrl is missing", problems);
        require(listing.name() != null && !listing.name().isBlank() && listing.name().length() <= MAX_NAME,
                "name is missing or longer than " + MAX_NAME, problems);
        require(within(listing.trainingHours(), MAX_HOURS), "trainingHours out of range: " + listing.trainingHours(), problems);
        require(within(listing.reflectiveSupervisionHours(), MAX_HOURS),
                "reflectiveSupervisionHours out of range: " + listing.reflectiveSupervisionHours(), problems);
        require(listing.yearsExperience() == null || (listing.yearsExperience() >= 0 && listing.yearsExperience() <= MAX_YEARS),
                "yearsExperience out of range: " + listing.yearsExperience(), problems);
        require(listing.location() == null || listing.location().region() == null
                || REGION.matcher(listing.location().region()).matches(), "location.region is not a state code", problems);
        require(listing.applicationDeadline() == null || (listing.applicationDeadline().getYear() >= 2000
                && listing.applicationDeadline().getYear() <= 2100), "applicationDeadline out of range", problems);
        if (!problems.isEmpty()) {
            throw new InvalidListingException("invalid listing '" + listing.name() + "' from " + listing.sourceUrl() + ": "
                    + String.join("; ", problems));
        }
    }

    private static boolean within(Integer value, int max) {
        return value == null || (value >= 0 && value <= max);
    }

    private static void require(boolean ok, String problem, List<String> problems) {
        if (!ok) {
            problems.add(problem);
        }
    }
}

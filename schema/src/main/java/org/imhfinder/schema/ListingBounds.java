package org.imhfinder.schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sanity bounds of a listing's numbers and dates, which no real program exceeds: hours of training
 * or reflective supervision, years of experience, the application deadline. Declared once so that
 * the curator API refuses an override outside them and the indexer dead-letters one that reaches
 * {@code imh.curation.v1} anyway (the same numbers normalize checks extracted listings against).
 */
public final class ListingBounds {
    /** Most hours of training or of reflective supervision a program asks for. */
    public static final int MAX_HOURS = 5_000;
    /** Most years of work experience a program asks for. */
    public static final double MAX_YEARS_EXPERIENCE = 30;
    /** Earliest and latest year of an application deadline. */
    public static final int FIRST_DEADLINE_YEAR = 2000;
    public static final int LAST_DEADLINE_YEAR = 2100;

    private ListingBounds() {
    }

    /**
     * What is wrong with one field's value, empty when it is within bounds (or the field has none).
     * The value is the field's Java value ({@code Integer}, {@code Double}, {@code LocalDate}) or its
     * JSON form (a number, an ISO date text); null (unknown) is always within bounds.
     */
    public static Optional<String> problem(String field, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (field) {
            case "trainingHours", "reflectiveSupervisionHours" -> range(value, 0, MAX_HOURS, true);
            case "yearsExperience" -> range(value, 0, MAX_YEARS_EXPERIENCE, false);
            case "applicationDeadline" -> deadline(value);
            default -> Optional.empty();
        };
    }

    /** Every field of the listing outside its bounds, with the reason; empty when all are within. */
    public static List<String> problems(ProgramListing listing) {
        List<String> problems = new ArrayList<>();
        problem("trainingHours", listing.trainingHours()).ifPresent(p -> problems.add("trainingHours " + p));
        problem("reflectiveSupervisionHours", listing.reflectiveSupervisionHours())
                .ifPresent(p -> problems.add("reflectiveSupervisionHours " + p));
        problem("yearsExperience", listing.yearsExperience()).ifPresent(p -> problems.add("yearsExperience " + p));
        problem("applicationDeadline", listing.applicationDeadline()).ifPresent(p -> problems.add("applicationDeadline " + p));
        return problems;
    }

    private static Optional<String> range(Object value, double min, double max, boolean whole) {
        String expected = "must be " + (whole ? "a whole number" : "a number") + " from " + format(min) + " to " + format(max);
        if (!(value instanceof Number number)) {
            return Optional.of(expected);
        }
        double d = number.doubleValue();
        if (Double.isNaN(d) || d < min || d > max || whole && d != Math.rint(d)) {
            return Optional.of(expected + ", got " + value);
        }
        return Optional.empty();
    }

    private static Optional<String> deadline(Object value) {
        String expected = "must be a date in the years " + FIRST_DEADLINE_YEAR + " to " + LAST_DEADLINE_YEAR;
        LocalDate date;
        try {
            date = value instanceof LocalDate d ? d : LocalDate.parse(value.toString());
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.of(expected);
        }
        if (date.getYear() < FIRST_DEADLINE_YEAR || date.getYear() > LAST_DEADLINE_YEAR) {
            return Optional.of(expected + ", got " + date);
        }
        return Optional.empty();
    }

    private static String format(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}

package org.imhfinder.normalize.fields;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imhfinder.normalize.text.Numbers;

/**
 * Hours and years as requirements state them: "30 clock hours", "24 hours of RS/C", "two years",
 * "1-2 years" (the low end: a minimum), "18 months" (1.5 years).
 */
public final class QuantityReader {
    private static final Pattern YEARS = Pattern.compile(
            "(?i)\\b" + Numbers.RANGE + "\\+?\\s*(?:-\\s*)?(?:full-time\\s+|calendar\\s+)?(years?|months?)\\b");

    /** Years of experience: the span followed by what the years are of ("two years of paid work", "3 years post-Master's"). */
    private static final Pattern EXPERIENCE = Pattern.compile(
            "(?i)\\b" + Numbers.RANGE + "\\+?\\s*(?:-\\s*)?(?:full-time\\s+)?years?\\s+(?:of\\s+)?(?:paid|post|supervised|professional|work|"
                    + "experience|full-time|clinical|providing|working|leadership|practice|as an?\\b|in\\s+the\\b)");

    private QuantityReader() {
    }

    /** The hours the text requires (see {@link RequiredHours}). */
    public static Optional<Integer> hours(String text) {
        return RequiredHours.of(text);
    }

    /** Years of experience a text requires, from a span that says what the years are of. */
    public static Optional<Double> experienceYears(String text) {
        Matcher m = EXPERIENCE.matcher(text);
        return m.find() ? Optional.of(Numbers.value(m.group(1))) : Optional.empty();
    }

    /** The first span of years (months converted) in the text. */
    public static Optional<Double> years(String text) {
        Matcher m = YEARS.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        double value = Numbers.value(m.group(1));
        return Optional.of(m.group(3).toLowerCase(java.util.Locale.ROOT).startsWith("month") ? value / 12.0 : value);
    }

    /** The first "N months" / "N years" phrase, as written in plain form ("18 months", "2 years"). */
    public static Optional<String> span(String text) {
        Matcher m = YEARS.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String unit = m.group(3).toLowerCase(java.util.Locale.ROOT).startsWith("month") ? "month" : "year";
        String amount = m.group(2) == null ? m.group(1) : m.group(1) + "-" + m.group(2);
        boolean one = m.group(2) == null && Numbers.value(m.group(1)) == 1;
        return Optional.of(amount + " " + unit + (one ? "" : "s"));
    }
}

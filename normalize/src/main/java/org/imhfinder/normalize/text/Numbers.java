package org.imhfinder.normalize.text;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers as providers write them: digits or words ("two", "twelve"), and ranges ("1-2", "one to two"). */
public final class Numbers {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("eighteen", 18), Map.entry("twenty", 20),
            Map.entry("twenty-four", 24), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50));

    /** One number, in digits or words. */
    public static final String NUMBER = "(\\d{1,4}(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|fifteen|eighteen|twenty-four|twenty|thirty|forty|fifty)";
    /** A number or a range of two ("1-2", "one to two", "1 or 2"): group 1 is the low end. */
    public static final String RANGE = NUMBER + "(?:\\s*(?:-|\u2013|\u2014|to|or)\\s*" + NUMBER + ")?";

    private static final Pattern LEADING = Pattern.compile("(?i)^\\s*" + NUMBER);

    private Numbers() {
    }

    /** The value of one number as {@link #NUMBER} matched it. */
    public static double value(String token) {
        String t = token.toLowerCase(Locale.ROOT).trim();
        Integer word = WORDS.get(t);
        return word != null ? word : Double.parseDouble(t);
    }

    /** The number a text starts with, if any. */
    public static OptionalDouble leading(String text) {
        Matcher m = LEADING.matcher(text);
        return m.find() ? OptionalDouble.of(value(m.group(1))) : OptionalDouble.empty();
    }
}

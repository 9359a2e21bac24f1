package org.imhfinder.normalize.text;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as providers write them: digits ("1,000" too) or words ("two", "twelve", "forty-eight"), a
 * word with its digits after it ("thirty (30)"), and ranges ("1-2", "one to two").
 */
public final class Numbers {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";

    /** What the first character of a number is: a digit, or the first letter of a number's word. */
    private static final String FIRST = "(?=[\\dtefsnoTEFSNO])";
    /**
     * One number, in digits or words, as group 1; a word may be followed by its digits in parentheses, which are
     * not captured ("thirty (30)"). It opens with a test of the first character (a digit, or the first letter of a
     * number's word) that matches nothing more or less: without it, every position of a text tried the thirty
     * alternatives in turn, most of extraction's pattern time.
     */
    public static final String NUMBER = FIRST + "(\\d{1,3}(?:,\\d{3})+|\\d{1,4}(?:\\.\\d+)?|(?:" + TENS + ")(?:-(?:" + UNITS + "))?"
            + "|" + TEENS + "|" + UNITS + ")(?:\\s*\\(\\d{1,4}\\))?";
    /**
     * {@link #NUMBER} at the start of a word. The first character is tested before the word boundary: a search tries
     * every position of a text, and the boundary costs more to test than one character.
     */
    public static final String WORD_NUMBER = FIRST + "\\b" + NUMBER;
    /** The ten digits, each a word for {@link Prefiltered}. */
    public static final String[] DIGITS = "0123456789".split("");
    /** Every way {@link #NUMBER} can begin: a digit or a number's word (for {@link Prefiltered}). */
    public static final String[] STARTS = String.join("|", String.join("|", DIGITS), UNITS, TEENS, TENS).split("\\|");
    /** A number or a range of two ("1-2", "one to two", "1 or 2"): group 1 is the low end. */
    public static final String RANGE = NUMBER + "(?:\\s*(?:-|\u2013|\u2014|to|or)\\s*" + NUMBER + ")?";

    private static final Pattern LEADING = Pattern.compile("(?i)^\\s*" + NUMBER);

    private Numbers() {
    }

    /** The value of one number as {@link #NUMBER} matched it (its group 1): "48", "forty-eight", "twelve". */
    public static double value(String token) {
        String t = token.toLowerCase(Locale.ROOT).trim();
        Integer word = WORDS.get(t);
        if (word != null) {
            return word;
        }
        int dash = t.indexOf('-');
        if (dash > 0 && WORDS.containsKey(t.substring(0, dash)) && WORDS.containsKey(t.substring(dash + 1))) {
            return WORDS.get(t.substring(0, dash)) + WORDS.get(t.substring(dash + 1));
        }
        return Double.parseDouble(t.replace(",", ""));
    }

    /** The number a text starts with, if any. */
    public static OptionalDouble leading(String text) {
        Matcher m = LEADING.matcher(text);
        return m.find() ? OptionalDouble.of(value(m.group(1))) : OptionalDouble.empty();
    }
}

package org.imhfinder.normalize.fields;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imhfinder.normalize.text.Literals;
import org.imhfinder.normalize.text.Numbers;

/**
 * How long a program lasts, when a sentence says it of the program: "a nine-month program", "an 18-month
 * learning collaborative", "the certificate takes 2 years to complete", "over the two years of the
 * Fellowship", "a yearlong process". A span said of something else is not the program's length: years of
 * experience ("two years of paid work", "3 years post-Master's"), a time to renew or a validity ("renewed
 * every two years", "valid for one year"), a window ("within one to two years", "up to 2 years to complete
 * them"), an age ("birth to 36 months", "children 3 to 5 years"). The length keeps the page's number,
 * words or digits, with its unit in plain form ("nine months", "18 months", "three days").
 */
public final class DurationReader {
    private static final String UNIT = "(days?|weeks?|months?|years?|semesters?)";
    private static final String SPAN = Numbers.RANGE + "(?:\\s*-\\s*|\\s+)" + UNIT + "\\b";
    private static final String NOUN = "(?:program|programme|certificate|fellowship|collaborative|cohort|course|training|institute|"
            + "series|residency|seminar|credential|process|curriculum|sequence)s?\\b";
    /** "a nine-month program", "18-month learning collaborative", "a two-year, cohort-based certificate", "14 Month Program". */
    private static final Pattern BEFORE_NOUN = Pattern.compile("(?i)\\b" + SPAN + "(?:[- ]long)?,?\\s+(?:[\\w-]+,?\\s+){0,3}?" + NOUN);
    /** "the program lasts 18 months", "takes 2 years to complete", "runs for ten months", "is one year long". */
    private static final Pattern NOUN_LASTS = Pattern.compile("(?i)\\b(?:" + NOUN + "|it)\\s+(?:is|lasts|runs|takes|spans|continues)\\s+"
            + "(?:for\\s+|over\\s+)?(?:about\\s+|approximately\\s+|roughly\\s+|around\\s+)?" + SPAN);
    /** "over the two years of the Fellowship", "for ten months", "for the full 18 months", "throughout the 18 months". */
    private static final Pattern OVER = Pattern.compile("(?i)\\b(?:over|for|throughout|during)\\s+(?:the\\s+(?:full\\s+|entire\\s+|first\\s+)?)?" + SPAN);
    private static final Pattern YEARLONG = Pattern.compile("(?i)\\b(year-?long),?\\s+(?:[\\w-]+,?\\s+){0,3}?" + NOUN);
    /** A sentence about the program itself, or about the people in it. */
    private static final Pattern ABOUT_THE_PROGRAM = Pattern.compile("(?i)\\b(?:" + NOUN + "|participants?|fellows?|trainees?|cohorts?|students?)");
    /** Words right before a span that make it something other than a length. */
    private static final Pattern NOT_A_LENGTH_BEFORE = Pattern.compile("(?i)\\b(?:within|up\\s+to|every|after|last|past|birth\\s+to|"
            + "ages?|aged|valid|good|awarded|renew\\w*|expires?)\\s+(?:for\\s+|of\\s+)?(?:the\\s+)?(?:first\\s+)?$");
    /** Words right after a span that make it experience or an age. */
    private static final Pattern NOT_A_LENGTH_AFTER = Pattern.compile("(?i)^(?:\\s+of)?\\s+(?:paid|post|supervised|professional|work|"
            + "experience|full-time|clinical|providing|working|leadership|practice|as\\b|old|of\\s+age|in\\s+the\\s+field)");
    private static final Pattern ONLY_SPAN = Pattern.compile("(?i)^\\s*" + SPAN + "\\s*$");
    private static final Pattern ANY_SPAN = Pattern.compile("(?i)" + SPAN);
    private static final int BEFORE_WINDOW = 30;
    private static final Literals.Words UNIT_WORDS = Literals.words("day", "week", "month", "year", "semester");

    private DurationReader() {
    }

    /** The program's length a sentence states, or empty. */
    public static Optional<String> read(String sentence) {
        if (!UNIT_WORDS.in(sentence)) {
            return Optional.empty(); // every pattern below needs a unit (a "yearlong" one too)
        }
        for (Pattern pattern : new Pattern[] {BEFORE_NOUN, NOUN_LASTS}) {
            Optional<String> found = first(pattern, sentence);
            if (found.isPresent()) {
                return found;
            }
        }
        Matcher yearlong = YEARLONG.matcher(sentence);
        if (yearlong.find()) {
            return Optional.of(yearlong.group(1).toLowerCase(Locale.ROOT).replace("-", ""));
        }
        return ABOUT_THE_PROGRAM.matcher(sentence).find() ? first(OVER, sentence) : Optional.empty();
    }

    /** A text that is only a length ("18 months", "1 year"), in plain form. */
    public static Optional<String> only(String text) {
        Matcher m = ONLY_SPAN.matcher(text);
        return m.matches() ? Optional.of(plain(m)) : Optional.empty();
    }

    /** The part of {@code text} from {@code start} to {@code end} when it is only a length, in plain form; read only when it names a unit. */
    public static Optional<String> only(String text, int start, int end) {
        return UNIT_WORDS.in(text, start, end) ? only(text.substring(start, end)) : Optional.empty();
    }

    private static Optional<String> first(Pattern pattern, String sentence) {
        Matcher m = pattern.matcher(sentence);
        while (m.find()) {
            Matcher span = ANY_SPAN.matcher(m.group());
            if (span.find() && isLength(sentence, m.start() + span.start(), m.start() + span.end())) {
                return Optional.of(plain(span));
            }
        }
        return Optional.empty();
    }

    private static boolean isLength(String sentence, int start, int end) {
        String before = sentence.substring(Math.max(0, start - BEFORE_WINDOW), start);
        return !NOT_A_LENGTH_BEFORE.matcher(before).find() && !NOT_A_LENGTH_AFTER.matcher(sentence.substring(end)).find();
    }

    /** "nine-month" -> "nine months", "1 year", "1-2 years": the page's number, the unit in plain form. */
    private static String plain(Matcher span) {
        String low = span.group(1);
        String high = span.group(2);
        String unit = span.group(3).toLowerCase(Locale.ROOT).replaceAll("s$", "");
        boolean one = high == null && Numbers.value(low) == 1;
        return (high == null ? low : low + "-" + high) + " " + unit + (one ? "" : "s");
    }
}

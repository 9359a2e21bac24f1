package org.imhfinder.normalize.detect;

import java.util.regex.Pattern;
import org.imhfinder.normalize.text.Literals;
import org.imhfinder.normalize.text.Numbers;
import org.imhfinder.normalize.text.Prefiltered;

/** Facts that only program requirements state: hours of training, years of experience, credits, tuition, degrees required. */
final class Evidence {
    private static final Pattern HOURS = Pattern.compile("(?i)" + Numbers.WORD_NUMBER + "\\s+(?:clock\\s+|contact\\s+)?hours?\\b");
    private static final Pattern EXPERIENCE = Pattern.compile(
            "(?i)" + Numbers.WORD_NUMBER + "\\s+years?\\s+(?:of\\s+)?(?:paid|post|supervised|professional|work|experience|full-time)");
    private static final Pattern CREDITS = Pattern.compile("(?i)\\b\\d{1,2}[- ](?:graduate\\s+)?(?:credits?|credit hours|units)\\b");
    private static final Pattern MONEY = Pattern.compile("\\$\\s?\\d[\\d,]*");
    private static final Pattern DEGREE = Pattern.compile(
            "(?i)\\b(?:bachelor|master|doctora|degree|licensed|CDA|associate\u2019?'?s)\\w*\\b.{0,60}\\b(?:requir|or higher|must|needed|eligib|prepared)"
                    + "|\\b(?:requir|must hold|applicants?|open to|eligib)\\w*\\b.{0,60}\\b(?:bachelor|master|doctora|degree|licens)");
    private static final Pattern SPAN = Pattern.compile("(?i)" + Numbers.WORD_NUMBER + "[- ](?:month|year|week)s?\\b");

    private Evidence() {
    }

    /**
     * The words each fact's pattern needs (any one of them), tested first: most texts lack most of the facts. Each
     * pattern is then tried only where a match can begin (a number, a degree's word).
     */
    private static final Literals.Words[] NEEDS = {Literals.words("hour"), Literals.words("year"), Literals.words("credit", "unit"),
        Literals.words("$"), Literals.words("bachelor", "master", "doctora", "degree", "licens", "cda", "associate"),
        Literals.words("month", "year", "week")};
    private static final Prefiltered[] FACTS = {Prefiltered.of(HOURS, Numbers.STARTS), Prefiltered.of(EXPERIENCE, Numbers.STARTS),
        Prefiltered.of(CREDITS, Numbers.DIGITS), Prefiltered.of(MONEY, "$"),
        Prefiltered.of(DEGREE, "bachelor", "master", "doctora", "degree", "licensed", "cda", "associate", "requir", "must hold",
                "applicant", "open to", "eligib"),
        Prefiltered.of(SPAN, Numbers.STARTS)};

    /** How many kinds of requirement facts the text states, counted up to {@code enough} (the rest are not looked for). */
    static int facts(String text, int enough) {
        int count = 0;
        for (int i = 0; i < FACTS.length && count < enough; i++) {
            if (NEEDS[i].in(text) && FACTS[i].in(text)) {
                count++;
            }
        }
        return count;
    }

    /** True when the text states any requirement fact. */
    static boolean any(String text) {
        return facts(text, 1) > 0;
    }
}

package org.imhfinder.normalize.detect;

import java.util.regex.Pattern;
import org.imhfinder.normalize.text.Literals;
import org.imhfinder.normalize.text.Numbers;

/** Facts that only program requirements state: hours of training, years of experience, credits, tuition, degrees required. */
final class Evidence {
    private static final Pattern HOURS = Pattern.compile("(?i)\\b" + Numbers.NUMBER + "\\s+(?:clock\\s+|contact\\s+)?hours?\\b");
    private static final Pattern EXPERIENCE = Pattern.compile(
            "(?i)\\b" + Numbers.NUMBER + "\\s+years?\\s+(?:of\\s+)?(?:paid|post|supervised|professional|work|experience|full-time)");
    private static final Pattern CREDITS = Pattern.compile("(?i)\\b\\d{1,2}[- ](?:graduate\\s+)?(?:credits?|credit hours|units)\\b");
    private static final Pattern MONEY = Pattern.compile("\\$\\s?\\d[\\d,]*");
    private static final Pattern DEGREE = Pattern.compile(
            "(?i)(?=[bmdlca])\\b(?:bachelor|master|doctora|degree|licensed|CDA|associate\u2019?'?s)\\w*\\b.{0,60}\\b(?:requir|or higher|must|needed|eligib|prepared)"
                    + "|(?=[rmaoe])\\b(?:requir|must hold|applicants?|open to|eligib)\\w*\\b.{0,60}\\b(?:bachelor|master|doctora|degree|licens)");
    private static final Pattern SPAN = Pattern.compile("(?i)\\b" + Numbers.NUMBER + "[- ](?:month|year|week)s?\\b");

    private Evidence() {
    }

    /**
     * The words each fact's pattern needs (any one of them), tested first: the patterns try a number or a degree at
     * every position of a page's whole text, and most texts lack most of the facts.
     */
    private static final Literals.Words[] NEEDS = {Literals.words("hour"), Literals.words("year"), Literals.words("credit", "unit"),
        Literals.words("$"), Literals.words("bachelor", "master", "doctora", "degree", "licens", "cda", "associate"),
        Literals.words("month", "year", "week")};
    private static final Pattern[] FACTS = {HOURS, EXPERIENCE, CREDITS, MONEY, DEGREE, SPAN};

    /** How many kinds of requirement facts the text states (0 to 6). */
    static int facts(String text) {
        int count = 0;
        for (int i = 0; i < FACTS.length; i++) {
            if (NEEDS[i].in(text) && FACTS[i].matcher(text).find()) {
                count++;
            }
        }
        return count;
    }
}

package org.imhfinder.normalize.fields;

import java.util.Optional;
import java.util.regex.Pattern;
import org.imhfinder.normalize.text.Numbers;
import org.imhfinder.schema.Education;
import org.imhfinder.vocabulary.TermKind;
import org.imhfinder.vocabulary.TermMatch;
import org.imhfinder.vocabulary.Vocabulary;

/**
 * The minimum education a requirement states. Providers write OR-lists ("CDA or associate's
 * degree, or two years of paid work"): the minimum is the lowest option, and an option that is
 * work experience instead of a degree makes it NONE. "Bachelor's degree or higher" is BACHELORS.
 */
public final class EducationReader {
    private static final Pattern OR = Pattern.compile("(?i)\\s*(?:,\\s*or\\s+|\\s+or\\s+|;|,)\\s*");
    private static final Pattern EXPERIENCE_INSTEAD = Pattern.compile(
            "(?i)\\b" + Numbers.NUMBER + "\\s+(?:full-time\\s+)?years?\\b.*\\b(?:work|experience|employment)");
    private static final Pattern DEGREE_OR_FIELD = Pattern.compile("(?i)\\b(?:degree|higher|equivalent|field|related|diploma)\\b");

    private final Vocabulary vocabulary;

    public EducationReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public Optional<Education> read(String text) {
        Education lowest = null;
        boolean experienceInstead = false;
        for (String option : OR.split(withoutParentheses(text))) {
            Education found = lowestIn(option);
            if (found != null) {
                lowest = lowest == null || found.ordinal() < lowest.ordinal() ? found : lowest;
            } else if (EXPERIENCE_INSTEAD.matcher(option).find() && !DEGREE_OR_FIELD.matcher(option).find()) {
                experienceInstead = true;
            }
        }
        if (lowest == null) {
            lowest = lowestIn(text); // only inside the parentheses: "(BA, BS or BSW)"
        }
        return lowest != null && experienceInstead ? Optional.of(Education.NONE) : Optional.ofNullable(lowest);
    }

    /** True when the text names any education level at all. */
    public boolean mentions(String text) {
        return !vocabulary.find(text, TermKind.EDUCATION).isEmpty();
    }

    private Education lowestIn(String text) {
        Education lowest = null;
        for (TermMatch match : vocabulary.find(text, TermKind.EDUCATION)) {
            Education e = Education.valueOf(match.value());
            lowest = lowest == null || e.ordinal() < lowest.ordinal() ? e : lowest;
        }
        return lowest;
    }

    private static String withoutParentheses(String text) {
        return text.replaceAll("\\([^)]*\\)", " ");
    }
}

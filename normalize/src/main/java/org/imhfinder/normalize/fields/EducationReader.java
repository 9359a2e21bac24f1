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
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern OR = Pattern.compile("(?i)\\s*(?:,\\s*or\\s+|\\s+or\\s+|;|,)\\s*");
    private static final Pattern EXPERIENCE_INSTEAD = Pattern.compile(
            "(?i)" + Numbers.WORD_NUMBER + "\\s+(?:full-time\\s+)?years?\\b.*\\b(?:work|experience|employment)");
    private static final Pattern DEGREE_OR_FIELD = Pattern.compile("(?i)\\b(?:degree|higher|equivalent|field|diploma)\\b");
    /** "meet either the education requirement OR the work requirement": work instead of a degree. */
    private static final Pattern WORK_REQUIREMENT = Pattern.compile("(?i)^\\W*(?:the\\s+)?(?:paid\\s+)?(?:work|experience|employment)"
            + "(?:\\s+experience)?\\s+requirement");
    private static final Pattern EDUCATION_OR_WORK = Pattern.compile("(?i)\\b(?:education|degree)\\s+requirement\\s+or\\s+(?:the\\s+)?"
            + "(?:work|experience)\\s+requirement|\\b(?:work|experience)\\s+requirement\\s+or\\s+(?:the\\s+)?(?:education|degree)\\s+requirement");
    /** "staff who have not earned a bachelor's degree": a degree named to say it is not held. */
    private static final Pattern NEGATED = Pattern.compile("(?i)\\b(?:not|never|without|lack\\w*)\\s+(?:[\\w'\u2019-]+\\s+){0,2}?(?:an?\\s+)?"
            + "(?=[\\w'\u2019.-]+\\s+degree\\b|CDA\\b)");
    /** "None required", "No degree", "not required": the requirement is stated, and it is nothing. */
    private static final Pattern NONE_STATED = Pattern.compile("(?i)^\\W*(?:none\\b|no (?:degree|formal)|not required)");
    /** An option that is welcome but not required does not set the minimum. */
    private static final Pattern MERELY_PREFERRED = Pattern.compile("(?i)\\b(preferred|encouraged|welcome|recommended|helpful|a plus)\\b");
    /** "Associate or bachelor's degree": the bare word is the degree when it is an option of its own. */
    private static final Pattern BARE_ASSOCIATE = Pattern.compile("(?i)^\\W*(?:an?\\s+)?associate(?:'?s)?\\W*$");
    private static final Pattern CLAUSE = Pattern.compile("\\s*;\\s*|(?<=\\.)\\s+");

    private final Vocabulary vocabulary;

    public EducationReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public Optional<Education> read(String text) {
        if (NONE_STATED.matcher(text).find()) {
            return Optional.of(Education.NONE);
        }
        StringBuilder stated = new StringBuilder();
        StringBuilder required = new StringBuilder();
        for (String clause : CLAUSE.split(text)) {
            if (NEGATED.matcher(clause).find()) {
                continue;
            }
            stated.append(clause).append("; ");
            if (!MERELY_PREFERRED.matcher(clause).find()) {
                required.append(clause).append("; ");
            }
        }
        return readOptions(required.length() > 0 ? required.toString() : stated.toString());
    }

    private Optional<Education> readOptions(String text) {
        Education lowest = null;
        boolean experienceInstead = false;
        for (String option : OR.split(withoutParentheses(text))) {
            Education found = BARE_ASSOCIATE.matcher(option).matches() ? Education.ASSOCIATE : lowestIn(option);
            if (found != null) {
                lowest = lowest == null || found.ordinal() < lowest.ordinal() ? found : lowest;
            } else if (EXPERIENCE_INSTEAD.matcher(option).find() && !DEGREE_OR_FIELD.matcher(option).find()
                    || WORK_REQUIREMENT.matcher(option).find()) {
                experienceInstead = true;
            }
        }
        if (lowest == null) {
            lowest = lowestIn(text); // only inside the parentheses: "(BA, BS or BSW)"
        }
        return lowest != null && experienceInstead ? Optional.of(Education.NONE) : Optional.ofNullable(lowest);
    }

    /**
     * True when the text lets an applicant meet the education requirement or the work requirement, not both ("meet
     * either the education requirement OR the work requirement"): then neither the degree nor the years are required.
     */
    public static boolean educationOrWork(String text) {
        return EDUCATION_OR_WORK.matcher(text).find();
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
        return PARENTHESES.matcher(text).replaceAll(" ");
    }
}

package org.imhfinder.normalize.detect;

import java.util.Objects;
import java.util.regex.Pattern;
import org.imhfinder.vocabulary.TermKind;
import org.imhfinder.vocabulary.TermMatch;
import org.imhfinder.vocabulary.Vocabulary;

/**
 * Whether a heading names a program ("Infant Family Specialist Endorsement (Category II)",
 * "Early Childhood Mental Health Fellowship") rather than a part of a page ("Certificate
 * Requirements", "Is Endorsement a license?") or something else (news, events, renewal), and the
 * name cleaned for a listing.
 */
public final class ProgramNames {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Words that make a heading about something other than a program. */
    static final Pattern NOT_A_PROGRAM = Pattern.compile("(?i)\\b(renew(?:al|als|ing)?|continuing endorsement|faqs?|"
            + "frequently asked|questions|steps?|how to|apply(?:ing)?|application process|admissions?|news|events?|"
            + "calendar|upcoming|conference|webinars?|convening|gathering|congratulat\\w*|announc\\w*|celebrat\\w*|donat\\w*|"
            + "licensing|applications? (?:are )?(?:open|due|close)\\w*|scholarships?|roster|directory of|find an?|handbook|policies|newsletter|blog|posted|testimonials?|"
            + "welcome|join|membership|history|mission|meet (?:the|our)|fees|cohort)\\b");
    private static final Pattern GENERIC = Pattern.compile("(?i)\\b(requirements?|courses?|overview|details|information|descriptions?|"
            + "curriculum|tuition|costs?|program(?:me)?s?|the|our|about|at a glance|of|for|in|and|&|level|category|tier)\\b");
    private static final Pattern TRAILING = Pattern.compile("(?i)[\\s:\u2013\u2014-]+(requirements?|overview|information|details)\\s*$");

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LABEL_PREFIX = Pattern.compile("^[\\p{L}'\u2019-]+(?:\\s+[\\p{L}'\u2019-]+){0,2}:\\s");
    /** An offering's head noun, last, or followed by its subject: "... Training", "Track in Infant Mental Health". */
    private static final Pattern OFFERING = Pattern.compile("(?i)\\b(training|seminar|course|track|specialization|program|programme"
            + "|collaborative)(?:\\s+(?:in|on|for)\\s+(.+))?$");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s\u2122\u00AE:.!]+$");
    private static final Pattern FIELD_WORDS = Pattern.compile("(?i)\\b(infants?|infancy|toddlers?|bab(?:y|ies)|perinatal|"
            + "early childhood|young children)\\b");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final String ENDORSEMENT = "ENDORSEMENT";
    private static final int MAX_NUMBERED_WORDS = 6;

    private final Vocabulary vocabulary;

    public ProgramNames(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * True when the text names a level, or a credential with something specific besides. The Endorsement named
     * without a level ("IMH Endorsement") is the credential system, whose levels are the programs.
     */
    public boolean namesProgram(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.endsWith("?") || trimmed.length() > 160 || NOT_A_PROGRAM.matcher(trimmed).find()) {
            return false;
        }
        if (!vocabulary.find(trimmed, TermKind.ENDORSEMENT_LEVEL).isEmpty()) {
            return true;
        }
        var credentials = vocabulary.find(trimmed, TermKind.CREDENTIAL);
        if (credentials.isEmpty() || credentials.stream().allMatch(c -> c.value().equals(ENDORSEMENT))) {
            return false; // "IMH Endorsement", "Endorsement Registry": the credential system, not one of its levels
        }
        String rest = trimmed;
        for (TermMatch match : credentials) {
            rest = rest.replace(match.text(), " ");
        }
        return !NOT_WORD.matcher(GENERIC.matcher(rest).replaceAll(" ")).replaceAll(" ").isBlank();
    }

    /**
     * "Infant Observation Seminar", "Trauma-Focused Cognitive Behavioral Therapy (TF-CBT) Training", "Clinical
     * Track in Infant Mental Health": a heading naming one offering (a training, seminar, course, track,
     * specialization, program or collaborative, in the singular) in the field (an age, a track, a topic). Not
     * "Specialized Training" (no subject) nor "Upcoming Trainings" (several).
     */
    public boolean namesOffering(String text) {
        String trimmed = TRAILING_MARKS.matcher(text.trim()).replaceAll("");
        java.util.regex.Matcher offering = OFFERING.matcher(trimmed);
        if (trimmed.isEmpty() || trimmed.length() > 160 || NOT_A_PROGRAM.matcher(trimmed).find() || !offering.find()) {
            return false;
        }
        String subject = trimmed.substring(0, offering.start()) + " " + Objects.toString(offering.group(2), "");
        return FIELD_WORDS.matcher(subject).find() || !vocabulary.find(subject, TermKind.TOPIC, TermKind.TRACK).isEmpty();
    }

    /** "Level 2 Requirements", "Category II": a short heading naming a level by its number alone. */
    public boolean namesLevelByNumber(String text) {
        return SPACES.split(text.trim()).length <= MAX_NUMBERED_WORDS && !vocabulary.levelNumbers(text).isEmpty()
                && !NOT_A_PROGRAM.matcher(text).find();
    }

    /** The text names one level of a credential system ("Infant Family Specialist", a page's title). */
    public boolean namesLevel(String text) {
        return vocabulary.find(text, TermKind.ENDORSEMENT_LEVEL).stream().map(m -> m.value()).distinct().count() == 1
                && !NOT_A_PROGRAM.matcher(text).find();
    }

    /** "IMH Endorsement", "What is Endorsement?": the Endorsement named as a whole, without a level. */
    public boolean namesCredentialSystem(String text) {
        var credentials = vocabulary.find(text, TermKind.CREDENTIAL);
        return !credentials.isEmpty() && credentials.stream().allMatch(c -> c.value().equals(ENDORSEMENT))
                && vocabulary.find(text, TermKind.ENDORSEMENT_LEVEL).isEmpty();
    }

    /** "Core course: Introduction to ...": a label and its value, not a name. */
    public static boolean isLabel(String text) {
        return LABEL_PREFIX.matcher(text).find();
    }

    /** True when the text names a credential or level at all (a page heading about programs). */
    public boolean mentionsProgram(String text) {
        return !vocabulary.find(text, TermKind.CREDENTIAL, TermKind.ENDORSEMENT_LEVEL).isEmpty();
    }

    /**
     * Pages whose lists of levels are not the levels' descriptions: renewal, FAQ, fees, registry, news, events,
     * membership. Unlike {@link #isAboutSomethingElse}, "how to apply" and "steps" pages may still describe
     * the categories one applies for.
     */
    static final Pattern NOT_ABOUT_PROGRAMS = Pattern.compile("(?i)\\b(renew(?:al|als|ing)?|continuing endorsement|faqs?|"
            + "frequently asked|questions|news|events?|calendar|upcoming|conference|webinars?|registry|roster|fees|fee schedule|"
            + "membership|join|policies|newsletter|blog)\\b");

    /** True when a page with this heading lists levels for another purpose than describing them (renewal, fees...). */
    public static boolean isAboutSomethingElseThanPrograms(String heading) {
        return NOT_ABOUT_PROGRAMS.matcher(heading).find();
    }

    /** True when the heading says the page is about something other than a program. */
    public static boolean isAboutSomethingElse(String heading) {
        return NOT_A_PROGRAM.matcher(heading).find();
    }

    /** A name for the listing: whitespace cleaned, a trailing "Requirements"/"Overview" dropped. */
    public static String clean(String name) {
        String clean = WHITESPACE.matcher(name.replace('\u00A0', ' ')).replaceAll(" ").trim();
        String trimmed = TRAILING.matcher(clean).replaceAll("").trim();
        return trimmed.isEmpty() ? clean : trimmed;
    }
}

package org.imhfinder.normalize.detect;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imhfinder.normalize.text.Literals;

/**
 * What a program's own page says and other pages rarely do: how to join it ("How to apply",
 * "Registration opens June 1", "Enrollment closed"), who takes part in it (fellows, participants,
 * trainees, students, a cohort), and what it is ("Colorado Foundations is a nine-module course",
 * "The Infant and Early Childhood Mental Health Certificate is a 21 credit hour program").
 */
final class ProgramCues {
    private static final Pattern LEADING_THE = Pattern.compile("^The\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ENROLS = Pattern.compile("(?i)\\b(how to apply|apply (?:now|for|online|to the|here|by)|"
            + "online application|application (?:deadline|form|information|reminders|period)|applications? (?:are|is) "
            + "(?:due|accepted|reviewed|open|closed)|to apply|registration (?:opens|is|for|closes)|register (?:for|through|by|now|online|and)|"
            + "enrollment|enrolled|enrol(?:l)?ing)\\b");
    private static final Pattern PARTICIPANTS = Pattern.compile("(?i)\\b(fellows|participants?|trainees|students|cohorts?)\\b");
    /** A word every alternative of {@link #ENROLS} holds, and of {@link #PARTICIPANTS}. */
    private static final Literals.Words ENROLS_WORDS = Literals.words("apply", "applica", "regist", "enrol");
    private static final Literals.Words PARTICIPANTS_WORDS = Literals.words("fellows", "participant", "trainees", "students", "cohort");
    /** "... is a nine-module foundational course": what follows the name, up to the kind of offering it is. */
    private static final Pattern IS_AN_OFFERING = Pattern.compile("\\s(?:is|are)\\s+an?\\s+[^.]{0,80}?\\b(?:program|programme|course|"
            + "training|certificate|fellowship|degree|series|collaborative|seminar|specialization|credential)\\b");
    private static final Pattern CAPITALISED = Pattern.compile("[A-Z0-9][\\p{L}\\p{N}'’&+:.-]*,?");
    private static final java.util.Set<String> JOINING = java.util.Set.of("of", "in", "and", "for", "&", "the", "to");
    private static final int MAX_NAME_WORDS = 14;
    private static final int MIN_NAME = 8;

    private ProgramCues() {
    }

    static boolean enrols(String text) {
        return ENROLS_WORDS.in(text) && ENROLS.matcher(text).find();
    }

    static boolean namesParticipants(String text) {
        return PARTICIPANTS_WORDS.in(text) && PARTICIPANTS.matcher(text).find();
    }

    /** The name a sentence defines as an offering ("Colorado Foundations"), if one does: the capitalised words opening it. */
    static Optional<String> definedName(String text) {
        Matcher m = IS_AN_OFFERING.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, text.lastIndexOf('\n', m.start()) + 1), m.start());
            int sentence = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf("! "), before.lastIndexOf("? ")));
            Optional<String> name = name(before.substring(sentence < 0 ? 0 : sentence + 2).trim());
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }

    /** The subject, when it is all capitalised words (but for joining words), "The" aside. */
    private static Optional<String> name(String subject) {
        String[] words = SPACES.split(LEADING_THE.matcher(subject).replaceFirst(""));
        if (words.length < 2 || words.length > MAX_NAME_WORDS || JOINING.contains(words[words.length - 1])) {
            return Optional.empty();
        }
        for (String word : words) {
            if (!JOINING.contains(word) && !CAPITALISED.matcher(word).matches()) {
                return Optional.empty();
            }
        }
        String name = String.join(" ", words);
        return name.length() >= MIN_NAME ? Optional.of(name) : Optional.empty();
    }
}

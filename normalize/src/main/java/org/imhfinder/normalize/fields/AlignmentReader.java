package org.imhfinder.normalize.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.imhfinder.normalize.text.Clauses;
import org.imhfinder.normalize.text.Literals;

/**
 * The credential a certificate says it is aligned with ("Coursework is aligned with Endorsement
 * Category II (Infant Family Specialist)"), as level text. Sentences saying so are also what level
 * detection must ignore: the certificate is not that level.
 */
public final class AlignmentReader {
    private static final Pattern ALIGNMENT = Pattern.compile(
            "(?i)\\b(align(?:s|ed)?|crosswalk(?:ed)?|counts? toward|meets? the (?:education|training) requirements?|"
                    + "prepares? (?:you |students )?(?:to apply )?for|satisf(?:y|ies) the)\\b");

    /** Words one of which every alignment phrase starts with: most sentences have none, and skip the pattern. */
    private static final Literals.Words ALIGNMENT_WORDS = Literals.words("align", "crosswalk", "count", "meet", "prepare", "satisf");

    private final LevelReader levels;

    public AlignmentReader(LevelReader levels) {
        this.levels = levels;
    }

    public static boolean isAlignment(String sentence) {
        return ALIGNMENT_WORDS.in(sentence) && ALIGNMENT.matcher(sentence).find();
    }

    public List<String> read(String text) {
        List<String> aligned = new ArrayList<>();
        for (String sentence : Clauses.sentences(text)) {
            if (isAlignment(sentence)) {
                Optional<LevelReader.Reading> level = levels.named(sentence).or(() -> levels.numbered(sentence));
                level.map(LevelReader.Reading::text).filter(t -> !aligned.contains(t)).ifPresent(aligned::add);
            }
        }
        return aligned;
    }

    /** The text without its alignment sentences. */
    public static String withoutAlignment(String text) {
        StringBuilder kept = new StringBuilder();
        for (String sentence : Clauses.sentences(text)) {
            if (!isAlignment(sentence)) {
                kept.append(sentence).append(' ');
            }
        }
        return kept.toString().trim();
    }
}

package org.imhfinder.normalize.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.imhfinder.normalize.fields.AlignmentReader;
import org.imhfinder.normalize.fields.DateReader;
import org.imhfinder.normalize.fields.QuantityReader;
import org.imhfinder.normalize.fields.Readers;
import org.imhfinder.normalize.text.Clauses;
import org.imhfinder.normalize.text.Numbers;

/**
 * The last resort of generic extraction: requirements and details stated in sentences rather
 * than labelled ("The certificate is a 12-month program for licensed clinicians"). Each reading
 * needs its own cue in the same sentence, so a number or a degree mentioned in passing is not
 * taken for a requirement; sentences about renewal, applying or alignment are skipped.
 */
final class TextFacts {
    private static final Pattern SKIP = Pattern.compile("(?i)\\b(renew\\w*|annual(?:ly)?|each year|per year|every year|"
            + "register|registration|donat\\w*|newsletter|apply online|application (?:system|portal|form))\\b");
    private static final Pattern EDUCATION_CUE = Pattern.compile(
            "(?i)\\b(requir\\w*|must|applicants?|open to|eligib\\w*|prerequisite\\w*|admission\\w*|for|hold\\w*|-level|prepared)\\b");
    private static final Pattern EXPERIENCE = Pattern.compile(
            "(?i)\\b" + Numbers.NUMBER + "\\s+years?\\s+(?:of\\s+)?(?:paid|post|supervised|professional|work|experience|full-time|clinical|"
                    + "providing|working|leadership|practice|as an?\\b)");
    /** "CDA or associate's degree, or two years of paid work": years offered instead of a degree are not an experience requirement. */
    private static final Pattern INSTEAD_OF_DEGREE = Pattern.compile(
            "(?i)\\b(?:degree|CDA|diploma|GED|associate\\w*|bachelor\\w*)\\b[^.]{0,80}\\bor\\b[^.]{0,40}\\byears?\\b");
    private static final Pattern TRAINING = Pattern.compile(
            "(?i)\\b\\d{1,4}\\s+(?:clock\\s+|contact\\s+)?hours?\\s+of\\s+(?:[\\w-]+\\s+){0,3}(?:training|education|coursework|instruction|professional development)");
    private static final Pattern SUPERVISION = Pattern.compile(
            "(?i)\\b\\d{1,4}\\s+(?:clock\\s+)?hours?\\s+of\\s+(?:(?!training\\b|education\\b|course)[\\w-]+\\s+){0,2}"
                    + "(?:reflective supervision|reflective consultation|RS/?C)");
    private static final Pattern PROGRAM_NOUN = Pattern.compile(
            "(?i)\\b(program|programme|certificate|fellowship|collaborative|cohort|course|training|institute|series)\\b");
    private static final Pattern DEADLINE_CUE = Pattern.compile(
            "(?i)\\b(deadline|due|apply by|applications? close|submit\\w* by|accepted (?:until|through))\\b");
    private static final Pattern COST_CUE = Pattern.compile("(?i)\\b(tuition|cost|fee|per credit|price)\\b");
    private static final Pattern MONEY = Pattern.compile("\\$\\s?\\d");
    private static final Pattern ONLY_SPAN = Pattern.compile("(?i)^\\s*" + Numbers.RANGE + "[- ](?:months?|years?|weeks?)\\s*$");

    private static final int REQUIREMENT_LINE = 200;
    private static final int LINE_START = 30;

    private final Readers readers;

    TextFacts(Readers readers) {
        this.readers = readers;
    }

    void fill(CandidateText text, FieldSet fields, GenericExtractor.Methods m) {
        List<String> sentences = Clauses.sentences(text.all).stream()
                .filter(s -> !SKIP.matcher(s).find() && !AlignmentReader.isAlignment(s)).toList();
        for (String sentence : sentences) {
            stated(sentence, fields, m);
        }
        if (!fields.has(Field.DELIVERY)) {
            String prose = String.join("\n", sentences);
            readers.terms().delivery(prose).ifPresent(d -> fields.put(Field.DELIVERY, d, m.text(), 0.55, "delivery terms in the text"));
        }
        if (!fields.has(Field.DURATION)) {
            durationSegment(text.all).ifPresent(d -> fields.put(Field.DURATION, d, m.text(), 0.55, d));
        }
    }

    private void stated(String sentence, FieldSet fields, GenericExtractor.Methods m) {
        if (!fields.has(Field.MINIMUM_EDUCATION) && (EDUCATION_CUE.matcher(sentence).find() || startsWithEducation(sentence))) {
            readers.education().read(sentence).ifPresent(e -> fields.put(Field.MINIMUM_EDUCATION, e, m.text(), 0.5, sentence));
        }
        var experience = EXPERIENCE.matcher(sentence);
        if (!fields.has(Field.YEARS_EXPERIENCE) && experience.find() && !INSTEAD_OF_DEGREE.matcher(sentence).find()) {
            QuantityReader.years(experience.group()).ifPresent(y -> fields.put(Field.YEARS_EXPERIENCE, y, m.text(), 0.5, sentence));
        }
        var training = TRAINING.matcher(sentence);
        if (!fields.has(Field.TRAINING_HOURS) && training.find()) {
            QuantityReader.hours(training.group()).ifPresent(h -> fields.put(Field.TRAINING_HOURS, h, m.text(), 0.55, sentence));
        }
        var supervision = SUPERVISION.matcher(sentence);
        if (!fields.has(Field.REFLECTIVE_SUPERVISION_HOURS) && supervision.find()) {
            QuantityReader.hours(supervision.group()).ifPresent(h ->
                    fields.put(Field.REFLECTIVE_SUPERVISION_HOURS, h, m.text(), 0.55, sentence));
        }
        if (!fields.has(Field.DURATION) && PROGRAM_NOUN.matcher(sentence).find()) {
            QuantityReader.span(sentence).ifPresent(d -> fields.put(Field.DURATION, d, m.text(), 0.5, sentence));
        }
        if (!fields.has(Field.APPLICATION_DEADLINE) && DEADLINE_CUE.matcher(sentence).find()) {
            DateReader.read(sentence).ifPresent(d -> fields.put(Field.APPLICATION_DEADLINE, d, m.text(), 0.55, sentence));
        }
        if (!fields.has(Field.COST) && MONEY.matcher(sentence).find() && COST_CUE.matcher(sentence).find()) {
            fields.put(Field.COST, sentence.length() <= 160 ? sentence : sentence.substring(0, 157) + "...", m.text(), 0.5, sentence);
        }
    }

    /** A requirement line of a list: "High school diploma or GED", "Master's degree and independent license". */
    private boolean startsWithEducation(String line) {
        return line.length() <= REQUIREMENT_LINE && readers.vocabulary().find(line, org.imhfinder.vocabulary.TermKind.EDUCATION)
                .stream().anyMatch(m -> m.start() <= LINE_START);
    }

    /** A short segment that is only a length ("In person · 1 year"): a directory entry's facts line. */
    private static Optional<String> durationSegment(String text) {
        for (String line : text.split("\\n")) {
            for (String segment : line.split("[\u00B7\u2022|]")) {
                if (ONLY_SPAN.matcher(segment).matches()) {
                    return QuantityReader.span(segment);
                }
            }
        }
        return Optional.empty();
    }
}

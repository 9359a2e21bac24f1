package org.imhfinder.normalize.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imhfinder.normalize.fields.AlignmentReader;
import org.imhfinder.normalize.fields.DateReader;
import org.imhfinder.normalize.fields.DurationReader;
import org.imhfinder.normalize.fields.Field;
import org.imhfinder.normalize.fields.FieldSet;
import org.imhfinder.normalize.fields.QuantityReader;
import org.imhfinder.normalize.fields.Readers;
import org.imhfinder.normalize.fields.RequiredHours;
import org.imhfinder.normalize.text.Clauses;
import org.imhfinder.normalize.text.Literals;
import org.imhfinder.normalize.text.Numbers;
import org.imhfinder.normalize.text.Prefiltered;
import org.imhfinder.vocabulary.TermKind;
import org.imhfinder.vocabulary.TermMatch;

/**
 * The last resort of generic extraction: requirements and details stated in sentences rather
 * than labelled ("The certificate is a 12-month program for licensed clinicians"). Each reading
 * needs its own cue in the same sentence, so a number or a degree mentioned in passing is not
 * taken for a requirement; sentences about renewal, applying or alignment are skipped.
 */
final class TextFacts {
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s:\u2013\u2014-]+");
    private static final Pattern SKIP = Pattern.compile("(?i)\\b(renew\\w*|annual(?:ly)?|each year|per year|every year|"
            + "register|registration|donat\\w*|newsletter|apply online|application (?:system|portal|form))\\b");
    private static final Literals.Words SKIP_WORDS = Literals.words("renew", "annual", "each year", "per year", "every year", "regist",
            "donat", "newsletter", "apply online", "application");
    private static final Prefiltered EDUCATION_CUE = Prefiltered.of(Pattern.compile(
            "(?i)\\b(requir\\w*|must|applicants?|open to|eligib\\w*|prerequisite\\w*|admission\\w*|for|hold\\w*|-level|prepared)\\b"),
            "requir", "must", "applicant", "open to", "eligib", "prerequisite", "admission", "for", "hold", "-level", "prepared");
    private static final Prefiltered EXPERIENCE = Prefiltered.of(Pattern.compile(
            "(?i)" + Numbers.WORD_NUMBER + "\\s+years?\\s+(?:of\\s+)?(?:paid|post|supervised|professional|work|experience|full-time|clinical|"
                    + "providing|working|leadership|practice|as an?\\b)"), Numbers.STARTS);
    /**
     * "CDA or associate's degree, or two years of paid work": years offered instead of a degree are not an experience
     * requirement ("or high school diploma plus two years of experience" too). The years must be in an option after "or"
     * that names no degree ("Bachelor's or master's degree and two years" requires both).
     */
    private static final Pattern INSTEAD_OF_DEGREE = Pattern.compile(
            "(?i)\\b(?:degree|CDA|diploma|GED|associate\\w*|bachelor\\w*)\\b[^.]{0,80}\\bor\\s+(?:(?!degree\\b)[\\w'\u2019-]+\\s+){0,5}?"
                    + Numbers.NUMBER + "\\s+(?:[\\w-]+\\s+)?years?\\b");
    private static final String HOURS = Numbers.WORD_NUMBER + "[ \\t]+(?:[\\w-]+[ \\t]+){0,2}?(?:hours?|hrs?)";
    private static final Prefiltered TRAINING = Prefiltered.of(Pattern.compile("(?i)" + HOURS + "\\s+(?:of|in)\\s+(?:[\\w-]+,?\\s+){0,3}"
            + "(?:training|education|coursework|instruction|professional development|seminars?|workshops?|classes)"
            + "|" + Numbers.WORD_NUMBER + "\\s+(?:(?:specialized|in-service|relationship-based)\\s+)?(?:training|in-service|learning)\\s+hours?"),
            Numbers.STARTS);
    private static final Prefiltered SUPERVISION = Prefiltered.of(Pattern.compile("(?i)" + HOURS + "\\s+of\\s+"
            + "(?:(?!training\\b|education\\b|course)[\\w-]+\\s+){0,2}(?:reflective supervision|reflective consultation|reflective practice|RS/?C)"),
            Numbers.STARTS);
    /**
     * "Minimum 24 clock hours within a 12-month to 24-month time period": the Endorsement's reflective supervision is the
     * requirement stated as hours within a span of time; training hours are not, and a sentence naming training is left alone.
     */
    private static final Prefiltered HOURS_WITHIN_SPAN = Prefiltered.of(Pattern.compile("(?i)" + HOURS
            + "\\s+(?:[\\w-]+\\s+){0,3}?(?:within|over)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,5}?(?:months?|years?|time\\s*frame|period)\\b"),
            Numbers.STARTS);
    private static final Pattern TRAINING_WORD = Pattern.compile("(?i)\\b(training|education|course\\w*|in-service|seminars?|workshops?|credits?)\\b");
    /** Where a requirement starts inside a sentence: after a semicolon or after what the sentence said about supervision. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i);|\\b(?:reflective supervision|reflective consultation|RS/?C)\\b");
    /** "Every type requires", "all categories require", "every applicant documents": a sentence about every program of the page. */
    private static final Pattern FOR_ALL_PROGRAMS = Pattern.compile("(?i)\\b(?:every|each|all|both)\\s+(?:of\\s+the\\s+)?(?:[\\w-]+\\s+){0,2}?"
            + "(?:types?|levels?|categor(?:y|ies)|endorsements?|credentials?|designations?|tracks?|specialt(?:y|ies)|applicants?|candidates?)\\b");
    private static final Prefiltered DEADLINE_CUE = Prefiltered.of(Pattern.compile(
            "(?i)\\b(deadline|due|apply by|applications? close|submit\\w* by|accepted (?:until|through))\\b"),
            "deadline", "due", "apply by", "application", "submit", "accepted");
    private static final Prefiltered COST_CUE = Prefiltered.of(Pattern.compile("(?i)\\b(tuition|cost|fee|per credit|price)\\b"),
            "tuition", "cost", "fee", "per credit", "price");
    private static final Pattern MONEY = Pattern.compile("\\$\\s?\\d");

    /** A value that starts with its quantity: "24 clock hours", "Minimum 30 hours", "At least two years". */
    private static final Pattern QUANTITY_FIRST = Pattern.compile("(?i)^(?:(?:a\\s+)?minimum(?:\\s+of)?|at\\s+least|about|approximately)?\\s*"
            + Numbers.NUMBER + "\\b");
    private static final int REQUIREMENT_LINE = 200;
    /** A label-first line may run long: a table row run together holds every path's value. */
    private static final int LABELLED_LINE = 600;
    private static final int LINE_START = 30;

    private final Readers readers;

    TextFacts(Readers readers) {
        this.readers = readers;
    }

    /** {@code waived}: fields the program's labelled values said are not required of everyone, not to be read again here. */
    void fill(CandidateText text, FieldSet fields, GenericExtractor.Methods m, java.util.Set<Field> waived) {
        // the program's name is no requirement: "PhD in Infant Development" requires no doctorate
        String name = text.all.lines().findFirst().orElse("").trim();
        List<String> sentences = Clauses.sentences(text.all).stream()
                .filter(s -> !skipped(s) && !AlignmentReader.isAlignment(s) && !s.equals(name)).toList();
        if (!fields.has(Field.DURATION)) {
            durationSegment(text.all).ifPresent(d -> fields.put(Field.DURATION, d, m.text(), 0.55, d));
        }
        for (String sentence : sentences) {
            labelFirst(sentence, fields, m, waived);
            stated(sentence, fields, m, waived);
        }
        if (!fields.has(Field.DELIVERY)) {
            String prose = String.join("\n", sentences);
            readers.terms().delivery(prose).ifPresent(d -> fields.put(Field.DELIVERY, d, m.text(), 0.55, "delivery terms in the text"));
        }
    }

    /**
     * Requirements a page states once for all its programs ("Every type requires a minimum of 30 clock hours of
     * specialized training"), for a program that states none of its own.
     */
    void fillShared(String pageText, FieldSet fields, GenericExtractor.Methods m, java.util.Set<Field> waived) {
        for (String sentence : Clauses.sentences(pageText)) {
            if (FOR_ALL_PROGRAMS.matcher(sentence).find() && !skipped(sentence)) {
                stated(sentence, fields, m, waived);
            }
        }
    }

    /**
     * "Reflective supervision/consultation 24 clock hours within one to two years": a requirement's label and value on
     * one line without a colon, as a table or a PDF's table reads once its cells are run together. The value is read
     * as its label says only when it starts with the quantity or the degree, so prose that begins with a label word
     * ("Training is offered...") is left to the sentence rules.
     */
    private void labelFirst(String line, FieldSet fields, GenericExtractor.Methods m, java.util.Set<Field> waived) {
        if (line.length() > LABELLED_LINE) {
            return;
        }
        List<TermMatch> labels = rowLabels(line);
        for (int i = 0; i < labels.size(); i++) {
            int end = i + 1 < labels.size() ? labels.get(i + 1).start() : line.length();
            String value = LEADING_MARKS.matcher(line.substring(labels.get(i).end(), end)).replaceFirst("").trim();
            labelled(labels.get(i).value(), value, fields, m, waived, "label first: " + line.substring(labels.get(i).start(), end));
        }
    }

    /**
     * The labels a line starts with and runs on with: a table's rows run together ("Education ... families In-service
     * training Minimum 30 clock hours") are split where a capitalised label starts the next row. Empty when the line does
     * not start with a label.
     */
    private List<TermMatch> rowLabels(String line) {
        List<TermMatch> labels = readers.vocabulary().find(line, TermKind.FIELD_LABEL);
        if (labels.isEmpty() || labels.get(0).start() != 0) {
            return List.of();
        }
        List<TermMatch> rows = new java.util.ArrayList<>();
        rows.add(labels.get(0));
        for (TermMatch label : labels.subList(1, labels.size())) {
            if (Character.isUpperCase(line.charAt(label.start())) && Character.isWhitespace(line.charAt(label.start() - 1))) {
                rows.add(label);
            }
        }
        return rows;
    }

    private void labelled(String group, String value, FieldSet fields, GenericExtractor.Methods m, java.util.Set<Field> waived,
                          String evidence) {
        boolean quantity = QUANTITY_FIRST.matcher(value).find();
        switch (group) {
            case "training" -> put(fields, Field.TRAINING_HOURS, quantity ? QuantityReader.hours(value) : Optional.empty(), m, evidence);
            case "reflectiveSupervision" -> {
                if (RequiredHours.waivedForSome(value)) {
                    waived.add(Field.REFLECTIVE_SUPERVISION_HOURS);
                }
                put(fields, Field.REFLECTIVE_SUPERVISION_HOURS, quantity && !waived.contains(Field.REFLECTIVE_SUPERVISION_HOURS)
                        ? QuantityReader.hours(value) : Optional.empty(), m, evidence);
            }
            case "experience" -> put(fields, Field.YEARS_EXPERIENCE, quantity && !waived.contains(Field.YEARS_EXPERIENCE)
                    ? QuantityReader.years(value) : Optional.empty(), m, evidence);
            case "education" -> put(fields, Field.MINIMUM_EDUCATION,
                    startsWithEducation(value) ? readers.education().read(value) : Optional.empty(), m, evidence);
            default -> {
                // other labels are read by the sentence rules
            }
        }
    }

    private static void put(FieldSet fields, Field field, Optional<?> value, GenericExtractor.Methods m, String evidence) {
        if (!fields.has(field)) {
            value.ifPresent(v -> fields.put(field, v, m.text(), 0.6, evidence));
        }
    }

    private void stated(String sentence, FieldSet fields, GenericExtractor.Methods m, java.util.Set<Field> waived) {
        if (!fields.has(Field.MINIMUM_EDUCATION) && (EDUCATION_CUE.in(sentence) || startsWithEducation(sentence))) {
            readers.education().read(sentence).ifPresent(e -> fields.put(Field.MINIMUM_EDUCATION, e, m.text(), 0.5, sentence));
        }
        Matcher experience = fields.has(Field.YEARS_EXPERIENCE) || waived.contains(Field.YEARS_EXPERIENCE) ? null : EXPERIENCE.find(sentence);
        if (experience != null && !INSTEAD_OF_DEGREE.matcher(sentence).find()) {
            QuantityReader.years(experience.group()).ifPresent(y -> fields.put(Field.YEARS_EXPERIENCE, y, m.text(), 0.5, sentence));
        }
        Matcher training = fields.has(Field.TRAINING_HOURS) ? null : TRAINING.find(sentence);
        if (training != null) {
            QuantityReader.hours(requirementAt(sentence, training.start())).ifPresent(h ->
                    fields.put(Field.TRAINING_HOURS, h, m.text(), 0.55, sentence));
        }
        boolean supervisionOpen = !fields.has(Field.REFLECTIVE_SUPERVISION_HOURS) && !waived.contains(Field.REFLECTIVE_SUPERVISION_HOURS)
                && !RequiredHours.waivedForSome(sentence);
        Matcher supervision = supervisionOpen ? SUPERVISION.find(sentence) : null;
        if (supervision != null) {
            QuantityReader.hours(supervision.group()).ifPresent(h ->
                    fields.put(Field.REFLECTIVE_SUPERVISION_HOURS, h, m.text(), 0.55, sentence));
        }
        Matcher within = supervisionOpen && !fields.has(Field.REFLECTIVE_SUPERVISION_HOURS) ? HOURS_WITHIN_SPAN.find(sentence) : null;
        if (within != null && !TRAINING_WORD.matcher(sentence).find()) {
            QuantityReader.hours(within.group()).ifPresent(h ->
                    fields.put(Field.REFLECTIVE_SUPERVISION_HOURS, h, m.text(), 0.5, "hours within a span of time: " + sentence));
        }
        if (!fields.has(Field.DURATION)) {
            DurationReader.read(sentence).ifPresent(d -> fields.put(Field.DURATION, d, m.text(), 0.5, sentence));
        }
        if (!fields.has(Field.APPLICATION_DEADLINE) && DEADLINE_CUE.in(sentence)) {
            DateReader.read(sentence).ifPresent(d -> fields.put(Field.APPLICATION_DEADLINE, d, m.text(), 0.55, sentence));
        }
        if (!fields.has(Field.COST) && MONEY.matcher(sentence).find() && COST_CUE.in(sentence)) {
            fields.put(Field.COST, sentence.length() <= 160 ? sentence : sentence.substring(0, 157) + "...", m.text(), 0.5, sentence);
        }
    }

    /**
     * The part of a sentence that states the requirement found at {@code at}: from the last semicolon or mention of
     * reflective supervision before it, so hours said of something else earlier in the sentence are not read for it,
     * while "Minimum 30 hours, average 40 hours of training" keeps its minimum.
     */
    private static String requirementAt(String sentence, int at) {
        int from = 0;
        var breaks = CLAUSE_BREAK.matcher(sentence);
        while (breaks.find() && breaks.end() <= at) {
            from = breaks.end();
        }
        return sentence.substring(from);
    }

    /** A requirement line of a list: "High school diploma or GED", "Master's degree and independent license". */
    private boolean startsWithEducation(String line) {
        return line.length() <= REQUIREMENT_LINE && readers.vocabulary().find(line, org.imhfinder.vocabulary.TermKind.EDUCATION)
                .stream().anyMatch(m -> m.start() <= LINE_START);
    }

    /** A sentence about renewal, registration, donations or an application system: no requirement of the program. */
    private static boolean skipped(String sentence) {
        return SKIP_WORDS.in(sentence) && SKIP.matcher(sentence).find();
    }

    /** A short segment that is only a length ("In person · 1 year"): a directory entry's facts line. */
    private static Optional<String> durationSegment(String text) {
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isSegmentEnd(text.charAt(i))) {
                Optional<String> length = DurationReader.only(text, start, i);
                if (length.isPresent()) {
                    return length;
                }
                start = i + 1;
            }
        }
        return Optional.empty();
    }

    /** A line break, or a separator of a facts line: "\u00B7", "\u2022", "|". */
    private static boolean isSegmentEnd(char c) {
        return c == '\n' || c == '\u00B7' || c == '\u2022' || c == '|';
    }
}

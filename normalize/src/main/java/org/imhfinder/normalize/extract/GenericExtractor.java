package org.imhfinder.normalize.extract;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.imhfinder.normalize.detect.Candidate;
import org.imhfinder.normalize.fields.AlignmentReader;
import org.imhfinder.normalize.fields.EducationReader;
import org.imhfinder.normalize.fields.Field;
import org.imhfinder.normalize.fields.FieldSet;
import org.imhfinder.normalize.fields.LevelReader;
import org.imhfinder.normalize.fields.QuantityReader;
import org.imhfinder.normalize.fields.Readers;
import org.imhfinder.normalize.naming.FullerName;
import org.imhfinder.normalize.fields.RequiredHours;
import org.imhfinder.normalize.page.Footnotes;
import org.imhfinder.normalize.page.Labelled;
import org.imhfinder.normalize.page.Page;
import org.imhfinder.normalize.text.Clauses;
import org.imhfinder.schema.Credential;
import org.imhfinder.schema.ExtractionMethod;
import org.imhfinder.schema.ProgramComponent;
import org.imhfinder.vocabulary.CredentialFamily;

/**
 * Trust level 3: what the page's structure and text say, read with the vocabulary. The name,
 * credential, level and track come from the program's heading; requirements from labelled values
 * (a label says what its value holds); what is still missing from sentences that state it
 * ("a 12-month program for licensed clinicians"). Runs after boilerplate is stripped; a value the
 * page does not state stays empty.
 */
public final class GenericExtractor implements ProgramExtractor {
    public static final String NAME = "generic";
    private static final java.util.regex.Pattern HOURS_LABEL = java.util.regex.Pattern.compile("(?i)\\bhours?\\b");
    private static final java.util.regex.Pattern BARE_NUMBER = java.util.regex.Pattern.compile("^\\s*(\\d{1,4})\\b(?!\\s*(?:years?|months?|weeks?|credits?|%))");
    /** A course list: lines that start with a course code ("COU 6640 Infant and Toddler Mental Health (3)"). */
    private static final java.util.regex.Pattern COURSE_CODE = java.util.regex.Pattern.compile("(?m)^[A-Z]{2,5}\\s?\\d{3,4}[A-Z]?\\b");
    private static final int MIN_COURSES = 2;
    /**
     * "Reflective Practice Facilitator Training", "Equity-Focused Training in IECMH Consultation", "Infant
     * Observation Seminar": a program named a training or a seminar is a course.
     */
    private static final java.util.regex.Pattern NAMED_TRAINING = java.util.regex.Pattern.compile(
            "(?i)\\b(?:training(?: program)?|seminar)$|\\btraining (?:in|on)\\b");
    /** Groups whose values are read with the notes their markers point to. */
    private static final Set<String> NOTED_GROUPS = Set.of("education", "eligibility", "experience");
    private static final java.util.regex.Pattern WORK = java.util.regex.Pattern.compile("(?i)\\b(work|experience|employ)");

    private final Readers readers;
    private final TextFacts facts;
    private final PlaceAndContact places;
    private final FullerName fuller;

    public GenericExtractor(Readers readers) {
        this.readers = readers;
        this.fuller = new FullerName(readers.vocabulary());
        this.facts = new TextFacts(readers);
        this.places = new PlaceAndContact(readers);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void extract(Page page, Candidate candidate, FieldSet fields) {
        Methods methods = new Methods(page.fromPdf());
        CandidateText text = CandidateText.of(page, candidate);
        identity(page, candidate, fields, methods, text);
        Set<Field> waived = EnumSet.noneOf(Field.class);
        String pageText = page.contentText();
        Footnotes notes = Footnotes.in(pageText);
        for (Labelled labelled : candidate.labelled()) {
            labelledValue(withNotes(labelled, notes), fields, methods, waived);
        }
        content(candidate, fields, methods, text);
        facts.fill(text, fields, methods, waived);
        if (candidate.kind() == Candidate.Kind.BLOCK || candidate.kind() == Candidate.Kind.TABLE_ROW) {
            facts.fillShared(pageText, fields, methods, waived);
        }
        places.fill(page, candidate, text, fields, methods);
        supervisionComponent(fields, methods, waived);
    }

    /**
     * A program requires reflective supervision when it asks for hours of it, however the hours were found; one that
     * waives them for some paths does not require it of everyone.
     */
    private static void supervisionComponent(FieldSet fields, Methods m, Set<Field> waived) {
        if (waived.contains(Field.REFLECTIVE_SUPERVISION_HOURS)) {
            Set<ProgramComponent> kept = EnumSet.noneOf(ProgramComponent.class);
            kept.addAll(fields.list(Field.COMPONENTS, ProgramComponent.class));
            if (kept.remove(ProgramComponent.REFLECTIVE_SUPERVISION)) {
                var provenance = fields.provenance(Field.COMPONENTS).orElseThrow();
                fields.remove(Field.COMPONENTS);
                fields.add(Field.COMPONENTS, kept, provenance.method(), provenance.confidence(), provenance.evidence());
            }
        } else if (fields.get(Field.REFLECTIVE_SUPERVISION_HOURS, Integer.class).filter(h -> h > 0).isPresent()) {
            fields.add(Field.COMPONENTS, Set.of(ProgramComponent.REFLECTIVE_SUPERVISION), m.text, 0.6, "hours of reflective supervision");
        }
    }

    private void identity(Page page, Candidate candidate, FieldSet fields, Methods m, CandidateText text) {
        String name = candidate.name();
        Optional<Credential> credential = readers.terms().credential(name);
        Optional<LevelReader.Reading> level = readers.levels().named(name);
        if (level.isEmpty() && (credential.orElse(null) == Credential.ENDORSEMENT || endorsementPage(page))) {
            level = readers.levels().numbered(name)
                    .or(() -> readers.levels().shortNamed(name, readers.terms().track(page.headingText()).orElse(null)));
        }
        if (level.isEmpty() && candidate.kind() == Candidate.Kind.PAGE && credential.orElse(null) == Credential.ENDORSEMENT) {
            level = readers.levels().named(AlignmentReader.withoutAlignment(String.join(" ", text.prose.stream().limit(1).toList())));
        }
        level = level.map(l -> readers.levels().withNumbering(l, name, headingBefore(candidate), text.all));
        level.ifPresent(l -> fields.put(Field.LEVEL, l.text(), m.structure, 0.85, name));
        String shown = level.isEmpty() && candidate.kind() == Candidate.Kind.PAGE
                ? fuller.of(name, candidate.nameElement(), page.content()) : name;
        fields.put(Field.NAME, shown, m.structure, 0.8, "heading: " + shown + (shown.equals(name) ? "" : " (page heading: " + name + ")"));
        Optional<Credential> family = level.flatMap(l -> readers.vocabulary().family(l.level().family()))
                .map(CredentialFamily::credential);
        fields.put(Field.CREDENTIAL, credential.or(() -> family).orElse(null), m.structure, 0.8, name);
        if (!fields.has(Field.CREDENTIAL) && NAMED_TRAINING.matcher(name).find()) {
            fields.put(Field.CREDENTIAL, Credential.COURSE, m.structure, 0.6, "a program named a training: " + name);
        }
        if (!fields.has(Field.CREDENTIAL) && candidate.kind() != Candidate.Kind.PAGE) {
            fields.put(Field.CREDENTIAL, readers.terms().credential(page.headingText()).orElse(null), m.structure, 0.6,
                    "page heading: " + page.headingText());
        }
        fields.put(Field.TRACK, level.map(l -> (Object) l.level().track()).orElse(readers.terms().track(shown).orElse(null)),
                m.structure, level.isPresent() ? 0.85 : 0.6, name);
        fields.add(Field.ALIGNS_WITH, readers.alignment().read(text.all), m.text, 0.7, "aligned with");
        if (candidate.link() != null) {
            fields.put(Field.CONTACT_URL, candidate.link(), m.structure, 0.8, "entry link");
        }
    }

    /** The short element just before the program's heading, which may number it ("Category 1" over "Infant Family Associate"). */
    private static String headingBefore(Candidate candidate) {
        org.jsoup.nodes.Element before = candidate.nameElement() == null ? null : candidate.nameElement().previousElementSibling();
        return before == null ? null : before.text();
    }

    private boolean endorsementPage(Page page) {
        return readers.terms().credential(page.headingText()).orElse(null) == Credential.ENDORSEMENT;
    }

    /**
     * An education or work value with the chart's notes its markers point to ("CDA or Associate's degree*": "* meet either
     * the education requirement OR the work requirement"). Hours keep their own value: a note about how they divide
     * ("at least 3 hours must be...") is not the minimum.
     */
    private static Labelled withNotes(Labelled labelled, Footnotes notes) {
        if (!NOTED_GROUPS.contains(labelled.group())) {
            return labelled;
        }
        String value = notes.withNotes(labelled.value());
        String ofLabel = notes.withNotes(labelled.label()).substring(labelled.label().length());
        return new Labelled(labelled.label(), labelled.group(), value + ofLabel, labelled.element());
    }

    /** A labelled value, read as what its label says it holds. */
    private void labelledValue(Labelled labelled, FieldSet fields, Methods m, Set<Field> waived) {
        String value = labelled.value();
        String evidence = labelled.label() + ": " + value;
        switch (labelled.group()) {
            case "education" -> read(Field.MINIMUM_EDUCATION, value, fields, m, 0.85, evidence);
            case "eligibility", "audience" -> {
                read(Field.MINIMUM_EDUCATION, value, fields, m, labelled.group().equals("audience") ? 0.6 : 0.75, evidence);
                if (labelled.group().equals("eligibility") && mentionsWork(value)) {
                    // only years said to be of experience: "commit for the full 18 months" is no requirement
                    QuantityReader.experienceYears(value).ifPresent(y -> fields.put(Field.YEARS_EXPERIENCE, y, m.structure, 0.7, evidence));
                }
                fields.add(Field.AUDIENCE, readers.terms().audience(value), m.structure, 0.75, evidence);
            }
            case "training" -> hours(Field.TRAINING_HOURS, labelled, fields, m, evidence);
            case "experience" -> {
                if (EducationReader.educationOrWork(value)) {
                    waived.add(Field.YEARS_EXPERIENCE); // work offered instead of a degree is no experience requirement
                } else {
                    read(Field.YEARS_EXPERIENCE, value, fields, m, 0.85, evidence);
                }
            }
            case "reflectiveSupervision" -> reflectiveSupervision(labelled, fields, m, evidence, waived);
            case "exam" -> component(ProgramComponent.EXAM, !Clauses.waives(value), fields, m, evidence);
            case "curriculum", "credits" -> {
                component(ProgramComponent.COURSEWORK, true, fields, m, evidence);
                fields.add(Field.TOPICS, readers.terms().topics(value), m.structure, 0.8, evidence);
            }
            case "delivery" -> read(Field.DELIVERY, value, fields, m, 0.85, evidence);
            case "duration" -> {
                read(Field.DURATION, value, fields, m, 0.85, evidence);
                // "Length: 12 hours (over 3 days)": a course's length in hours is its training
                RequiredHours.lengthInHours(value).ifPresent(h -> fields.put(Field.TRAINING_HOURS, h, m.structure, 0.7, evidence));
            }
            case "cost" -> read(Field.COST, value, fields, m, 0.85, evidence);
            case "deadline" -> read(Field.APPLICATION_DEADLINE, value, fields, m, 0.85, evidence);
            default -> {
                // location and contact values are read with the page's places and contacts
            }
        }
    }

    /** Hours, also as a bare number under a label that says hours ("Hours of specialized training | 30"). */
    private void hours(Field field, Labelled labelled, FieldSet fields, Methods m, String evidence) {
        hoursOf(labelled).ifPresent(h -> fields.put(field, h, m.structure, 0.85, evidence));
    }

    private static Optional<Integer> hoursOf(Labelled labelled) {
        Optional<Integer> stated = QuantityReader.hours(labelled.value());
        if (stated.isPresent() || !HOURS_LABEL.matcher(labelled.label()).find()) {
            return stated;
        }
        var bare = BARE_NUMBER.matcher(labelled.value());
        return bare.find() ? Optional.of(Integer.parseInt(bare.group(1))) : Optional.empty();
    }

    /** Hours asked of some paths and waived for others leave the program without a minimum, which sentences must not add. */
    private void reflectiveSupervision(Labelled labelled, FieldSet fields, Methods m, String evidence, Set<Field> waived) {
        String value = labelled.value();
        if (RequiredHours.waivedForSome(value)) {
            waived.add(Field.REFLECTIVE_SUPERVISION_HOURS);
        }
        Optional<Integer> hours = waived.contains(Field.REFLECTIVE_SUPERVISION_HOURS) ? Optional.empty() : hoursOf(labelled);
        hours.ifPresent(h -> fields.put(Field.REFLECTIVE_SUPERVISION_HOURS, h, m.structure, 0.85, evidence));
        boolean required = hours.map(h -> h > 0).orElse(!Clauses.waives(value) && value.length() > 3);
        component(ProgramComponent.REFLECTIVE_SUPERVISION, required, fields, m, evidence);
    }

    private void content(Candidate candidate, FieldSet fields, Methods m, CandidateText text) {
        String description = text.description();
        fields.put(Field.DESCRIPTION, description, m.structure, 0.7, "first paragraphs");
        fields.add(Field.TOPICS, readers.terms().topics(text.topicText), m.text, 0.6, "topic terms in the program's text");
        Set<ProgramComponent> components = EnumSet.copyOf(readers.terms().components(text.componentText));
        if (COURSE_CODE.matcher(text.all).results().count() >= MIN_COURSES) {
            components.add(ProgramComponent.COURSEWORK);
        }
        fields.add(Field.COMPONENTS, components.isEmpty() ? null : components, m.text, 0.6, "component terms");
        fields.add(Field.AUDIENCE, readers.terms().audience(description), m.text, 0.6, "audience terms in the description");
    }

    private void read(Field field, String value, FieldSet fields, Methods m, double confidence, String evidence) {
        readers.read(field, value).ifPresent(v -> fields.put(field, v, m.structure, confidence, evidence));
    }

    private static void component(ProgramComponent component, boolean stated, FieldSet fields, Methods m, String evidence) {
        if (stated) {
            fields.add(Field.COMPONENTS, Set.of(component), m.structure, 0.8, evidence);
        }
    }

    private static boolean mentionsWork(String value) {
        return WORK.matcher(value).find();
    }

    /** The methods to record: page structure and text, or PDF for both when the page is a PDF's text. */
    record Methods(ExtractionMethod structure, ExtractionMethod text) {
        Methods(boolean pdf) {
            this(pdf ? ExtractionMethod.PDF : ExtractionMethod.STRUCTURE, pdf ? ExtractionMethod.PDF : ExtractionMethod.TEXT);
        }
    }
}

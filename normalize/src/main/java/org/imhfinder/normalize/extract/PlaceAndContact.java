package org.imhfinder.normalize.extract;

import java.util.Optional;
import java.util.regex.Pattern;
import org.imhfinder.normalize.detect.Candidate;
import org.imhfinder.normalize.fields.Contacts;
import org.imhfinder.normalize.fields.Field;
import org.imhfinder.normalize.fields.FieldSet;
import org.imhfinder.normalize.fields.LocationReader;
import org.imhfinder.normalize.fields.ProviderRegion;
import org.imhfinder.normalize.fields.Readers;
import org.imhfinder.normalize.page.Css;
import org.imhfinder.normalize.page.Labelled;
import org.imhfinder.normalize.page.Page;
import org.imhfinder.normalize.text.Clauses;
import org.imhfinder.normalize.text.Prefiltered;
import org.imhfinder.schema.ExtractionMethod;
import org.imhfinder.schema.ProviderType;
import org.imhfinder.vocabulary.TermKind;
import org.jsoup.nodes.Element;

/**
 * Where a program is and how to reach it: its city (a labelled location, a "City, ST" in its text, a
 * known city where its sessions meet, "in person in Lansing"); its provider's state (see
 * {@link ProviderRegion}; a directory entry's own); the first e-mail address and phone number in its
 * part of the page (footers are gone by now).
 */
final class PlaceAndContact {
    /** Where sessions meet; tried only where one of its alternatives begins. */
    private static final Prefiltered MEETS = Prefiltered.of(Pattern.compile("(?i)\\b(in[- ]person|on[- ]campus|on[- ]site|seminars?|"
            + "sessions?|retreats?|meets?|held|located|based|hosted|housed|takes? place|convenes?|trainings? (?:are|is) offered|classes|"
            + "campus|(?:fellows|trainees|students|participants) (?:train|work|meet|study)|trains? (?:on|at|in))\\b"),
            "in-person", "in person", "on-campus", "on campus", "on-site", "on site", "seminar", "session", "retreat", "meet", "held",
            "located", "based", "hosted", "housed", "take", "convene", "train", "classes", "campus", "fellows", "students", "participants");

    /** A directory entry names its host organisation right under the program's name. */
    private static final int HOST_LINES = 4;
    private static final Pattern ORGANISATION = Pattern.compile("(?i).*\\b(university|college|institute|center|centre|"
            + "foundation|association|society|clinic|hospital|agency|school|department|alliance|network|collaborative)\\b.*");
    private static final Pattern UNIVERSITY = Pattern.compile("(?i).*\\b(university|college)\\b.*");
    private static final Pattern ASSOCIATION = Pattern.compile("(?i).*\\bassociation\\b.*");
    private static final Pattern HOST_SEPARATOR = Pattern.compile("\\s+[\u2014\u2013-]\\s+");

    private final Readers readers;

    PlaceAndContact(Readers readers) {
        this.readers = readers;
    }

    void fill(Page page, Candidate candidate, CandidateText text, FieldSet fields, GenericExtractor.Methods m) {
        LocationReader locations = readers.locations();
        for (Labelled labelled : candidate.labelled()) {
            if (labelled.group().equals("location")) {
                city(locations.cityAndState(labelled.value()), fields, m.structure(), 0.85, labelled.value());
            }
        }
        if (candidate.kind() == Candidate.Kind.BLOCK) {
            provider(candidate, text, fields, m);
        }
        if (entryOfAnotherProvider(candidate, fields)) {
            city(locations.cityAndState(text.all), fields, m.text(), 0.65, "city, state in the entry");
        }
        region(page, candidate, text, fields, m);
        String region = fields.get(Field.REGION, String.class).orElse(page.source() == null ? null : page.source().region());
        // a city only where the program meets: "the need for care in Washington, DC" says nothing of where it is held
        for (String sentence : Clauses.sentences(text.all)) {
            if (!fields.has(Field.CITY) && meets(sentence)) {
                city(locations.cityAndState(sentence).or(() -> locations.knownCity(sentence, region)), fields, m.text(), 0.6, sentence);
            }
        }
        contact(candidate, text, fields, m);
    }

    private static boolean meets(String sentence) {
        return MEETS.in(sentence);
    }

    private static void city(Optional<LocationReader.Place> place, FieldSet fields,
                             org.imhfinder.schema.ExtractionMethod method, double confidence, String evidence) {
        place.ifPresent(p -> fields.put(Field.CITY, p.city(), method, confidence, evidence));
    }

    /**
     * The provider's state: the one its source declares, unless a hand rule says otherwise; else one structured data
     * gives; else the one {@link ProviderRegion} reads. A directory entry of another provider takes that provider's
     * state, never the directory's.
     */
    private void region(Page page, Candidate candidate, CandidateText text, FieldSet fields, GenericExtractor.Methods m) {
        if (entryOfAnotherProvider(candidate, fields)) {
            if (!fields.has(Field.REGION)) {
                entryRegion(candidate, text, fields, m);
            }
            return;
        }
        String declared = page.source() == null ? null : page.source().region();
        boolean byRule = fields.provenance(Field.REGION).map(p -> p.method() == ExtractionMethod.RULE).orElse(false);
        if (declared != null && !byRule) {
            fields.remove(Field.REGION); // structured data's region is where a course meets, not whose it is
            fields.put(Field.REGION, declared, ExtractionMethod.SOURCE, 1.0, "the source's state (sources.yml)");
            return;
        }
        if (fields.has(Field.REGION)) {
            return;
        }
        String provider = page.source() == null ? null : page.source().name();
        ProviderType type = page.source() == null ? null : page.source().providerType();
        readers.providerRegion().of(provider, type, page.addresses(), page.contentPlainText()).ifPresent(r -> fields.put(
                Field.REGION, r.region(), method(r.clue(), m), 0.7, r.clue().says() + ": " + r.evidence()));
    }

    private static boolean entryOfAnotherProvider(Candidate candidate, FieldSet fields) {
        return candidate.kind() == Candidate.Kind.BLOCK && (candidate.link() != null || fields.has(Field.PROVIDER_NAME));
    }

    /** An entry's own state: its location, a city with its state, the one state it names, its provider's name. */
    private void entryRegion(Candidate candidate, CandidateText text, FieldSet fields, GenericExtractor.Methods m) {
        LocationReader locations = readers.locations();
        for (Labelled labelled : candidate.labelled()) {
            if (labelled.group().equals("location")) {
                locations.cityAndState(labelled.value()).map(LocationReader.Place::region).or(() -> locations.stateNamed(labelled.value()))
                        .ifPresent(r -> fields.put(Field.REGION, r, m.structure(), 0.8, labelled.value()));
            }
        }
        locations.cityAndState(text.all).ifPresent(p -> fields.put(Field.REGION, p.region(), m.text(), 0.65, "city, state in the entry"));
        locations.stateNamed(text.all).ifPresent(r -> fields.put(Field.REGION, r, m.text(), 0.6, "state named in the entry"));
        fields.get(Field.PROVIDER_NAME, String.class).flatMap(readers.providerRegion()::fromName)
                .ifPresent(r -> fields.put(Field.REGION, r.region(), m.text(), 0.55, r.clue().says() + ": " + r.evidence()));
    }

    private static ExtractionMethod method(ProviderRegion.Clue clue, GenericExtractor.Methods m) {
        return switch (clue) {
            case NAME -> ExtractionMethod.SOURCE;
            case POSTAL_ADDRESS -> m.structure();
            case PLACE_ON_PAGE -> m.text();
        };
    }

    private static void contact(Candidate candidate, CandidateText text, FieldSet fields, GenericExtractor.Methods m) {
        for (Element root : candidate.scope()) {
            Element mail = root.selectFirst(Css.of("a[href^=mailto:]"));
            if (mail != null) {
                fields.put(Field.EMAIL, Contacts.email(mail.attr("href")), m.structure(), 0.8, mail.attr("href"));
            }
            Element tel = root.selectFirst(Css.of("a[href^=tel:]"));
            if (tel != null) {
                fields.put(Field.PHONE, tel.attr("href").substring(4).trim(), m.structure(), 0.8, tel.attr("href"));
            }
        }
        fields.put(Field.EMAIL, Contacts.email(text.all), m.text(), 0.6, "address in the text");
        fields.put(Field.PHONE, Contacts.phone(text.all), m.text(), 0.6, "number in the text");
    }

    /** A directory entry names the organisation that runs the program (its host line). */
    private void provider(Candidate candidate, CandidateText text, FieldSet fields, GenericExtractor.Methods m) {
        if (candidate.link() == null) {
            return;
        }
        String[] lines = text.all.split("\\n");
        for (int i = 0; i < Math.min(lines.length, HOST_LINES); i++) {
            String clean = Clauses.clean(lines[i]);
            if (clean.equals(candidate.name()) || clean.length() > 120 || clean.contains(":") || !isOrganisation(clean)) {
                continue;
            }
            String name = HOST_SEPARATOR.split(clean)[0].trim();
            fields.put(Field.PROVIDER_NAME, name, m.structure(), 0.7, clean);
            if (UNIVERSITY.matcher(name).matches()) {
                fields.put(Field.PROVIDER_TYPE, org.imhfinder.schema.ProviderType.UNIVERSITY, m.structure(), 0.7, name);
            } else if (ASSOCIATION.matcher(name).matches()) {
                fields.put(Field.PROVIDER_TYPE, org.imhfinder.schema.ProviderType.ASSOCIATION, m.structure(), 0.7, name);
            }
            if (candidate.link() != null) {
                fields.put(Field.PROVIDER_WEBSITE, origin(candidate.link()), m.structure(), 0.7, candidate.link());
            }
            return;
        }
    }

    private boolean isOrganisation(String line) {
        return ORGANISATION.matcher(line).matches()
                && readers.vocabulary().find(line, TermKind.CREDENTIAL).isEmpty();
    }

    private static String origin(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url);
            return uri.getScheme() + "://" + uri.getRawAuthority() + "/";
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}

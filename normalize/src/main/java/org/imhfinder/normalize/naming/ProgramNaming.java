package org.imhfinder.normalize.naming;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.imhfinder.normalize.fields.Field;
import org.imhfinder.normalize.fields.FieldSet;
import org.imhfinder.normalize.fields.LevelReader;
import org.imhfinder.schema.Credential;
import org.imhfinder.schema.FieldProvenance;
import org.imhfinder.vocabulary.CredentialFamily;
import org.imhfinder.vocabulary.EndorsementLevel;
import org.imhfinder.vocabulary.Vocabulary;

/**
 * The names a person reads in the directory, made once from what extraction found, whichever
 * extractor found it (schema.org data, a hand rule, a heading).
 *
 * <p>A level of a credential system is named by the vocabulary, not by the page, so that one level
 * reads the same on every provider's site: the level's name, a Mentor designation the vocabulary has
 * no level for, the family's word ("Endorsement") and the provider's numbering with a Roman numeral:
 * "Infant Family Specialist Endorsement (Level II)", "Infant/Early Childhood Mental Health Mentor -
 * Clinical Endorsement"; the add-on and other systems' levels by their name alone ("Endorsed Reflective
 * Supervisor", "Infant Family Practitioner"). Its {@code level} is the level's name with that numbering,
 * its credential what the family awards, its track the level's. Any other program keeps its own name,
 * cleaned of what the page wraps it in ({@link NameCleaner}).
 *
 * <p>The page's own wording stays in the name's provenance evidence. Listing ids do not depend on
 * this form: a level's id is its vocabulary id, and a name's id its words without the page words
 * cleaning removes (see {@code ListingIdentity}).
 */
public final class ProgramNaming {
    /** Credentials that say a program is something other than the level its name mentions ("... Endorsement Prep Course"). */
    private static final Set<Credential> NOT_A_LEVEL = EnumSet.of(Credential.COURSE, Credential.FELLOWSHIP, Credential.DEGREE,
            Credential.GRADUATE_CERTIFICATE, Credential.POST_GRADUATE_CERTIFICATE);

    private final Vocabulary vocabulary;
    private final LevelReader levels;
    private final NameCleaner cleaner;

    public ProgramNaming(Vocabulary vocabulary, LevelReader levels) {
        this.vocabulary = vocabulary;
        this.levels = levels;
        this.cleaner = new NameCleaner(vocabulary);
    }

    /** Restates the program's name (and for a level its level, credential and track) in the directory's form. */
    public FieldSet name(FieldSet fields, String siteName) {
        Optional<String> raw = fields.get(Field.NAME, String.class);
        if (raw.isEmpty()) {
            return fields;
        }
        Optional<LevelReader.Reading> level = fields.get(Field.LEVEL, String.class).flatMap(levels::named)
                .filter(l -> !NOT_A_LEVEL.contains(fields.get(Field.CREDENTIAL, Credential.class).orElse(null)));
        String site = fields.get(Field.PROVIDER_NAME, String.class).orElse(siteName);
        String name = level.map(l -> levelProgram(fields, l, raw.get())).orElseGet(() -> cleaner.clean(raw.get(), site));
        restate(fields, Field.NAME, name, raw.get());
        return fields;
    }

    /** The level's name, level, credential and track, from the vocabulary. */
    private String levelProgram(FieldSet fields, LevelReader.Reading reading, String raw) {
        EndorsementLevel level = reading.level();
        Optional<CredentialFamily> family = vocabulary.family(level.family());
        restate(fields, Field.LEVEL, reading.text(), null);
        family.ifPresent(f -> restateOrPut(fields, Field.CREDENTIAL, f.credential()));
        if (level.track() != null) {
            restateOrPut(fields, Field.TRACK, level.track());
        }
        Optional<String> designation = levels.designations().beyondLevel(level, raw);
        return displayName(reading, family.map(CredentialFamily::nameSuffix).orElse(null), designation.orElse(null));
    }

    /** "Infant Family Specialist Endorsement (Level II)"; the add-on and unsuffixed families by the level's name alone. */
    static String displayName(LevelReader.Reading reading, String suffix, String designation) {
        EndorsementLevel level = reading.level();
        String name = designation == null ? level.name() : level.name() + " - " + designation;
        if (level.addOn() || suffix == null) {
            return name;
        }
        String numbering = reading.numbering();
        return name + " " + suffix + (numbering == null ? "" : " (" + numbering + ")");
    }

    /** Replaces a field's value keeping how it was found; a replaced name keeps the page's wording in its evidence. */
    private static void restate(FieldSet fields, Field field, Object value, String asWritten) {
        FieldProvenance p = fields.provenance(field).orElse(null);
        if (p == null || value.equals(fields.get(field, Object.class).orElse(null))) {
            return;
        }
        String evidence = p.evidence() == null ? "" : p.evidence();
        if (asWritten != null && !evidence.contains(asWritten)) {
            evidence = (evidence.isEmpty() ? "as written" : evidence) + ": " + asWritten;
        }
        fields.remove(field);
        fields.put(field, value, p.method(), p.confidence(), evidence);
    }

    /** A level's credential and track follow from the level, found the way the level was. */
    private static void restateOrPut(FieldSet fields, Field field, Object value) {
        if (fields.has(field)) {
            restate(fields, field, value, null);
            return;
        }
        fields.provenance(Field.LEVEL).ifPresent(p -> fields.put(field, value, p.method(), p.confidence(),
                "from the level: " + p.evidence()));
    }
}

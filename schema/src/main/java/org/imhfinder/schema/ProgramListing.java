package org.imhfinder.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One training program, normalized (schema v1): the value on {@code imh.programs.v1} and the
 * heart of every index document. Unknown values stay null; lists are never null.
 *
 * <p>{@code id} is stable across re-crawls, cosmetic edits and URL moves. {@code contentHash}
 * covers the normalized fields only, so a changed footer is not a change. {@code crawlId} and
 * {@code fetchedAt} say which fetch the listing was extracted from; the indexer orders records by
 * {@code fetchedAt}. {@code freshness} is null on the topic and filled in by the indexer.
 *
 * <p>On the topic a listing is one page's evidence about a program: {@code sourceUrl} is that page
 * and {@code evidence} says how it describes the program (its own page, or a summary on a hub or
 * directory). The indexer assembles the program from every page's evidence ({@link EvidenceMerge}):
 * there {@code sourceUrl} is the program's own page and {@code alsoDescribedOn} the other pages.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgramListing(
        int schemaVersion,
        String id,
        String sourceId,
        String sourceUrl,
        String name,
        Provider provider,
        Credential credential,
        String level,
        Education minimumEducation,
        Double yearsExperience,
        Integer trainingHours,
        Integer reflectiveSupervisionHours,
        List<String> audience,
        List<Topic> topics,
        List<ProgramComponent> components,
        Delivery delivery,
        Location location,
        String duration,
        String cost,
        LocalDate applicationDeadline,
        Contact contact,
        String description,
        Map<String, FieldProvenance> provenance,
        Track track,
        List<String> alignsWith,
        List<String> documents,
        String contentHash,
        String crawlId,
        Instant fetchedAt,
        Freshness freshness,
        EvidenceRole evidence,
        List<String> alsoDescribedOn) {

    /** The schema version this type writes. */
    public static final int SCHEMA_VERSION = 1;

    public ProgramListing {
        audience = Lists.copyOf(audience);
        topics = Lists.copyOf(topics);
        components = Lists.copyOf(components);
        provenance = Lists.copyOf(provenance);
        alignsWith = Lists.copyOf(alignsWith);
        documents = Lists.copyOf(documents);
        alsoDescribedOn = Lists.copyOf(alsoDescribedOn);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a listing field by field; {@code schemaVersion} defaults to {@link #SCHEMA_VERSION}. */
    public static final class Builder {
        private int schemaVersion = SCHEMA_VERSION;
        private String id;
        private String sourceId;
        private String sourceUrl;
        private String name;
        private Provider provider;
        private Credential credential;
        private String level;
        private Education minimumEducation;
        private Double yearsExperience;
        private Integer trainingHours;
        private Integer reflectiveSupervisionHours;
        private List<String> audience;
        private List<Topic> topics;
        private List<ProgramComponent> components;
        private Delivery delivery;
        private Location location;
        private String duration;
        private String cost;
        private LocalDate applicationDeadline;
        private Contact contact;
        private String description;
        private Map<String, FieldProvenance> provenance;
        private Track track;
        private List<String> alignsWith;
        private List<String> documents;
        private String contentHash;
        private String crawlId;
        private Instant fetchedAt;
        private Freshness freshness;
        private EvidenceRole evidence;
        private List<String> alsoDescribedOn;

        private Builder() {
        }

        private Builder(ProgramListing l) {
            schemaVersion = l.schemaVersion;
            id = l.id;
            sourceId = l.sourceId;
            sourceUrl = l.sourceUrl;
            name = l.name;
            provider = l.provider;
            credential = l.credential;
            level = l.level;
            minimumEducation = l.minimumEducation;
            yearsExperience = l.yearsExperience;
            trainingHours = l.trainingHours;
            reflectiveSupervisionHours = l.reflectiveSupervisionHours;
            audience = l.audience;
            topics = l.topics;
            components = l.components;
            delivery = l.delivery;
            location = l.location;
            duration = l.duration;
            cost = l.cost;
            applicationDeadline = l.applicationDeadline;
            contact = l.contact;
            description = l.description;
            provenance = l.provenance;
            track = l.track;
            alignsWith = l.alignsWith;
            documents = l.documents;
            contentHash = l.contentHash;
            crawlId = l.crawlId;
            fetchedAt = l.fetchedAt;
            freshness = l.freshness;
            evidence = l.evidence;
            alsoDescribedOn = l.alsoDescribedOn;
        }

        public Builder schemaVersion(int v) { schemaVersion = v; return this; }
        public Builder id(String v) { id = v; return this; }
        public Builder sourceId(String v) { sourceId = v; return this; }
        public Builder sourceUrl(String v) { sourceUrl = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder provider(Provider v) { provider = v; return this; }
        public Builder credential(Credential v) { credential = v; return this; }
        public Builder level(String v) { level = v; return this; }
        public Builder minimumEducation(Education v) { minimumEducation = v; return this; }
        public Builder yearsExperience(Double v) { yearsExperience = v; return this; }
        public Builder trainingHours(Integer v) { trainingHours = v; return this; }
        public Builder reflectiveSupervisionHours(Integer v) { reflectiveSupervisionHours = v; return this; }
        public Builder audience(List<String> v) { audience = v; return this; }
        public Builder topics(List<Topic> v) { topics = v; return this; }
        public Builder components(List<ProgramComponent> v) { components = v; return this; }
        public Builder delivery(Delivery v) { delivery = v; return this; }
        public Builder location(Location v) { location = v; return this; }
        public Builder duration(String v) { duration = v; return this; }
        public Builder cost(String v) { cost = v; return this; }
        public Builder applicationDeadline(LocalDate v) { applicationDeadline = v; return this; }
        public Builder contact(Contact v) { contact = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder provenance(Map<String, FieldProvenance> v) { provenance = v; return this; }
        public Builder track(Track v) { track = v; return this; }
        public Builder alignsWith(List<String> v) { alignsWith = v; return this; }
        public Builder documents(List<String> v) { documents = v; return this; }
        public Builder contentHash(String v) { contentHash = v; return this; }
        public Builder crawlId(String v) { crawlId = v; return this; }
        public Builder fetchedAt(Instant v) { fetchedAt = v; return this; }
        public Builder freshness(Freshness v) { freshness = v; return this; }
        public Builder evidence(EvidenceRole v) { evidence = v; return this; }
        public Builder alsoDescribedOn(List<String> v) { alsoDescribedOn = v; return this; }

        public ProgramListing build() {
            return new ProgramListing(schemaVersion, id, sourceId, sourceUrl, name, provider, credential, level,
                    minimumEducation, yearsExperience, trainingHours, reflectiveSupervisionHours, audience, topics,
                    components, delivery, location, duration, cost, applicationDeadline, contact, description,
                    provenance, track, alignsWith, documents, contentHash, crawlId, fetchedAt, freshness, evidence,
                    alsoDescribedOn);
        }
    }
}

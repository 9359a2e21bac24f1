package org.imhfinder.searchapi.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.imhfinder.schema.Contact;
import org.imhfinder.schema.Credential;
import org.imhfinder.schema.Delivery;
import org.imhfinder.schema.Education;
import org.imhfinder.schema.Location;
import org.imhfinder.schema.ProgramComponent;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.Provider;
import org.imhfinder.schema.ProviderType;
import org.imhfinder.schema.Topic;
import org.imhfinder.schema.Track;

/** Realistic listings modelled on the real providers (see PROVIDERS.md), for search tests. */
public final class Listings {
    public static final Instant FETCHED = Instant.parse("2026-01-10T12:00:00Z");

    private Listings() {
    }

    public static ProgramListing.Builder base(String id, String sourceId, String name) {
        return ProgramListing.builder().id(id).sourceId(sourceId).sourceUrl("https://" + sourceId + ".example.org/" + id)
                .name(name).crawlId("crawl-test").fetchedAt(FETCHED).contentHash("h-" + id);
    }

    public static ProgramListing michiganSpecialist(String prefix) {
        return base(prefix + "mi-imhs", prefix + "mi-aimh", "Infant Mental Health Specialist Endorsement (Category III)")
                .provider(new Provider("Michigan Association for Infant Mental Health", ProviderType.ASSOCIATION, "https://mi-aimh.org"))
                .credential(Credential.ENDORSEMENT).level("Infant Mental Health Specialist (Level III)")
                .minimumEducation(Education.MASTERS).trainingHours(30).reflectiveSupervisionHours(50)
                .delivery(Delivery.IN_PERSON).location(new Location("Southgate", "MI", "US", null))
                .topics(List.of(Topic.INFANT_DEVELOPMENT, Topic.REFLECTIVE_PRACTICE, Topic.RELATIONSHIP_BASED_INTERVENTION))
                .components(List.of(ProgramComponent.REFLECTIVE_SUPERVISION, ProgramComponent.EXAM))
                .track(Track.INFANT)
                .description("The Endorsement for practitioners holding a master's degree with two years of post-graduate "
                        + "supervised infant mental health work, 50 hours of reflective supervision and a written exam.")
                .build();
    }

    public static ProgramListing michiganAssociate(String prefix) {
        return base(prefix + "mi-ifa", prefix + "mi-aimh", "Infant Family Associate Endorsement (Category I)")
                .provider(new Provider("Michigan Association for Infant Mental Health", ProviderType.ASSOCIATION, "https://mi-aimh.org"))
                .credential(Credential.ENDORSEMENT).level("Infant Family Associate (Level I)")
                .minimumEducation(Education.CDA).trainingHours(30).delivery(Delivery.HYBRID)
                .location(new Location("Southgate", "MI", "US", null)).track(Track.INFANT)
                .topics(List.of(Topic.INFANT_DEVELOPMENT, Topic.ATTACHMENT))
                .description("For home visitors and child care providers: a CDA or an associate's degree, "
                        + "30 clock hours of relationship-based training.")
                .build();
    }

    public static ProgramListing coloradoCpp(String prefix) {
        return base(prefix + "co-cpp", prefix + "coaimh", "Child-Parent Psychotherapy Learning Collaborative")
                .provider(new Provider("Colorado Association for Infant Mental Health", ProviderType.ASSOCIATION, "https://coaimh.org"))
                .credential(Credential.COURSE).minimumEducation(Education.MASTERS).delivery(Delivery.ONLINE)
                .location(new Location("Denver", "CO", "US", null))
                .topics(List.of(Topic.INFANT_PARENT_PSYCHOTHERAPY, Topic.TRAUMA))
                .components(List.of(ProgramComponent.CONSULTATION))
                .duration("18 months").applicationDeadline(LocalDate.now().plusDays(40))
                .description("An 18-month learning collaborative for licensed clinicians in child-parent psychotherapy, "
                        + "a dyadic treatment for young children who experienced trauma.")
                .build();
    }

    public static ProgramListing minnesotaCertificate(String prefix) {
        return base(prefix + "umn-cert", prefix + "umn", "Infant and Early Childhood Mental Health Graduate Certificate")
                .provider(new Provider("University of Minnesota", ProviderType.UNIVERSITY, "https://umn.edu"))
                .credential(Credential.GRADUATE_CERTIFICATE).minimumEducation(Education.BACHELORS)
                .delivery(Delivery.ONLINE).location(new Location("Minneapolis", "MN", "US", null))
                .topics(List.of(Topic.INFANT_DEVELOPMENT, Topic.ASSESSMENT, Topic.CULTURAL_COMPETENCE))
                .components(List.of(ProgramComponent.COURSEWORK)).alignsWith(List.of("Endorsement Category II"))
                .duration("20 credits").applicationDeadline(LocalDate.now().minusDays(10))
                .contact(new Contact("ceed@umn.edu", null, "https://umn.edu/ieCMH"))
                .description("A fully online graduate certificate of 20 credits for professionals with a bachelor's degree; "
                        + "aligned with Endorsement Category II.")
                .build();
    }

    public static ProgramListing indianaSpecialist(String prefix) {
        return base(prefix + "in-ifs", prefix + "infancyonward", "Infant Family Specialist Endorsement")
                .provider(new Provider("Infancy Onward", ProviderType.ASSOCIATION, "https://infancyonward.org"))
                .credential(Credential.ENDORSEMENT).level("Infant Family Specialist (Category II)")
                .minimumEducation(Education.BACHELORS).trainingHours(30).reflectiveSupervisionHours(24)
                .delivery(Delivery.HYBRID).location(new Location("Indianapolis", "IN", "US", null))
                .components(List.of(ProgramComponent.REFLECTIVE_SUPERVISION))
                .description("For practitioners with a bachelor's degree and two years of paid work with infants and families; "
                        + "24 hours of reflective supervision.")
                .build();
    }

    /** Every listing above, with ids and source ids prefixed so test classes stay apart. */
    public static List<ProgramListing> all(String prefix) {
        return List.of(michiganSpecialist(prefix), michiganAssociate(prefix), coloradoCpp(prefix),
                minnesotaCertificate(prefix), indianaSpecialist(prefix));
    }
}

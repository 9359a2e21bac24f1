package org.imhfinder.indexer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imhfinder.schema.Credential;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.CurationDecision;
import org.imhfinder.schema.Delivery;
import org.imhfinder.schema.Education;
import org.imhfinder.schema.Location;
import org.imhfinder.schema.PageOutcome;
import org.imhfinder.schema.PageStatus;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.Provider;
import org.imhfinder.schema.ProviderType;
import org.imhfinder.schema.Topic;

/** Listings, outcomes and decisions for tests: realistic, with every field a reader cares about. */
public final class Fixtures {
    public static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private Fixtures() {
    }

    /** A full listing as normalize would emit it, fetched at {@code fetchedAt} from {@code url}. */
    public static ProgramListing listing(String id, String url, Instant fetchedAt) {
        ProgramListing listing = ProgramListing.builder()
                .id(id).sourceId("mi-aimh").sourceUrl(url)
                .name("Infant Mental Health Specialist Endorsement")
                .provider(new Provider("Michigan Association for Infant Mental Health", ProviderType.ASSOCIATION,
                        "https://mi-aimh.org"))
                .credential(Credential.ENDORSEMENT).level("Infant Mental Health Specialist (Level III)")
                .minimumEducation(Education.MASTERS).yearsExperience(2.0).trainingHours(30)
                .reflectiveSupervisionHours(50).audience(List.of("clinicians"))
                .topics(List.of(Topic.ATTACHMENT, Topic.REFLECTIVE_PRACTICE)).delivery(Delivery.HYBRID)
                .location(new Location("Southfield", "MI", "US", null)).cost("$295")
                .description("The Endorsement recognizes professionals who work with infants and families.")
                .crawlId("crawl-1").fetchedAt(fetchedAt)
                .build();
        return withHash(listing);
    }

    /** The listing with a content hash over its content (as normalize computes one). */
    public static ProgramListing withHash(ProgramListing listing) {
        ProgramListing content = listing.toBuilder().id(null).sourceUrl(null).crawlId(null).fetchedAt(null)
                .provenance(null).contentHash(null).freshness(null).build();
        return listing.toBuilder().contentHash(Integer.toHexString(content.hashCode())).build();
    }

    public static PageOutcome outcome(String url, PageStatus status, Instant at, String... listingIds) {
        int http = switch (status) {
            case OK -> 200;
            case NOT_MODIFIED -> 304;
            case MOVED -> 301;
            case GONE -> 404;
            case ERROR -> 503;
        };
        return new PageOutcome(PageOutcome.SCHEMA_VERSION, "mi-aimh", "crawl-1", url, url, status, http,
                List.of(listingIds), at, status == PageStatus.ERROR ? "503 Service Unavailable" : null);
    }

    public static PageOutcome moved(String from, String to, Instant at) {
        return new PageOutcome(PageOutcome.SCHEMA_VERSION, "mi-aimh", "crawl-1", from, to, PageStatus.MOVED, 301,
                List.of(), at, null);
    }

    public static CurationDecision decision(String programId, CurationAction action, Instant at) {
        return new CurationDecision(CurationDecision.SCHEMA_VERSION, UUID.randomUUID().toString(), programId, action,
                "checked with the provider", null, null, "alice", at);
    }

    public static CurationDecision snooze(String programId, LocalDate until, Instant at) {
        return new CurationDecision(CurationDecision.SCHEMA_VERSION, UUID.randomUUID().toString(), programId,
                CurationAction.SNOOZE, "waiting for the new brochure", until, null, "alice", at);
    }

    public static CurationDecision override(String programId, Map<String, Object> fields, Instant at) {
        return new CurationDecision(CurationDecision.SCHEMA_VERSION, UUID.randomUUID().toString(), programId,
                CurationAction.OVERRIDE, "the page shows last year's fee", null, fields, "bob", at);
    }
}

package org.imhfinder.searchapi.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.imhfinder.schema.Credential;
import org.imhfinder.schema.Delivery;
import org.imhfinder.schema.Education;
import org.imhfinder.schema.Freshness;
import org.imhfinder.schema.FreshnessStatus;
import org.imhfinder.schema.Location;
import org.imhfinder.schema.ProgramComponent;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.Provider;
import org.imhfinder.schema.ProviderType;
import org.imhfinder.schema.Topic;
import org.imhfinder.searchapi.testing.Documents;

/** Listings shaped like the real providers' (levels, certificates, CPP collaboratives in every state), from a fixed seed. */
final class GeneratedListings {
    private static final String[] STATES = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL",
        "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
        "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"};
    private static final String[] LEVELS = {"Infant Family Associate", "Infant Family Specialist",
        "Infant Mental Health Specialist", "Infant Mental Health Mentor", "Early Childhood Family Specialist",
        "Early Childhood Mental Health Specialist"};
    private static final String[] PROGRAMS = {"Graduate Certificate in Infant and Early Childhood Mental Health",
        "Post-Graduate Certificate in Infant Mental Health", "Child-Parent Psychotherapy Learning Collaborative",
        "Reflective Supervision Training Series", "Infant Mental Health Fellowship", "Perinatal Mental Health Certificate",
        "Master of Social Work, Infant Mental Health Concentration", "Attachment and Trauma Course"};
    private static final String[] SENTENCES = {"Relationship-based practice with infants, toddlers and their families.",
        "Includes reflective supervision or consultation with an endorsed supervisor.",
        "Open to home visitors, early intervention providers and clinicians.",
        "Coursework covers infant development, attachment and the effects of trauma.",
        "Offered fully online with live cohort sessions.", "Meets in person on campus one weekend a month.",
        "Applicants hold a bachelor's degree and two years of work with families.",
        "A master's degree and a clinical license are required.",
        "Aligned with the Endorsement for Culturally Sensitive, Relationship-Focused Practice.",
        "Cultural humility and the sociocultural context of parenting run through every module."};

    private GeneratedListings() {
    }

    static List<ObjectNode> generate(int count, long seed) {
        Random random = new Random(seed);
        Instant now = Instant.now();
        List<ObjectNode> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            documents.add(document(i, random, now));
        }
        return documents;
    }

    private static ObjectNode document(int i, Random random, Instant now) {
        String state = STATES[random.nextInt(STATES.length)];
        boolean endorsement = random.nextInt(3) > 0;
        String name = endorsement ? LEVELS[random.nextInt(LEVELS.length)] + " Endorsement" : PROGRAMS[random.nextInt(PROGRAMS.length)];
        StringBuilder description = new StringBuilder();
        for (int s = 0; s < 3 + random.nextInt(3); s++) {
            description.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
        }
        ProgramListing listing = ProgramListing.builder().id("gen-" + i).sourceId("gen-" + state.toLowerCase())
                .sourceUrl("https://gen-" + state.toLowerCase() + ".example.org/p/" + i).name(name)
                .provider(new Provider(state + " Association for Infant Mental Health " + (i % 7), endorsement
                        ? ProviderType.ASSOCIATION : ProviderType.UNIVERSITY, null))
                .credential(endorsement ? Credential.ENDORSEMENT : pick(random, Credential.values()))
                .level(endorsement ? name.replace(" Endorsement", "") : null)
                .minimumEducation(pick(random, Education.values()))
                .trainingHours(random.nextInt(3) == 0 ? null : 30 + random.nextInt(60))
                .delivery(pick(random, Delivery.values())).location(new Location(null, state, "US", null))
                .topics(List.of(pick(random, Topic.values()), pick(random, Topic.values())).stream().distinct().toList())
                .components(List.of(pick(random, ProgramComponent.values())))
                .applicationDeadline(random.nextInt(4) == 0 ? LocalDate.now().plusDays(random.nextInt(400) - 100) : null)
                .description(description.toString().trim()).contentHash("h" + i).crawlId("crawl-bench")
                .fetchedAt(now).build();
        Instant seen = now.minus(random.nextInt(150), ChronoUnit.DAYS);
        FreshnessStatus status = random.nextInt(40) == 0 ? FreshnessStatus.GONE
                : seen.isBefore(now.minus(90, ChronoUnit.DAYS)) ? FreshnessStatus.STALE
                : seen.isBefore(now.minus(30, ChronoUnit.DAYS)) ? FreshnessStatus.AGING : FreshnessStatus.FRESH;
        return Documents.of(listing, new Freshness(seen, seen, seen, status, List.of()), status == FreshnessStatus.FRESH ? 0 : 5);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}

package org.imhfinder.bench.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.imhfinder.schema.Credential;
import org.imhfinder.schema.Delivery;
import org.imhfinder.schema.Education;
import org.imhfinder.schema.Location;
import org.imhfinder.schema.ProgramComponent;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.Provider;
import org.imhfinder.schema.ProviderType;
import org.imhfinder.schema.Topic;

/**
 * Listings shaped like the real providers' (Endorsement levels, certificates, CPP collaboratives
 * in every state), from a fixed seed, as normalize would publish them: what the index pair
 * indexes and the search pair searches.
 */
public final class BenchListings {
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

    private BenchListings() {
    }

    public static List<ProgramListing> generate(int count, long seed, Instant fetchedAt) {
        Random random = new Random(seed);
        List<ProgramListing> listings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            listings.add(listing(i, random, fetchedAt));
        }
        return listings;
    }

    private static ProgramListing listing(int i, Random random, Instant fetchedAt) {
        String state = STATES[random.nextInt(STATES.length)];
        boolean endorsement = random.nextInt(3) > 0;
        String name = (endorsement ? LEVELS[random.nextInt(LEVELS.length)] + " Endorsement"
                : PROGRAMS[random.nextInt(PROGRAMS.length)]) + " " + i;
        StringBuilder description = new StringBuilder();
        for (int s = 0; s < 3 + random.nextInt(3); s++) {
            description.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
        }
        String source = "bench-" + state.toLowerCase();
        ProgramListing listing = ProgramListing.builder().id(String.format("prg-bench-%06d", i)).sourceId(source)
                .sourceUrl("https://" + source + ".example.org/p/" + i).name(name)
                .provider(new Provider(state + " Association for Infant Mental Health " + (i % 7), endorsement
                        ? ProviderType.ASSOCIATION : ProviderType.UNIVERSITY, null))
                .credential(endorsement ? Credential.ENDORSEMENT : pick(random, Credential.values()))
                .level(endorsement ? name.substring(0, name.indexOf(" Endorsement")) : null)
                .minimumEducation(pick(random, Education.values()))
                .trainingHours(random.nextInt(3) == 0 ? null : 30 + random.nextInt(60))
                .delivery(pick(random, Delivery.values())).location(new Location(null, state, "US", null))
                .topics(List.of(pick(random, Topic.values()), pick(random, Topic.values())).stream().distinct().toList())
                .components(List.of(pick(random, ProgramComponent.values())))
                .applicationDeadline(random.nextInt(4) == 0 ? LocalDate.now().plusDays(random.nextInt(400) - 100) : null)
                .description(description.toString().trim()).crawlId("crawl-bench").fetchedAt(fetchedAt).build();
        ProgramListing content = listing.toBuilder().id(null).sourceUrl(null).crawlId(null).fetchedAt(null).build();
        return listing.toBuilder().contentHash(Integer.toHexString(content.hashCode())).build();
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}

package org.imhfinder.searchapi.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.imhfinder.schema.Credential;
import org.imhfinder.schema.Delivery;
import org.imhfinder.schema.Education;
import org.imhfinder.schema.ExtractionMethod;
import org.imhfinder.schema.FieldProvenance;
import org.imhfinder.schema.Location;
import org.imhfinder.schema.ProgramListing;
import org.imhfinder.schema.Provider;
import org.imhfinder.schema.ProviderType;

/**
 * The programs of the demo web (platform/demo-web) that state requirements, as their hand-written
 * expected listings give them (normalize's corpus expectations): four states' Endorsement or
 * credential levels, a reflective-supervisor add-on that states no education, certificates and
 * trainings that state only an education, and one that states nothing. The eligibility tests ask
 * applicant profiles of it and compare the answers with {@link EligibilityProfiles}.
 */
public final class EligibilityCorpus {
    private EligibilityCorpus() {
    }

    /**
     * A sources file naming the providers of this corpus and of {@link Listings}, as the demo's: so
     * that pages name each source by its provider, and the directory describes them.
     */
    public static java.nio.file.Path sourcesFile() throws java.io.IOException {
        StringBuilder yaml = new StringBuilder("sources:\n");
        String[][] sources = {
                {"greatlakes-aimh", "Great Lakes Association for Infant Mental Health", "ASSOCIATION", "MI", "P7D"},
                {"heartland-iecmh", "Heartland Association for Infant and Early Childhood Mental Health", "ASSOCIATION", "KS", "P7D"},
                {"bluegrass-iecmh", "Bluegrass Infant and Early Childhood Mental Health", "ASSOCIATION", "KY", "P7D"},
                {"buckeye-registry", "Buckeye Infant Mental Health Registry", "ASSOCIATION", "OH", "P7D"},
                {"pinecrest-center", "Pinecrest Center for Infant and Family Mental Health", "NONPROFIT", "CA", "P14D"},
                {"northfield-university", "Northfield University School of Social Work", "UNIVERSITY", "MN", "P14D"},
                {"lumen-network", "Lumen Network for Early Relational Health", "NONPROFIT", "WI", "P7D"},
                {"riverbend-state-university", "Riverbend State University Department of Psychology", "UNIVERSITY", "MA", "P14D"},
                {"gulf-cpp-collaborative", "Gulf Coast Child-Parent Psychotherapy Collaborative", "NONPROFIT", "LA", "P7D"},
                {"mi-aimh", "Michigan Association for Infant Mental Health", "ASSOCIATION", "MI", "P7D"},
                {"coaimh", "Colorado Association for Infant Mental Health", "ASSOCIATION", "CO", "P7D"},
                {"umn", "University of Minnesota", "UNIVERSITY", "MN", "P14D"},
                {"infancyonward", "Infancy Onward", "ASSOCIATION", "IN", "P7D"}};
        for (String[] s : sources) {
            yaml.append("  - id: ").append(s[0]).append("\n    name: ").append(s[1]).append("\n    providerType: ").append(s[2])
                    .append("\n    region: ").append(s[3]).append("\n    seeds: [https://").append(s[0])
                    .append(".example.org/]\n    schedule: ").append(s[4]).append('\n');
        }
        java.nio.file.Path file = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "api-it"))
                .resolve("corpus-sources.yml");
        java.nio.file.Files.writeString(file, yaml);
        return file;
    }

    public static List<ProgramListing> all() {
        return List.of(
                // greatlakes-aimh: a state association, one page per Endorsement category (MI)
                level("gl-ifa", "greatlakes-aimh", "Great Lakes Association for Infant Mental Health", "MI",
                        "Infant Family Associate Endorsement (Category I)", Education.NONE, null, 30, null),
                level("gl-ifs", "greatlakes-aimh", "Great Lakes Association for Infant Mental Health", "MI",
                        "Infant Family Specialist Endorsement (Category II)", Education.BACHELORS, 2.0, 30, 24),
                level("gl-imhs", "greatlakes-aimh", "Great Lakes Association for Infant Mental Health", "MI",
                        "Infant Mental Health Specialist Endorsement (Category III)", Education.MASTERS, 2.0, 30, 50),
                mentorWithPdf(),
                // heartland-iecmh: every level in one table (KS)
                level("hl-ifa", "heartland-iecmh", "Heartland Association for Infant and Early Childhood Mental Health", "KS",
                        "Infant/Early Childhood Family Associate (I/ECFA)", Education.NONE, null, 30, null),
                level("hl-ifs", "heartland-iecmh", "Heartland Association for Infant and Early Childhood Mental Health", "KS",
                        "Infant/Early Childhood Family Specialist (I/ECFS)", Education.BACHELORS, 2.0, 30, 24),
                level("hl-mhs", "heartland-iecmh", "Heartland Association for Infant and Early Childhood Mental Health", "KS",
                        "Infant/Early Childhood Mental Health Specialist (I/ECMHS)", Education.MASTERS, 2.0, 30, 50),
                level("hl-mhm", "heartland-iecmh", "Heartland Association for Infant and Early Childhood Mental Health", "KS",
                        "Infant/Early Childhood Mental Health Mentor (I/ECMHM)", Education.MASTERS, 3.0, 30, 50),
                // bluegrass-iecmh: tiers, and the reflective-supervisor add-on that states no education (KY)
                level("bg-t1", "bluegrass-iecmh", "Bluegrass Infant and Early Childhood Mental Health", "KY",
                        "Early Childhood Family Associate (Tier 1)", Education.NONE, 2.0, 30, null),
                level("bg-t2", "bluegrass-iecmh", "Bluegrass Infant and Early Childhood Mental Health", "KY",
                        "Early Childhood Family Specialist (Tier 2)", Education.BACHELORS, 2.0, 30, 24),
                level("bg-t3", "bluegrass-iecmh", "Bluegrass Infant and Early Childhood Mental Health", "KY",
                        "Early Childhood Mental Health Specialist (Tier 3)", Education.MASTERS, 2.0, 30, 50),
                level("bg-ers", "bluegrass-iecmh", "Bluegrass Infant and Early Childhood Mental Health", "KY",
                        "Endorsed Reflective Supervisor (ERS)", null, 2.0, 16, null),
                // buckeye-registry: the Ohio credential, certificates rather than the Endorsement (OH)
                credentialLevel("bk-ifa", "Infant Family Affiliate", Education.NONE, 1.0, 20, null),
                credentialLevel("bk-ifp", "Infant Family Practitioner", Education.ASSOCIATE, 2.0, 40, null),
                credentialLevel("bk-imhp", "Infant Mental Health Practitioner", Education.MASTERS, 2.0, 60, 24),
                // pinecrest-center: the California system, and a training toward one of its levels (CA)
                level("pc-tp", "pinecrest-center", "Pinecrest Center for Infant and Family Mental Health", "CA",
                        "Transdisciplinary Practitioner", Education.NONE, 1.0, 24, null),
                level("pc-atp", "pinecrest-center", "Pinecrest Center for Infant and Family Mental Health", "CA",
                        "Advanced Transdisciplinary Practitioner", Education.BACHELORS, 2.0, 48, 12),
                level("pc-spec", "pinecrest-center", "Pinecrest Center for Infant and Family Mental Health", "CA",
                        "Infant-Family and Early Childhood Mental Health Specialist", Education.MASTERS, 2.0, 60, 25),
                program("pc-rpf", "pinecrest-center", "Pinecrest Center for Infant and Family Mental Health", "CA",
                        "Reflective Practice Facilitator Training", Credential.COURSE, Education.BACHELORS, Delivery.HYBRID)
                        .duration("eight months").cost("$950").applicationDeadline(LocalDate.of(2026, 8, 15)).build(),
                // certificates: a university's, a directory entry that states nothing, a post-graduate one
                program("nf-cert", "northfield-university", "Northfield University School of Social Work", "MN",
                        "Graduate Certificate in Infant and Early Childhood Mental Health", Credential.GRADUATE_CERTIFICATE,
                        Education.BACHELORS, Delivery.ONLINE)
                        .duration("2 years").cost("$780 per credit").applicationDeadline(LocalDate.of(2027, 3, 1)).build(),
                program("ln-cert", "lumen-network", "Lumen Network for Early Relational Health", "WI",
                        "Infant and Early Childhood Mental Health Graduate Certificate", Credential.GRADUATE_CERTIFICATE, null,
                        Delivery.ONLINE).build(),
                program("rb-cert", "riverbend-state-university", "Riverbend State University Department of Psychology", "MA",
                        "Post-Graduate Certificate in Infant-Parent Mental Health", Credential.POST_GRADUATE_CERTIFICATE,
                        Education.MASTERS, Delivery.HYBRID)
                        .duration("20 months").cost("$9,800").applicationDeadline(LocalDate.of(2027, 4, 15)).build(),
                program("gc-cpp", "gulf-cpp-collaborative", "Gulf Coast Child-Parent Psychotherapy Collaborative", "LA",
                        "Child-Parent Psychotherapy Learning Collaborative", Credential.COURSE, Education.MASTERS, Delivery.HYBRID)
                        .duration("18 months").cost("$1,500").applicationDeadline(LocalDate.of(2027, 1, 15)).build());
    }

    private static ProgramListing level(String id, String source, String provider, String region, String name,
                                        Education education, Double years, Integer training, Integer supervision) {
        return program(id, source, provider, region, name, Credential.ENDORSEMENT, education, null)
                .level(name).yearsExperience(years).trainingHours(training).reflectiveSupervisionHours(supervision).build();
    }

    private static ProgramListing credentialLevel(String id, String name, Education education, Double years,
                                                  Integer training, Integer supervision) {
        return program(id, "buckeye-registry", "Buckeye Infant Mental Health Registry", "OH", name, Credential.CERTIFICATE,
                education, null).level(name).yearsExperience(years).trainingHours(training)
                .reflectiveSupervisionHours(supervision).build();
    }

    /**
     * The Mentor: its training hours only in one of two linked PDFs, its years of experience only in
     * the state directory's summary of it (a program assembled from several pages, as the indexer does).
     */
    private static ProgramListing mentorWithPdf() {
        String pdf = "https://greatlakes-aimh.example.org/wp-content/uploads/2025/08/IMHM-Requirements.pdf";
        String handbook = "https://greatlakes-aimh.example.org/wp-content/uploads/2025/08/Endorsement-Handbook.pdf";
        String directory = "https://mi-directory.example.org/endorsement/";
        ProgramListing mentor = level("gl-imhm", "greatlakes-aimh", "Great Lakes Association for Infant Mental Health", "MI",
                "Infant Mental Health Mentor Endorsement (Category IV)", Education.MASTERS, 3.0, 30, 50);
        return mentor.toBuilder().documents(List.of(handbook, pdf)).alsoDescribedOn(List.of(directory)).provenance(Map.of(
                "trainingHours", new FieldProvenance(ExtractionMethod.PDF, 0.8, "Training: 30 clock hours").from(pdf),
                "yearsExperience", new FieldProvenance(ExtractionMethod.TEXT, 0.7, "3 years of experience").from(directory),
                "minimumEducation", new FieldProvenance(ExtractionMethod.STRUCTURE, 0.9, "Education: master's degree"),
                "location.region", new FieldProvenance(ExtractionMethod.SOURCE, 0.6, "sources.yml"))).build();
    }

    private static ProgramListing.Builder program(String id, String source, String provider, String region, String name,
                                                  Credential credential, Education education, Delivery delivery) {
        return Listings.base(id, source, name)
                .sourceUrl("https://" + source + ".example.org/programs/" + id + "/")
                .provider(new Provider(provider, source.contains("university") ? ProviderType.UNIVERSITY
                        : ProviderType.ASSOCIATION, "https://" + source + ".example.org"))
                .credential(credential).minimumEducation(education).delivery(delivery)
                .location(new Location(null, region, "US", null));
    }
}

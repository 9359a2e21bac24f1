package org.imhfinder.searchapi.testing;

import java.util.List;

/**
 * Applicant profiles asked of {@link EligibilityCorpus}, each with its answer written by hand: the
 * programs in order, each as {@code id OUTCOME} and, for a program with requirements not met, how
 * many. The order is the endpoint's: every stated requirement met first (more stated first), then
 * fewest not met, then least missing, then those stating nothing; ties by name.
 */
public final class EligibilityProfiles {
    private EligibilityProfiles() {
    }

    /** One profile: who, the query string of {@code GET /eligibility}, and the expected answer. */
    public record Profile(String who, String query, List<String> expected) {
    }

    public static List<Profile> all() {
        return List.of(
                new Profile("home visitor in Michigan with a CDA, a year of work and 30 hours of training",
                        "education=CDA&yearsExperience=1&trainingHours=30&region=MI",
                        List.of("gl-ifa MEETS_ALL", "gl-ifs MISSING 3", "gl-imhs MISSING 3", "gl-imhm MISSING 3")),
                new Profile("clinician in Michigan with a master's, 2 years, 30 hours of training, 24 of supervision",
                        "education=MASTERS&yearsExperience=2&trainingHours=30&reflectiveSupervisionHours=24&region=MI",
                        List.of("gl-ifs MEETS_ALL", "gl-ifa MEETS_ALL", "gl-imhs MISSING 1", "gl-imhm MISSING 2")),
                new Profile("Kentucky practitioner with a bachelor's, 3 years, 40 hours of training, 30 of supervision",
                        "education=BACHELORS&yearsExperience=3&trainingHours=40&reflectiveSupervisionHours=30&region=KY",
                        List.of("bg-t2 MEETS_ALL", "bg-t1 MEETS_ALL", "bg-ers MEETS_ALL", "bg-t3 MISSING 2")),
                new Profile("Ohio home visitor with an associate's degree, a year of work and 20 hours of training",
                        "education=associate&yearsExperience=1&trainingHours=20&region=OH",
                        List.of("bk-ifa MEETS_ALL", "bk-ifp MISSING 2", "bk-imhp MISSING 4")),
                new Profile("newcomer in California: no degree, no experience, no hours yet",
                        "education=NONE&region=CA",
                        List.of("pc-rpf MISSING 1", "pc-tp MISSING 2", "pc-atp MISSING 4", "pc-spec MISSING 4")),
                new Profile("psychologist with a doctorate looking at certificates anywhere",
                        "education=DOCTORAL&yearsExperience=10&trainingHours=200&reflectiveSupervisionHours=100"
                                + "&credential=GRADUATE_CERTIFICATE,POST_GRADUATE_CERTIFICATE",
                        List.of("nf-cert MEETS_ALL", "rb-cert MEETS_ALL", "ln-cert NOTHING_STATED")),
                new Profile("Kansas clinician with a master's, a year and a half of work, 30 hours of training and 50 of supervision",
                        "education=MASTERS&yearsExperience=1.5&trainingHours=30&reflectiveSupervisionHours=50&region=KS",
                        List.of("hl-ifa MEETS_ALL", "hl-ifs MISSING 1", "hl-mhs MISSING 1", "hl-mhm MISSING 1")));
    }
}

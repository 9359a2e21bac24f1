package org.imhfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.imhfinder.sources.SourceDefinition;
import org.imhfinder.sources.SourcesFile;
import org.junit.jupiter.api.Test;

/** The default sources file of {@code imh up}: the real providers, each kept to its own domains. */
class DefaultSourcesTest {
    private static final Path FILE = Path.of("..", "sources.yml");
    private final List<SourceDefinition> sources = SourcesFile.load(FILE);
    private final Map<String, SourceDefinition> byId = sources.stream()
            .collect(Collectors.toMap(SourceDefinition::id, s -> s));

    @Test
    void everyRealProviderIsASourceOnAValidSchedule() {
        assertThat(sources).hasSize(62);
        assertThat(sources).allSatisfy(s -> assertThat(s.schedule().text()).isEqualTo("P7D"));
    }

    @Test
    void providersOnSeveralDomainsMayCrawlEachOfThem() {
        assertThat(byId.get("az-aimh").allowedHosts()).contains("azaimh.org", "itmhca.org");
        assertThat(byId.get("infancy-onward").allowedHosts()).contains("www.infancyonward.org", "www.iaitmh.org");
        assertThat(byId.get("orimha").allowedHosts()).contains("www.oraimh.org", "www.or-imha.org", "www.orimha.org");
        assertThat(byId.get("cerh-wa").allowedHosts()).contains("www.wa-aimh.org", "earlyrelationalhealth.org");
        assertThat(byId.get("vaimh").allowedHosts()).contains("www.vaimh.org", "ecmhva.partnership.vcu.edu");
        assertThat(byId.get("umass-erh-fellowship").allowedHosts()).contains("www.umassmed.edu", "www.umb.edu");
    }

    @Test
    void stagingPreviewAndLoginOnlyHostsAreNeverInScope() {
        assertThat(sources).flatMap(SourceDefinition::allowedHosts)
                .noneMatch(h -> h.contains("workroomdesign") || h.contains("squarespace.com") || h.startsWith("cms-tenant.")
                        || h.endsWith("myeasy.org") || h.contains("neoncrm"));
    }

    @Test
    void providersInsideLargeSitesStayInTheirFolders() {
        assertThat(byId.get("pdx-itmh").include()).extracting(java.util.regex.Pattern::pattern)
                .contains("^/education/itmh/");
        assertThat(byId.get("zero-to-three").include()).isNotEmpty();
        assertThat(byId.get("mi-aimh").include()).isEmpty();
    }
}

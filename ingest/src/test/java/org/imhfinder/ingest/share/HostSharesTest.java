package org.imhfinder.ingest.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.imhfinder.config.ConfigException;
import org.imhfinder.schema.ProviderType;
import org.imhfinder.sources.SourceDefinition;
import org.junit.jupiter.api.Test;

class HostSharesTest {

    @Test
    void oneInstanceOwnsEverySource() {
        HostShares shares = HostShares.single(List.of(source("a", "a.org"), source("b", "b.org")));
        assertThat(shares.shared()).isFalse();
        assertThat(shares.owns("a")).isTrue();
        assertThat(shares.owns("b")).isTrue();
        assertThat(shares.ownersOf(List.of("a", "b"))).containsExactly(0);
    }

    @Test
    void twentyHostsAreSplitTenAndTen() {
        List<SourceDefinition> sources = IntStream.range(0, 20).mapToObj(i -> source("s" + i, "host" + i + ".org")).toList();
        long first = sources.stream().filter(s -> HostShares.of(sources, 2, 0).owns(s.id())).count();
        long second = sources.stream().filter(s -> HostShares.of(sources, 2, 1).owns(s.id())).count();
        assertThat(first).isEqualTo(10);
        assertThat(second).isEqualTo(10);
    }

    @Test
    void sourcesSharingAHostGoToOneInstanceEvenThroughAChain() {
        // a and c share nothing directly, but both share a host with b
        List<SourceDefinition> sources = List.of(source("a", "x.org", "y.org"), source("b", "y.org", "z.org"),
                source("c", "z.org"), source("d", "w.org"), source("e", "v.org"));
        for (int instances = 2; instances <= 4; instances++) {
            HostShares shares = HostShares.of(sources, instances, 0);
            assertThat(shares.ownersOf(List.of("a"))).isEqualTo(shares.ownersOf(List.of("b")))
                    .isEqualTo(shares.ownersOf(List.of("c")));
        }
    }

    @Test
    void everySourceHasExactlyOneOwnerWhateverTheOrderOfTheFile() {
        List<SourceDefinition> sources = new ArrayList<>(IntStream.range(0, 13)
                .mapToObj(i -> source("s" + i, "h" + (i % 9) + ".org")).toList());
        List<Integer> owners = sources.stream().map(s -> owner(sources, 3, s.id())).toList();
        Collections.reverse(sources);
        for (SourceDefinition source : sources) {
            assertThat(owner(sources, 3, source.id())).isEqualTo(owners.get(Integer.parseInt(source.id().substring(1))));
        }
    }

    @Test
    void anInstanceOutsideTheCountIsRefusedAtStart() {
        List<SourceDefinition> sources = List.of(source("a", "a.org"));
        assertThatThrownBy(() -> HostShares.of(sources, 2, 2)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("IMH_INGEST_INSTANCE");
    }

    private static int owner(List<SourceDefinition> sources, int instances, String id) {
        int found = -1;
        for (int i = 0; i < instances; i++) {
            if (HostShares.of(sources, instances, i).owns(id)) {
                assertThat(found).as("a second owner of " + id).isEqualTo(-1);
                found = i;
            }
        }
        assertThat(found).as("an owner of " + id).isNotNegative();
        return found;
    }

    private static SourceDefinition source(String id, String... hosts) {
        return new SourceDefinition(id, "Source " + id, ProviderType.ASSOCIATION, null,
                List.of(URI.create("https://" + hosts[0] + "/")), List.of(hosts), null, null, null,
                List.<Pattern>of(), List.<Pattern>of(), List.of(), 1);
    }
}

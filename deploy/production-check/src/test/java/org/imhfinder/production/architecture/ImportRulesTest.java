package org.imhfinder.production.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imhfinder.production.architecture.StraightImportsTest.Module;
import org.imhfinder.production.architecture.StraightImportsTest.Tier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks of StraightImportsTest on small graphs made by hand: they must fail where they should. */
class ImportRulesTest {
    private static final Module SHOP = new Module("shop", Tier.STAGE, "org.imhfinder.shop", List.of(
            List.of("money", "text"),
            List.of("cart"),
            List.of("")));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            down one layer             | org.imhfinder.shop.cart -> org.imhfinder.shop.money                             | 0
            down two layers            | org.imhfinder.shop -> org.imhfinder.shop.text                                   | 0
            up                         | org.imhfinder.shop.money -> org.imhfinder.shop.cart                             | 1
            within a layer             | org.imhfinder.shop.money -> org.imhfinder.shop.text                             | 1
            up into the root package   | org.imhfinder.shop.cart -> org.imhfinder.shop                                   | 1
            another module             | org.imhfinder.shop.money -> org.imhfinder.schema                                | 0
            """)
    void layers(String name, String edge, int upward) {
        assertThat(StraightImportsTest.upwardImports(SHOP, ImportGraph.of(edge))).hasSize(upward);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            none                       | a.x -> a.y                                 |
            two packages               | a.x -> a.y, a.y -> a.x                     | a.x a.y
            round about                | a.x -> a.y, a.y -> a.z, a.z -> a.x, a.z -> a.w | a.x a.y a.z
            """)
    void cycles(String name, String edges, String cycle) {
        List<List<String>> expected = cycle == null ? List.of() : List.of(List.of(cycle.split(" ")));

        assertThat(ImportGraph.of(edges.split(", ")).cycles()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ingest                     | org.imhfinder.schema                | true
            ingest                     | org.imhfinder.runtime.kafka         | true
            ingest                     | org.imhfinder.normalize.text        | false
            search-api                 | org.imhfinder.indexer.freshness     | false
            platform/runtime           | org.imhfinder.ingest.crawl          | false
            platform/testkit           | org.imhfinder.localstack            | true
            schema                     | org.imhfinder.runtime               | false
            deploy/cli                 | org.imhfinder.ingest.run            | true
            deploy/cli                 | org.imhfinder.bench                 | true
            normalize                  | org.imhfinder.nowhere               | false
            """)
    void modules(String folder, String target, boolean allowed) {
        Module module = StraightImportsTest.MODULES.stream().filter(m -> m.folder().equals(folder)).findFirst().orElseThrow();
        String from = module.root().equals("org.imhfinder") ? "org.imhfinder.schema" : module.root();

        assertThat(StraightImportsTest.crossModuleImports(module, ImportGraph.of(from + " -> " + target))).hasSize(allowed ? 0 : 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "org.imhfinder.schema.Topics, org.imhfinder.schema",
        "org.imhfinder.schema.Topics.PAGES, org.imhfinder.schema",
        "org.imhfinder.normalize.text, org.imhfinder.normalize.text",
        "org.imhfinder.localstack.web.Site.Page, org.imhfinder.localstack.web",
    })
    void packageOfAnImportedName(String imported, String pkg) {
        assertThat(ImportGraph.packageOf(imported)).isEqualTo(pkg);
    }
}

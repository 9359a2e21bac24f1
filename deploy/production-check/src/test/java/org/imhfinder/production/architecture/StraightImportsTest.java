package org.imhfinder.production.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.imhfinder.production.Repository;
import org.imhfinder.production.architecture.ImportGraph.Edge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Imports run one way. Between modules: schema ← platform ← stages ← programs, and no stage
 * imports another (they talk through Kafka and Elasticsearch only). Inside a module: no package
 * cycle, and each package imports only packages of a lower layer, as declared below per module,
 * lowest layer first ({@code ""} is the module's root package, where its main class lives).
 *
 * <p>It lives here, in the last module the build runs, because here every other module is compiled
 * (the pom orders the build) and one table holds the whole layering; a package that is in no layer
 * fails the test, so a new package is placed on purpose. Both the compiled classes (what a class
 * really uses) and the source imports (javac inlines constants, which then leave no trace in the
 * class file) count as imports.
 */
class StraightImportsTest {

    enum Tier { SCHEMA, PLATFORM, STAGE, PROGRAM }

    /** A Maven module with classes: its folder, its tier, the packages it owns, and its layers. */
    record Module(String folder, Tier tier, String root, List<List<String>> layers) {
        @Override
        public String toString() {
            return folder;
        }

        Optional<Integer> layerOf(String pkg) {
            String relative = pkg.equals(root) ? "" : pkg.startsWith(root + ".") ? pkg.substring(root.length() + 1) : null;
            for (int i = 0; relative != null && i < layers.size(); i++) {
                if (layers.get(i).contains(relative)) {
                    return Optional.of(i);
                }
            }
            return Optional.empty();
        }

        /** Its packages and their subpackages (tests have their own, e.g. normalize's corpus). */
        boolean owns(String pkg) {
            return layers.stream().flatMap(List::stream).map(p -> p.isEmpty() ? root : root + "." + p)
                    .anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."));
        }
    }

    static final List<Module> MODULES = List.of(
            new Module("schema", Tier.SCHEMA, "org.imhfinder", List.of(
                    List.of("config", "schema"),
                    List.of("vocabulary", "sources"))),
            new Module("platform/es-analysis-plugin", Tier.PLATFORM, "org.imhfinder.esplugin", List.of(
                    List.of(""))),
            new Module("platform/local-stack", Tier.PLATFORM, "org.imhfinder.localstack", List.of(
                    List.of("web"),
                    List.of(""))),
            new Module("platform/runtime", Tier.PLATFORM, "org.imhfinder.runtime", List.of(
                    List.of("kafka"),
                    List.of("ops", "deadletter"),
                    List.of(""))),
            new Module("platform/es-support", Tier.PLATFORM, "org.imhfinder.es", List.of(
                    List.of(""))),
            new Module("platform/testkit", Tier.PLATFORM, "org.imhfinder.testkit", List.of(
                    List.of(""))),
            new Module("ingest", Tier.STAGE, "org.imhfinder.ingest", List.of(
                    List.of("url"),
                    List.of("fetch", "frontier", "share"),
                    List.of("robots", "sitemap", "run"),
                    List.of("memory", "schedule"),
                    List.of("recheck"),
                    List.of("crawl"),
                    List.of(""))),
            new Module("normalize", Tier.STAGE, "org.imhfinder.normalize", List.of(
                    List.of("text", "limits", "metrics"),
                    List.of("fields", "pdf", "documents"),
                    List.of("page", "naming", "identity", "assemble"),
                    List.of("detect"),
                    List.of("extract"),
                    List.of("normalizer"),
                    List.of("route"),
                    List.of(""))),
            new Module("indexer", Tier.STAGE, "org.imhfinder.indexer", List.of(
                    List.of("curation"),
                    List.of("freshness"),
                    List.of("store", "document"),
                    List.of("batch"),
                    List.of("rebuild", "route", "sweep"),
                    List.of(""))),
            new Module("search-api", Tier.STAGE, "org.imhfinder.searchapi", List.of(
                    List.of("request"),
                    List.of("auth", "query", "admin", "health"),
                    List.of("directory", "eligibility", "review"),
                    List.of("http"),
                    List.of("web"),
                    List.of(""))),
            new Module("deploy/cli", Tier.PROGRAM, "org.imhfinder.cli", List.of(
                    List.of(""))),
            new Module("deploy/bench", Tier.PROGRAM, "org.imhfinder.bench", List.of(
                    List.of("report", "run", "stack"),
                    List.of("crawl", "extract", "index", "recheck", "search"),
                    List.of("endtoend"),
                    List.of(""))));

    static Stream<Module> modules() {
        return MODULES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void noPackageCycleInsideTheModule(Module module) {
        ImportGraph graph = mainGraph(module);

        List<List<String>> cycles = graph.inside(module.root()).cycles();

        assertThat(cycles).as("package cycles in " + module + " (each: packages that import each other)\n"
                + graph.inside(module.root()).explain(cycles)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void everyPackageImportsOnlyLowerLayersOfItsModule(Module module) {
        ImportGraph graph = mainGraph(module);

        List<String> undeclared = graph.packages().stream()
                .filter(p -> p.equals(module.root()) || p.startsWith(module.root() + "."))
                .filter(p -> module.layerOf(p).isEmpty()).sorted().toList();
        assertThat(undeclared).as("packages of " + module + " in no layer: place them in StraightImportsTest.MODULES").isEmpty();

        List<String> upward = upwardImports(module, graph);
        assertThat(upward).as("imports in " + module + " that do not run down its layers " + module.layers()).isEmpty();
    }

    /** Main and test classes alike: a stage's test that reached into another stage would couple them too. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void modulesImportOnlyTheirOwnTierAndTheTiersBelow(Module module) {
        ImportGraph graph = ImportGraph.read(
                Stream.of(classes(module, "classes"), classes(module, "test-classes")).flatMap(Optional::stream).toList(),
                Stream.of(sources(module, "main"), sources(module, "test")).flatMap(Optional::stream).toList());

        List<String> wrong = crossModuleImports(module, graph);
        assertThat(wrong).as("imports across modules against schema <- platform <- stages <- programs").isEmpty();
    }

    /** The imports between packages of the module that do not run down its layers. */
    static List<String> upwardImports(Module module, ImportGraph graph) {
        List<String> upward = new ArrayList<>();
        for (Edge edge : graph.inside(module.root()).edges()) {
            int from = module.layerOf(edge.from()).orElseThrow();
            int to = module.layerOf(edge.to()).orElseThrow();
            if (to >= from) {
                upward.add(edge + (to == from ? "  (same layer)" : "  (layer " + to + " above " + from + ")"));
            }
        }
        return upward;
    }

    /** The imports of other modules' packages that its tier may not make. */
    static List<String> crossModuleImports(Module module, ImportGraph graph) {
        List<String> wrong = new ArrayList<>();
        for (Edge edge : graph.edges()) {
            if (!edge.to().startsWith("org.imhfinder.") || module.owns(edge.to())) {
                continue;
            }
            Optional<Module> target = MODULES.stream().filter(m -> m.owns(edge.to())).findFirst();
            if (target.isEmpty()) {
                wrong.add(edge + "  (a package no module in the table owns)");
            } else if (!allowed(module, target.get())) {
                wrong.add(edge + "  (" + module.tier() + " " + module + " -> " + target.get().tier() + " " + target.get() + ")");
            }
        }
        return wrong;
    }

    /** Lower tiers, and the own tier except between stages (they talk only through Kafka and Elasticsearch). */
    static boolean allowed(Module from, Module to) {
        if (to.tier().ordinal() < from.tier().ordinal()) {
            return true;
        }
        return to.tier() == from.tier() && from.tier() != Tier.STAGE;
    }

    /** Read once per module: the three checks share it. */
    private static final Map<String, ImportGraph> MAIN = new ConcurrentHashMap<>();

    private static ImportGraph mainGraph(Module module) {
        return MAIN.computeIfAbsent(module.folder(),
                f -> ImportGraph.read(classes(module, "classes").stream().toList(), sources(module, "main").stream().toList()));
    }

    private static Optional<Path> classes(Module module, String folder) {
        Path dir = Repository.file(module.folder() + "/target/" + folder);
        if (folder.equals("classes")) {
            assertThat(dir).as(dir + " (compile " + module + " first: mvn -pl deploy/production-check -am verify)").isDirectory();
        }
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    private static Optional<Path> sources(Module module, String set) {
        Path dir = Repository.file(module.folder() + "/src/" + set + "/java");
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }
}

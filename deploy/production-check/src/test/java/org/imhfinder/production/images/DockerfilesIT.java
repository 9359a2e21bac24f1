package org.imhfinder.production.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.imhfinder.production.Repository;
import org.imhfinder.schema.StageNames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** After package: everything the images copy from the build exists, and the jars they run are complete. */
class DockerfilesIT {
    static Stream<Arguments> images() {
        return DockerfilesTest.images();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void everyFileADockerfileCopiesExistsAfterPackage(String image, Dockerfile dockerfile) {
        for (Dockerfile.Copy copy : dockerfile.copies()) {
            for (String source : copy.sources()) {
                Path built = Repository.file(source);
                assertThat(Files.exists(built)).as(image + " copies " + source).isTrue();
                if (source.endsWith("/")) {
                    assertThat(built).as(source).isDirectoryContaining(p -> p.toString().endsWith(".jar"));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {StageNames.INGEST, StageNames.NORMALIZE, StageNames.INDEXER, StageNames.SEARCH_API})
    void aStageJarNamesItsMainClassAndEveryLibraryItNeedsIsBesideIt(String stage) throws IOException {
        Path jar = Repository.file(stage + "/target/imh-" + stage + ".jar");
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes manifest = file.getManifest().getMainAttributes();
            String main = manifest.getValue(Attributes.Name.MAIN_CLASS);

            assertThat(main).startsWith("org.imhfinder.").endsWith("Main");
            assertThat(file.getEntry(main.replace('.', '/') + ".class")).as(main).isNotNull();
            String[] classPath = manifest.getValue(Attributes.Name.CLASS_PATH).split(" ");
            assertThat(classPath).anyMatch(entry -> entry.startsWith("lib/slf4j-simple-"));
            for (String entry : classPath) {
                assertThat(jar.resolveSibling(entry)).as(stage + " needs " + entry).isRegularFile();
            }
        }
    }

    @Test
    void theElasticsearchImageInstallsTheAnalysisPluginTheBuildMade() throws IOException {
        Path zip = Repository.file("platform/es-analysis-plugin/target/imh-analysis.zip");
        try (ZipFile plugin = new ZipFile(zip.toFile())) {
            Properties descriptor = new Properties();
            descriptor.load(plugin.getInputStream(plugin.getEntry("stable-plugin-descriptor.properties")));

            assertThat(descriptor.getProperty("name")).isEqualTo("imh-analysis");
        }
        assertThat(Dockerfile.read(Repository.file("deploy/images/elasticsearch/Dockerfile")).from())
                .containsExactly("elasticsearch:" + Repository.elasticsearchVersion());
    }
}

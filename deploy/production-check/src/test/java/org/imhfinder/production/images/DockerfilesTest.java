package org.imhfinder.production.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.imhfinder.production.Repository;
import org.imhfinder.schema.StageNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The images' recipes: official base images, unprivileged users, java as PID 1, a context that carries what they copy. */
class DockerfilesTest {
    static Stream<Path> dockerfiles() {
        return Repository.filesUnder("deploy/images", "Dockerfile").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dockerfiles")
    void buildsOnAnOfficialImageNamedWithoutARegistryHost(Path file) {
        Dockerfile dockerfile = Dockerfile.read(file);

        assertThat(dockerfile.from()).isNotEmpty().allSatisfy(image -> {
            assertThat(image).as("a Docker Hub official image has no namespace or registry").doesNotContain("/");
            assertThat(image).as("a pinned tag").contains(":").doesNotEndWith(":latest");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dockerfiles")
    void copiesOnlyWhatTheDockerignoreLetsThrough(Path file) {
        List<String> rules = Repository.read(Repository.file(".dockerignore")).lines()
                .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();

        assertThat(rules.get(0)).as("the context starts empty").isEqualTo("*");
        for (Dockerfile.Copy copy : Dockerfile.read(file).copies()) {
            for (String source : copy.sources()) {
                String path = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
                assertThat(rules).as(Repository.relative(file) + " copies " + source).contains("!" + path);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {StageNames.INGEST, StageNames.NORMALIZE, StageNames.INDEXER, StageNames.SEARCH_API})
    void aStageImageRunsItsJarAsAnUnprivilegedUserWithJavaAsPidOne(String stage) {
        Dockerfile dockerfile = Dockerfile.read(Repository.file("deploy/images/" + stage + "/Dockerfile"));
        String jar = "/app/imh-" + stage + ".jar";

        assertThat(dockerfile.from()).containsExactly("eclipse-temurin:17-jre");
        assertThat(dockerfile.user()).matches("[1-9][0-9]{3,}:[1-9][0-9]{3,}");
        assertThat(dockerfile.entrypoint()).startsWith("java").endsWith("-jar", jar);
        assertThat(dockerfile.copies()).contains(
                new Dockerfile.Copy(List.of(stage + "/target/imh-" + stage + ".jar"), jar),
                new Dockerfile.Copy(List.of(stage + "/target/lib/"), "/app/lib/"));
        assertThat(dockerfile.env()).containsEntry("IMH_HTTP_HOST", "0.0.0.0");
    }

    @Test
    void continuationLinesAndCommentsAreRead() {
        List<String> instructions = Dockerfile.instructions("""
                # a comment
                FROM x:1
                ENV A=1 \\
                    B="two words"
                ENTRYPOINT ["java", \\
                    "-jar", "a.jar"]
                """);

        assertThat(instructions).containsExactly("FROM x:1", "ENV A=1 B=\"two words\"", "ENTRYPOINT [\"java\", \"-jar\", \"a.jar\"]");
    }
}

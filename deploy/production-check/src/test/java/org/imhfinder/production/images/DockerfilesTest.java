package org.imhfinder.production.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.imhfinder.production.Repository;
import org.imhfinder.schema.StageNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The images' recipes (one for the four stages): official base images, unprivileged users, java as PID 1, a context that carries what they copy. */
class DockerfilesTest {
    /** Every image the project builds, with its recipe read as it is built (the stages' with their STAGE). */
    static Stream<Arguments> images() {
        return Dockerfile.images().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void buildsOnAnOfficialImageNamedWithoutARegistryHost(String image, Dockerfile dockerfile) {
        assertThat(dockerfile.from()).as(image).isNotEmpty().allSatisfy(base -> {
            assertThat(base).as("a Docker Hub official image has no namespace or registry").doesNotContain("/");
            assertThat(base).as("a pinned tag").contains(":").doesNotEndWith(":latest");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void copiesOnlyWhatTheDockerignoreLetsThrough(String image, Dockerfile dockerfile) {
        List<String> rules = Repository.read(Repository.file(".dockerignore")).lines()
                .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();

        assertThat(rules.get(0)).as("the context starts empty").isEqualTo("*");
        for (Dockerfile.Copy copy : dockerfile.copies()) {
            for (String source : copy.sources()) {
                String path = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
                assertThat(rules).as(image + " copies " + source).contains("!" + path);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {StageNames.INGEST, StageNames.NORMALIZE, StageNames.INDEXER, StageNames.SEARCH_API})
    void aStageImageRunsItsJarAsAnUnprivilegedUserWithJavaAsPidOne(String stage) {
        Dockerfile dockerfile = Dockerfile.ofStage(stage);
        String jar = "/app/imh-stage.jar";

        assertThat(dockerfile.from()).containsExactly("eclipse-temurin:17-jre");
        assertThat(dockerfile.user()).matches("[1-9][0-9]{3,}:[1-9][0-9]{3,}");
        assertThat(dockerfile.entrypoint()).startsWith("java").endsWith("-jar", jar);
        assertThat(dockerfile.copies()).contains(
                new Dockerfile.Copy(List.of(stage + "/target/imh-" + stage + ".jar"), jar),
                new Dockerfile.Copy(List.of(stage + "/target/lib/"), "/app/lib/"));
        assertThat(dockerfile.env()).containsEntry("IMH_HTTP_HOST", "0.0.0.0");
    }

    @Test
    void theFourStageImagesComeFromOneRecipeThatNeedsItsStage() {
        assertThat(Repository.filesUnder("deploy/images", "Dockerfile")).extracting(Repository::relative)
                .containsExactlyInAnyOrder(Dockerfile.STAGE_TEMPLATE, "deploy/images/elasticsearch/Dockerfile");
        Dockerfile withoutStage = Dockerfile.read(Repository.file(Dockerfile.STAGE_TEMPLATE));

        assertThat(withoutStage.args()).as("STAGE has no default: a build without it copies no stage's jar")
                .containsExactly(Map.entry("STAGE", ""));
        assertThat(withoutStage.copies()).extracting(c -> c.sources().get(0)).contains("/target/lib/");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ${STAGE}/target/imh-${STAGE}.jar | ingest/target/imh-ingest.jar
            $STAGE/target/lib/               | ingest/target/lib/
            ${OTHER}/x                       | ${OTHER}/x
            """)
    void buildArgumentsAreReplacedAsDockerDoes(String text, String replaced) {
        assertThat(Dockerfile.substitute(text, Map.of("STAGE", "ingest"))).isEqualTo(replaced);
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

package org.imhfinder.production.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.strimzi.api.kafka.model.kafka.Kafka;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.production.Repository;
import org.imhfinder.production.images.Dockerfile;
import org.imhfinder.schema.StageNames;
import org.imhfinder.schema.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each stage's Deployment runs its image the way the stage expects, safely, probed and sized. */
class StageDeploymentsTest {
    private static final List<KustomizeBuild.Resource> BASE = KustomizeBuild.build(KustomizeBuildTest.BASE);
    /** The topic whose partitions bound a stage's useful instances. */
    private static final Map<String, String> INPUT_TOPIC = Map.of(
            StageNames.NORMALIZE, Topics.PAGES, StageNames.INDEXER, Topics.PROGRAMS);

    @ParameterizedTest
    @ValueSource(strings = {StageNames.INGEST, StageNames.NORMALIZE, StageNames.INDEXER, StageNames.SEARCH_API})
    void runsTheStageImageBuiltByItsDockerfile(String stage) {
        Container container = container(stage);

        assertThat(container.getName()).isEqualTo(stage);
        assertThat(container.getImage()).isEqualTo("imh/" + stage + ":latest");
        assertThat(Dockerfile.forImage("imh/" + stage)).isRegularFile();
    }

    @ParameterizedTest
    @ValueSource(strings = {StageNames.INGEST, StageNames.NORMALIZE, StageNames.INDEXER, StageNames.SEARCH_API})
    void isReadyOnReadyAliveOnHealthAndServesOnAllInterfaces(String stage) {
        Container container = container(stage);
        int port = Integer.parseInt(env(container, ConfigKeys.HTTP_PORT).orElseThrow());

        assertThat(env(container, ConfigKeys.HTTP_HOST)).hasValue("0.0.0.0");
        assertThat(container.getPorts()).anySatisfy(p -> {
            assertThat(p.getName()).isEqualTo("http");
            assertThat(p.getContainerPort()).isEqualTo(port);
        });
        assertProbe(container.getReadinessProbe(), "/ready");
        assertProbe(container.getLivenessProbe(), "/health");
    }

    @ParameterizedTest
    @ValueSource(strings = {StageNames.INGEST, StageNames.NORMALIZE, StageNames.INDEXER, StageNames.SEARCH_API})
    void asksForResourcesAndRunsUnprivilegedOnAReadOnlyRoot(String stage) {
        PodSpec pod = deployment(stage).getSpec().getTemplate().getSpec();
        Container container = container(stage);

        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).containsKey("memory");
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        VolumeMount tmp = mount(container, "/tmp").orElseThrow();
        assertThat(volume(pod, tmp.getName()).getEmptyDir()).as("/tmp is an emptyDir").isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {StageNames.INGEST, StageNames.NORMALIZE, StageNames.INDEXER, StageNames.SEARCH_API})
    void findsKafkaAndElasticsearchWhereTheOperatorsServeThem(String stage) {
        Container container = container(stage);
        Kafka kafka = KubernetesModels.read(only("Kafka"), Kafka.class);
        int plainPort = kafka.getSpec().getKafka().getListeners().stream()
                .filter(l -> !l.isTls()).findFirst().orElseThrow().getPort();
        EckElasticsearch es = (EckElasticsearch) KubernetesModels.read(only("Elasticsearch"));

        assertThat(env(container, ConfigKeys.KAFKA_BOOTSTRAP))
                .hasValue(kafka.getMetadata().getName() + "-kafka-bootstrap:" + plainPort);
        env(container, ConfigKeys.ES_URL).ifPresent(url ->
                assertThat(URI.create(url)).hasHost(es.httpServiceName()).hasPort(9200).hasScheme("https"));
    }

    @ParameterizedTest
    @ValueSource(strings = {StageNames.INDEXER, StageNames.SEARCH_API})
    void logsInToElasticsearchAndTrustsTheCaEckMadeForIt(String stage) {
        Container container = container(stage);
        EckElasticsearch es = (EckElasticsearch) KubernetesModels.read(only("Elasticsearch"));
        String userSecret = es.tree().path("spec").path("auth").path("fileRealm").get(0).path("secretName").asText();
        Path ca = Path.of(env(container, ConfigKeys.ES_CA_CERT).orElseThrow());
        VolumeMount mount = mount(container, ca.getParent().toString()).orElseThrow();
        Volume volume = volume(deployment(stage).getSpec().getTemplate().getSpec(), mount.getName());

        for (var setting : List.of(ConfigKeys.ES_USERNAME, ConfigKeys.ES_PASSWORD)) {
            var ref = container.getEnv().stream().filter(e -> e.getName().equals(setting.envName())).findFirst()
                    .orElseThrow().getValueFrom().getSecretKeyRef();
            assertThat(ref.getName()).isEqualTo(userSecret);
        }
        assertThat(volume.getSecret().getSecretName()).isEqualTo(es.name() + "-es-http-certs-public");
        assertThat(volume.getSecret().getItems()).anySatisfy(item -> {
            assertThat(item.getKey()).isEqualTo("ca.crt");
            assertThat(item.getPath()).isEqualTo(ca.getFileName().toString());
        });
        assertThat(mount.getReadOnly()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {StageNames.INGEST, StageNames.NORMALIZE, StageNames.SEARCH_API})
    void readsTheSourcesFileFromTheConfigMapMountedWhereImhSourcesPoints(String stage) {
        Container container = container(stage);
        Path sources = Path.of(env(container, ConfigKeys.SOURCES).orElseThrow());
        VolumeMount mount = mount(container, sources.getParent().toString()).orElseThrow();
        Volume volume = volume(deployment(stage).getSpec().getTemplate().getSpec(), mount.getName());
        ConfigMap configMap = KubernetesModels.read(
                KustomizeBuild.byName(BASE, "ConfigMap").get(volume.getConfigMap().getName()), ConfigMap.class);

        assertThat(mount.getReadOnly()).isTrue();
        assertThat(configMap.getData()).containsKey(sources.getFileName().toString());
    }

    @Test
    void theApiTokensComeFromTheSecretReadmeTellsOperatorsToCreate() {
        Container container = container(StageNames.SEARCH_API);
        String readme = Repository.read(Repository.file("README.md"));

        for (var setting : List.of(ConfigKeys.OPERATOR_TOKENS, ConfigKeys.CURATOR_TOKENS)) {
            var ref = container.getEnv().stream().filter(e -> e.getName().equals(setting.envName())).findFirst()
                    .orElseThrow().getValueFrom().getSecretKeyRef();
            assertThat(readme).contains("secret generic " + ref.getName()).contains("--from-literal=" + ref.getKey() + "=");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {StageNames.NORMALIZE, StageNames.INDEXER})
    void scalesWithAnAutoscalerNoHigherThanItsInputTopicHasPartitions(String stage) {
        HorizontalPodAutoscaler hpa = KubernetesModels.read(
                KustomizeBuild.byName(BASE, "HorizontalPodAutoscaler").get(stage), HorizontalPodAutoscaler.class);
        int partitions = Topics.ALL.stream().filter(t -> t.name().equals(INPUT_TOPIC.get(stage)))
                .findFirst().orElseThrow().partitions();

        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(stage);
        assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isBetween(hpa.getSpec().getMinReplicas(), partitions);
        assertThat(deployment(stage).getSpec().getReplicas()).as("replicas belong to the autoscaler").isNull();
    }

    @Test
    void ingestRunsOnceAndNeverTwoAtATimeUntilTheFrontierIsPartitioned() {
        Deployment ingest = deployment(StageNames.INGEST);

        assertThat(ingest.getSpec().getReplicas()).isEqualTo(1);
        assertThat(ingest.getSpec().getStrategy().getType()).isEqualTo("Recreate");
    }

    @Test
    void theSearchApiServiceReachesTheSearchApiPods() {
        Service service = KubernetesModels.read(KustomizeBuild.byName(BASE, "Service").get("search-api"), Service.class);
        Map<String, String> podLabels = deployment(StageNames.SEARCH_API).getSpec().getTemplate().getMetadata().getLabels();

        assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
        assertThat(service.getSpec().getPorts()).allSatisfy(p -> assertThat(p.getTargetPort().getStrVal()).isEqualTo("http"));
    }

    @Test
    void everyDeploymentSelectsItsOwnPods() {
        for (var tree : KustomizeBuild.byName(BASE, "Deployment").values()) {
            Deployment deployment = KubernetesModels.read(tree, Deployment.class);
            assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                    .as(deployment.getMetadata().getName())
                    .containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
        }
    }

    @Test
    void everyImageTheManifestsRunFromThisProjectHasADockerfile() {
        for (var resource : BASE) {
            for (String image : resource.tree().findValuesAsText("image")) {
                String name = KustomizeBuild.imageName(image);
                if (name.startsWith("imh/")) {
                    assertThat(Files.isRegularFile(Dockerfile.forImage(name)))
                            .as(resource.origin() + " runs " + image).isTrue();
                }
            }
        }
    }

    private static void assertProbe(Probe probe, String path) {
        assertThat(probe).as("probe on " + path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
    }

    static Deployment deployment(String name) {
        return KubernetesModels.read(KustomizeBuild.byName(BASE, "Deployment").get(name), Deployment.class);
    }

    static Container container(String stage) {
        List<Container> containers = deployment(stage).getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private static Optional<String> env(Container container, org.imhfinder.config.Setting<?> setting) {
        return container.getEnv().stream().filter(e -> e.getName().equals(setting.envName()))
                .map(EnvVar::getValue).findFirst();
    }

    private static Optional<VolumeMount> mount(Container container, String path) {
        return container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals(path)).findFirst();
    }

    private static Volume volume(PodSpec pod, String name) {
        return pod.getVolumes().stream().filter(v -> v.getName().equals(name)).findFirst().orElseThrow();
    }

    private static com.fasterxml.jackson.databind.JsonNode only(String kind) {
        var all = KustomizeBuild.byName(BASE, kind);
        assertThat(all).hasSize(1);
        return all.values().iterator().next();
    }
}

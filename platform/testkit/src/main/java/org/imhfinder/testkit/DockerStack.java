package org.imhfinder.testkit;

import java.net.URI;
import java.time.Duration;
import org.imhfinder.localstack.StackDistribution;
import org.imhfinder.localstack.TopicSetup;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.MountableFile;

/**
 * The test stack in containers (IMH_TEST_DOCKER=true, needs a Docker engine): Apache Kafka's
 * official image and Elasticsearch's official 8.19 image with the project's analysis plugin
 * installed before the node starts, so mappings are the same as on the local processes.
 */
final class DockerStack implements TestStack, AutoCloseable {
    private static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    private static final String ES_IMAGE = "elasticsearch:8.19.21";

    private final KafkaContainer kafka;
    private final GenericContainer<?> elasticsearch;

    private DockerStack(KafkaContainer kafka, GenericContainer<?> elasticsearch) {
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
    }

    @SuppressWarnings("resource") // closed with the stack
    static DockerStack start() {
        StackDistribution dist = StackDistribution.locate(null);
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        GenericContainer<?> es = new GenericContainer<>(ES_IMAGE)
                .withEnv("discovery.type", "single-node")
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms384m -Xmx384m")
                .withCopyFileToContainer(MountableFile.forHostPath(dist.analysisPluginZip()), "/tmp/imh-analysis.zip")
                .withCommand("bash", "-c", "bin/elasticsearch-plugin install --batch file:///tmp/imh-analysis.zip"
                        + " && exec /usr/local/bin/docker-entrypoint.sh eswrapper")
                .withExposedPorts(9200)
                .waitingFor(Wait.forHttp("/_cluster/health?wait_for_status=yellow").forPort(9200)
                        .withStartupTimeout(Duration.ofMinutes(3)));
        kafka.start();
        es.start();
        TopicSetup.ensure(kafka.getBootstrapServers());
        return new DockerStack(kafka, es);
    }

    @Override
    public String kafkaBootstrap() {
        return kafka.getBootstrapServers();
    }

    @Override
    public URI elasticsearchUrl() {
        return URI.create("http://" + elasticsearch.getHost() + ":" + elasticsearch.getMappedPort(9200));
    }

    /** A paused container keeps its port mapping (a stopped one may not): requests to it hang until it resumes. */
    @Override
    public void stopElasticsearch() {
        elasticsearch.getDockerClient().pauseContainerCmd(elasticsearch.getContainerId()).exec();
    }

    @Override
    public void startElasticsearch() {
        elasticsearch.getDockerClient().unpauseContainerCmd(elasticsearch.getContainerId()).exec();
    }

    @Override
    public void close() {
        elasticsearch.stop();
        kafka.stop();
    }
}

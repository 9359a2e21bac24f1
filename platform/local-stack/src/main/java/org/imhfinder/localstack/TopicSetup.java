package org.imhfinder.localstack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.imhfinder.schema.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the pipeline's topics ({@link Topics#ALL}) that do not exist yet, and returns once every partition of
 * them has a leader: a topic just created can refuse writes for a moment ({@code NOT_LEADER_OR_FOLLOWER}), and a
 * producer started in that moment on a loaded machine may retry until its delivery timeout.
 */
public final class TopicSetup {
    private static final Logger LOG = LoggerFactory.getLogger(TopicSetup.class);
    private static final Duration LEADERS_WAIT = Duration.ofSeconds(60);

    private TopicSetup() {
    }

    /** Creates the missing topics with their partitions and configuration; existing ones are left alone. */
    public static void ensure(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            var missing = Topics.ALL.stream()
                    .filter(spec -> !existing.contains(spec.name()))
                    .map(spec -> new NewTopic(spec.name(), spec.partitions(), (short) 1).configs(spec.config()))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
                LOG.info("created topics {}", missing.stream().map(NewTopic::name).toList());
            }
            awaitLeaders(admin);
        } catch (ExecutionException | TimeoutException e) {
            throw new StackException("cannot create the pipeline's topics on " + bootstrapServers + ": " + e.getMessage(), null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while creating topics", null, e);
        }
    }

    private static void awaitLeaders(Admin admin) throws ExecutionException, TimeoutException, InterruptedException {
        List<String> names = Topics.ALL.stream().map(Topics.TopicSpec::name).toList();
        long deadline = System.nanoTime() + LEADERS_WAIT.toNanos();
        for (long pause = 20; ; pause = Math.min(500, pause * 2)) {
            List<String> leaderless = leaderless(admin, names);
            if (leaderless.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("partitions without a leader after " + LEADERS_WAIT.toSeconds() + " s: " + leaderless);
            }
            Thread.sleep(pause); // a broker's election, nothing to be notified of
        }
    }

    /** The partitions without a leader yet; a topic the broker does not know yet (just created) counts whole. */
    private static List<String> leaderless(Admin admin, List<String> names)
            throws ExecutionException, TimeoutException, InterruptedException {
        try {
            return admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS).values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .filter(p -> p.leader() == null || p.leader().isEmpty())
                            .map(p -> topic.name() + "-" + p.partition()))
                    .toList();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return List.of("(a topic not known yet: " + e.getCause().getMessage() + ")");
            }
            throw e;
        }
    }
}

package org.imhfinder.production.scaleout;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;

/** Who is in a stage's consumer group: instances share a topic's partitions only once each has some. */
public final class GroupMembers implements AutoCloseable {
    private final Admin admin;

    public GroupMembers(String bootstrap) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    /** Whether the group has exactly {@code members} members and each holds at least one partition. */
    public boolean allAssigned(String group, int members) {
        ConsumerGroupDescription description = describe(group);
        return description.members().size() == members && assigned(description) == members;
    }

    /** How many members of the group hold at least one partition. */
    public long assigned(String group) {
        return assigned(describe(group));
    }

    private ConsumerGroupDescription describe(String group) {
        try {
            return admin.describeConsumerGroups(List.of(group)).all().get(10, TimeUnit.SECONDS).get(group);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot describe consumer group " + group + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted describing consumer group " + group, e);
        }
    }

    private static long assigned(ConsumerGroupDescription description) {
        return description.members().stream().filter(m -> !m.assignment().topicPartitions().isEmpty()).count();
    }

    @Override
    public void close() {
        admin.close();
    }
}

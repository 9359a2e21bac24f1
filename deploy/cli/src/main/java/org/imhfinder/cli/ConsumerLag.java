package org.imhfinder.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;
import org.imhfinder.runtime.kafka.GroupOffsets;
import org.imhfinder.schema.ConsumerGroups;

/**
 * How many records each stage's consumer group has yet to process, on the partitions it has committed on: their
 * end offsets less the committed offsets (or the log's start, where retention has deleted past them).
 */
final class ConsumerLag {
    static final List<String> GROUPS = List.of(ConsumerGroups.INGEST, ConsumerGroups.NORMALIZE, ConsumerGroups.INDEXER);

    private ConsumerLag() {
    }

    static Map<String, Long> byGroup(String kafka) {
        Map<String, Long> lag = new LinkedHashMap<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000))) {
            GroupOffsets offsets = new GroupOffsets(admin, Duration.ofSeconds(15));
            for (String group : GROUPS) {
                Map<TopicPartition, Long> committed = offsets.committed(group);
                lag.put(group, offsets.waiting(committed.keySet(), committed));
            }
        }
        return lag;
    }
}

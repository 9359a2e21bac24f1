package org.imhfinder.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.imhfinder.schema.ConsumerGroups;

/** How many records each stage's consumer group has yet to process: end offsets minus committed offsets. */
final class ConsumerLag {
    static final List<String> GROUPS = List.of(ConsumerGroups.INGEST, ConsumerGroups.NORMALIZE, ConsumerGroups.INDEXER);

    private ConsumerLag() {
    }

    static Map<String, Long> byGroup(String kafka) {
        Map<String, Long> lag = new LinkedHashMap<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000))) {
            for (String group : GROUPS) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(15, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                        .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
                long behind = 0;
                for (var end : admin.listOffsets(latest).all().get(15, TimeUnit.SECONDS).entrySet()) {
                    OffsetAndMetadata at = committed.get(end.getKey());
                    behind += Math.max(0, end.getValue().offset() - (at == null ? 0 : at.offset()));
                }
                lag.put(group, behind);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return lag;
    }
}

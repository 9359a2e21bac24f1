package org.imhfinder.runtime.kafka;

import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.component.kafka.KafkaConfiguration;
import org.apache.camel.component.kafka.PollOnError;
import org.apache.camel.component.kafka.consumer.DefaultKafkaManualCommitFactory;
import org.imhfinder.config.ConfigKeys;
import org.imhfinder.config.Settings;
import org.imhfinder.schema.Topics;

/**
 * The Kafka component, configured once for every route of the process, so endpoint URIs stay
 * short ({@code kafka:imh.pages.v1?groupId=imh-normalize}).
 *
 * <p>Producers wait for every in-sync replica and are idempotent; they compress with zstd and may
 * send records up to {@link Topics#MAX_RECORD_BYTES}. Consumers never auto-commit: a route commits
 * a record's offset (see {@link CommitOffset}) only after its result is safely written, and a
 * failure that escapes the route makes the consumer seek back and try the record again. A failure
 * outside any record's route (a commit that times out while the broker does not answer) makes the
 * consumer reconnect and go on from the group's committed offsets.
 */
public final class KafkaSetup {
    private KafkaSetup() {
    }

    public static void configure(KafkaComponent kafka, Settings settings) {
        KafkaConfiguration config = kafka.getConfiguration();
        config.setBrokers(settings.get(ConfigKeys.KAFKA_BOOTSTRAP));
        config.setRequestRequiredAcks("all");
        config.setEnableIdempotence(true);
        config.setCompressionCodec("zstd");
        config.setMaxRequestSize(Topics.MAX_RECORD_BYTES);
        config.setLingerMs(5);
        config.setAutoOffsetReset("earliest");
        config.setAutoCommitEnable(false);
        config.setAllowManualCommit(true);
        config.setBreakOnFirstError(true);
        // Camel's default hands such a failure to the route's error handler and then moves every assigned partition
        // one record past its position: records never processed would be skipped and, once a later offset is
        // committed, lost. Reconnecting resumes from the committed offsets: records may come again, none is skipped.
        config.setPollOnError(PollOnError.RECONNECT);
        config.setMaxPartitionFetchBytes(Topics.MAX_RECORD_BYTES + 1024 * 1024);
        config.setFetchMaxBytes(Topics.MAX_RECORD_BYTES + 1024 * 1024);
        config.setPollTimeoutMs(500L);
        config.setMaxPollRecords(200);
        // a killed instance's partitions move to the others once its session expires; heartbeats at a third of it
        long session = settings.get(ConfigKeys.KAFKA_SESSION_TIMEOUT).toMillis();
        config.setSessionTimeoutMs((int) session);
        config.setHeartbeatIntervalMs((int) Math.min(3000, session / 3));
        // producers connect when first used, so a process starts (and reports not ready) while Kafka is away
        kafka.setLazyStartProducer(true);
        kafka.setKafkaManualCommitFactory(new DefaultKafkaManualCommitFactory());
    }
}

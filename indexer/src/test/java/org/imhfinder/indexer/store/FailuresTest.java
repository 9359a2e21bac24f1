package org.imhfinder.indexer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.imhfinder.indexer.store.WriteResult.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FailuresTest {
    @ParameterizedTest(name = "a bulk item answered {0} ({1}) is {2}")
    @CsvSource({
            "409, version_conflict_engine_exception, CONFLICT",
            "429, es_rejected_execution_exception, RETRIABLE",
            "503, unavailable_shards_exception, RETRIABLE",
            "403, cluster_block_exception, RETRIABLE",
            "404, index_not_found_exception, RETRIABLE",
            "400, document_parsing_exception, REJECTED",
            "400, illegal_argument_exception, REJECTED"})
    void bulkItemFailuresAreClassifiedByStatusAndType(int status, String type, Status expected) {
        assertThat(Failures.ofItem(status, type)).isEqualTo(expected);
    }

    @Test
    void ioAndTransientKafkaFailuresAreRetriable() {
        assertThat(Failures.isRetriable(new ConnectException("Connection refused"))).isTrue();
        assertThat(Failures.isRetriable(new IllegalStateException("wrapped", new IOException("reset")))).isTrue();
        assertThat(Failures.isRetriable(new NotLeaderOrFollowerException("moving"))).isTrue();
    }

    @Test
    void programmingAndPermanentFailuresAreNot() {
        assertThat(Failures.isRetriable(new NullPointerException())).isFalse();
        assertThat(Failures.isRetriable(new RecordTooLargeException("too big"))).isFalse();
    }
}

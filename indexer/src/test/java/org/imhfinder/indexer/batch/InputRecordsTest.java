package org.imhfinder.indexer.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.imhfinder.schema.InvalidRecordException;
import org.imhfinder.schema.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputRecordsTest {
    @ParameterizedTest(name = "{0} record {1} is refused: {3}")
    @CsvSource(delimiter = '|', value = {
            "imh.programs.v1 | prg-1 | {\"schemaVersion\":2,\"id\":\"prg-1\",\"fetchedAt\":\"2025-03-01T10:00:00Z\"} | unsupported ProgramListing schemaVersion 2",
            "imh.programs.v1 | prg-1 | {\"schemaVersion\":1,\"id\":\"prg-1\"} | needs an id and fetchedAt",
            "imh.programs.v1 | prg-2 | {\"schemaVersion\":1,\"id\":\"prg-1\",\"fetchedAt\":\"2025-03-01T10:00:00Z\"} | is keyed prg-2",
            "imh.page-outcomes.v1 | u | {\"schemaVersion\":1,\"httpStatus\":301,\"url\":\"u\",\"status\":\"MOVED\",\"fetchedAt\":\"2025-03-01T10:00:00Z\"} | needs a finalUrl",
            "imh.curation.v1 | prg-1 | {\"schemaVersion\":1,\"decisionId\":\"d\",\"programId\":\"prg-1\",\"action\":\"SNOOZE\",\"curator\":\"a\",\"decidedAt\":\"2025-03-01T10:00:00Z\"} | needs 'until'",
            "imh.curation.v1 | prg-9 | {\"schemaVersion\":1,\"decisionId\":\"d\",\"programId\":\"prg-1\",\"action\":\"CONFIRM\",\"curator\":\"a\",\"decidedAt\":\"2025-03-01T10:00:00Z\"} | is keyed prg-9",
            "imh.curation.v1 | prg-1 | {\"schemaVersion\":1,\"decisionId\":\"d\",\"programId\":\"prg-1\",\"action\":\"CONFIRM\",\"decidedAt\":\"2025-03-01T10:00:00Z\"} | needs decisionId, programId, action, curator",
            "imh.curation.v1 | prg-1 | {\"schemaVersion\":1,\"decisionId\":\"d\",\"programId\":\"prg-1\",\"action\":\"PROMOTE\"} | not a valid CurationDecision",
            "imh.pages.v1 | u | {} | does not read topic imh.pages.v1"})
    void aRecordThatIsNotWhatItsTopicPromisesIsRefusedWithTheReason(String topic, String key, String value, String reason) {
        assertThatThrownBy(() -> InputRecords.read(new RecordSource(topic, 0, 0, key, value)))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void aRecordLargerThanAnyListingIsRefusedBeforeItIsParsed() {
        String huge = "{\"padding\":\"" + "x".repeat((int) InputRecords.MAX_RECORD_BYTES) + "\"}";

        assertThatThrownBy(() -> InputRecords.read(new RecordSource(Topics.PROGRAMS, 0, 0, "prg-1", huge)))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("record too large: " + huge.length() + " bytes, more than the 1048576 bytes");
    }

    @ParameterizedTest(name = "a tombstone on {0} is {1}")
    @CsvSource({"imh.programs.v1, Withdrawn", "imh.curation.v1, refused", "imh.page-outcomes.v1, refused"})
    void tombstonesAreOnlyExpectedOnThePrograms(String topic, String expected) {
        RecordSource tombstone = new RecordSource(topic, 0, 0, "k", null);
        if (expected.equals("refused")) {
            assertThatThrownBy(() -> InputRecords.read(tombstone)).isInstanceOf(InvalidRecordException.class);
        } else {
            assertThat(InputRecords.read(tombstone)).isInstanceOf(InputRecord.Withdrawn.class);
            assertThat(topic).isEqualTo(Topics.PROGRAMS);
        }
    }
}

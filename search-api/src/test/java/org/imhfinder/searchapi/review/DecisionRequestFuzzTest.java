package org.imhfinder.searchapi.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.CurationDecision;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ListingBounds;
import org.imhfinder.searchapi.request.ApiProblem;
import org.junit.jupiter.api.Timeout;

/**
 * Any body of {@code POST /review/{id}/decision} is a decision the indexer can apply, or an
 * {@link ApiProblem} (400 naming the member, 413 for a huge body); never another exception (a 500),
 * never a hang. A decision that passes has one value per member, a snooze within the horizon and
 * overrides within the listing's bounds. Seeds: {@code DecisionRequestFuzzTestInputs/} (run by
 * every build); {@code -Pfuzz} fuzzes from them.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DecisionRequestFuzzTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    @FuzzTest(maxDuration = "5m")
    void anyBodyIsADecisionOrABadRequest(byte[] data) {
        String body = new String(data, StandardCharsets.UTF_8);
        DecisionRequest request;
        try {
            request = DecisionRequest.parse(body, CLOCK);
        } catch (ApiProblem refused) {
            assertThat(refused.status()).isIn(400, 413);
            assertThat(refused.getMessage()).isNotBlank();
            if (refused.status() == 400) {
                assertThat(refused.extensions().get("parameter")).asString().isNotBlank();
            }
            return;
        }
        assertThat(request.action()).isNotNull();
        if (request.action() == CurationAction.SNOOZE) {
            assertThat(request.until()).isAfter(TODAY).isBeforeOrEqualTo(CurationDecision.latestSnooze(TODAY));
        } else {
            assertThat(request.until()).isNull();
        }
        if (request.action() == CurationAction.OVERRIDE) {
            assertThat(request.note()).isNotBlank();
            assertThat(request.fields()).isNotEmpty();
            request.fields().forEach((field, value) -> assertThat(ListingBounds.problem(field, value)).as(field).isEmpty());
        } else {
            assertThat(request.fields()).isNull();
        }
        CurationDecision decision = request.toDecision("prg-1", "curator-1", CLOCK.instant());
        assertThat(Json.read(Json.write(decision), CurationDecision.class)).isEqualTo(decision);
    }
}

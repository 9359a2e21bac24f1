package org.imhfinder.indexer.curation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imhfinder.schema.CurationDecision;
import org.imhfinder.schema.Json;

/**
 * What a listing's decisions amount to, folded in decision order: retired for good by any RETIRE;
 * snoozed until the date of the latest SNOOZE; each overridden field set by the latest OVERRIDE
 * that names it; confirmed at the latest CONFIRM.
 *
 * @param overrides field path (a ProgramListing field, or a dotted path into one) to its value
 * @param overriddenBy the decision behind each override
 */
public record CurationView(
        boolean retired,
        Instant retiredAt,
        LocalDate snoozedUntil,
        Map<String, JsonNode> overrides,
        Map<String, CurationDecision> overriddenBy,
        Instant lastConfirmAt,
        CurationDecision last) {

    public static final CurationView NONE = new CurationView(false, null, null, Map.of(), Map.of(), null, null);

    /** Folds decisions that are already in decision order. */
    public static CurationView of(List<CurationDecision> decisions) {
        boolean retired = false;
        Instant retiredAt = null;
        LocalDate snoozedUntil = null;
        Instant confirmed = null;
        Map<String, JsonNode> overrides = new LinkedHashMap<>();
        Map<String, CurationDecision> by = new LinkedHashMap<>();
        for (CurationDecision d : decisions) {
            switch (d.action()) {
                case RETIRE -> {
                    retiredAt = retired ? retiredAt : d.decidedAt();
                    retired = true;
                }
                case SNOOZE -> snoozedUntil = d.until();
                case CONFIRM -> confirmed = d.decidedAt();
                case OVERRIDE -> d.fields().forEach((field, value) -> {
                    overrides.remove(field);
                    overrides.put(field, Json.mapper().valueToTree(value));
                    by.put(field, d);
                });
            }
        }
        CurationDecision last = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
        return new CurationView(retired, retiredAt, snoozedUntil, Collections.unmodifiableMap(overrides),
                Collections.unmodifiableMap(by), confirmed, last);
    }

    /** True while a snooze runs: through its {@code until} date (UTC) included. */
    public boolean snoozedOn(LocalDate today) {
        return snoozedUntil != null && !today.isAfter(snoozedUntil);
    }
}

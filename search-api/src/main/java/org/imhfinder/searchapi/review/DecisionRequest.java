package org.imhfinder.searchapi.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.CurationDecision;
import org.imhfinder.searchapi.request.ApiProblem;
import org.imhfinder.searchapi.request.JsonBody;

/**
 * The body of {@code POST /review/{id}/decision}: {@code {action, note, until?, fields?}},
 * checked member by member (a 400 names the member; a member given twice is refused). SNOOZE needs
 * a future {@code until}, at most {@link CurationDecision#MAX_SNOOZE} ahead;
 * OVERRIDE needs {@code fields} and a {@code note} saying why; {@code until} and {@code fields}
 * belong only to those actions.
 */
public record DecisionRequest(CurationAction action, String note, LocalDate until, Map<String, Object> fields) {
    public static final int MAX_NOTE = 2000;
    public static final int MAX_BODY = 64 * 1024;
    private static final Set<String> MEMBERS = Set.of("action", "note", "until", "fields");

    public static DecisionRequest parse(String body, Clock clock) {
        JsonNode json = read(body);
        json.fieldNames().forEachRemaining(name -> {
            if (!MEMBERS.contains(name)) {
                throw ApiProblem.badParameter(name, "unknown member (known: action, note, until, fields)");
            }
        });
        CurationAction action = action(json.get("action"));
        String note = note(json.get("note"), action);
        LocalDate until = until(json.get("until"), action, clock);
        Map<String, Object> fields = action == CurationAction.OVERRIDE ? OverrideFields.check(json.get("fields")) : null;
        if (action != CurationAction.OVERRIDE && json.has("fields")) {
            throw ApiProblem.badParameter("fields", "only for OVERRIDE");
        }
        return new DecisionRequest(action, note, until, fields);
    }

    /** The decision to publish: a new id, the caller as curator, now. */
    public CurationDecision toDecision(String programId, String curator, Instant now) {
        return new CurationDecision(CurationDecision.SCHEMA_VERSION, "dec-" + UUID.randomUUID(), programId, action, note,
                until, fields, curator, now);
    }

    private static JsonNode read(String body) {
        if (body != null && body.length() > MAX_BODY) {
            throw new ApiProblem(413, "Payload too large", "a decision is at most " + MAX_BODY + " characters");
        }
        return JsonBody.object(body, "a JSON object {action, note, until?, fields?}");
    }

    private static CurationAction action(JsonNode value) {
        String names = String.join(", ", Arrays.stream(CurationAction.values()).map(Enum::name).toList());
        if (value == null || !value.isTextual()) {
            throw ApiProblem.badParameter("action", "required, one of " + names);
        }
        try {
            return CurationAction.valueOf(value.asText().trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badParameter("action", "'" + value.asText() + "' is not one of " + names);
        }
    }

    private static String note(JsonNode value, CurationAction action) {
        if (value != null && !value.isNull() && !value.isTextual()) {
            throw ApiProblem.badParameter("note", "must be text");
        }
        String note = value == null || value.isNull() ? null : value.asText().strip();
        if (note != null && note.length() > MAX_NOTE) {
            throw ApiProblem.badParameter("note", "at most " + MAX_NOTE + " characters");
        }
        if (action == CurationAction.OVERRIDE && (note == null || note.isEmpty())) {
            throw ApiProblem.badParameter("note", "OVERRIDE needs a note saying why");
        }
        return note == null || note.isEmpty() ? null : note;
    }

    private static LocalDate until(JsonNode value, CurationAction action, Clock clock) {
        boolean given = value != null && !value.isNull();
        if (action != CurationAction.SNOOZE) {
            if (given) {
                throw ApiProblem.badParameter("until", "only for SNOOZE");
            }
            return null;
        }
        if (!given || !value.isTextual()) {
            throw ApiProblem.badParameter("until", "SNOOZE needs a date (YYYY-MM-DD)");
        }
        LocalDate until;
        try {
            until = LocalDate.parse(value.asText().trim());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badParameter("until", "'" + value.asText() + "' is not a date (YYYY-MM-DD)");
        }
        LocalDate today = LocalDate.now(clock);
        if (!until.isAfter(today)) {
            throw ApiProblem.badParameter("until", "must be after today");
        }
        if (until.isAfter(CurationDecision.latestSnooze(today))) {
            throw ApiProblem.badParameter("until", "a snooze runs at most " + CurationDecision.MAX_SNOOZE.getYears()
                    + " years, until " + CurationDecision.latestSnooze(today) + " at the latest");
        }
        return until;
    }
}

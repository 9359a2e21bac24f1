package org.imhfinder.searchapi.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imhfinder.es.IndexFields;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.ReviewReason;
import org.imhfinder.searchapi.query.Cursor;
import org.imhfinder.searchapi.query.Relaxation;
import org.imhfinder.searchapi.query.ProgramsIndex;

/**
 * The curators' queue: listings with {@code reviewPriority > 0}, not retired, not snoozed (or
 * the snooze has passed), most urgent first (the indexer ranks gone and changed above aging),
 * then the longest unconfirmed. Each item carries its reasons, the fields that changed and its
 * latest history entries.
 */
public final class ReviewQueue {
    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 100;
    private static final int RECENT_HISTORY = 3;
    /** The sort values of {@link #body}'s sort: priority (integer), last confirmed (date), id. */
    private static final List<Cursor.SortValue> CURSOR_SHAPE = List.of(Cursor.SortValue.INT, Cursor.SortValue.LONG,
            Cursor.SortValue.TEXT);

    private final ProgramsIndex index;

    public ReviewQueue(ProgramsIndex index) {
        this.index = index;
    }

    public Map<String, Object> page(List<ReviewReason> reasons, int size, Cursor cursor) throws IOException {
        String fingerprint = "queue:" + reasons.stream().map(Enum::name).sorted().toList();
        if (cursor != null && !cursor.fingerprint().equals(fingerprint)) {
            throw org.imhfinder.searchapi.request.ApiProblem.badParameter("cursor", "belongs to a different queue view");
        }
        if (cursor != null) {
            cursor.checkShape(CURSOR_SHAPE);
        }
        JsonNode response = index.search(body(reasons, size, cursor)).orElse(Json.mapper().createObjectNode());
        JsonNode hits = response.path("hits").path("hits");
        List<JsonNode> items = new ArrayList<>();
        for (int i = 0; i < Math.min(size, hits.size()); i++) {
            items.add(item(hits.get(i).path("_source")));
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("total", response.path("hits").path("total").path("value").asLong());
        page.put("items", items);
        page.put("nextCursor", hits.size() > size ? new Cursor(Json.mapper().convertValue(hits.get(size - 1).path("sort"),
                Json.mapper().getTypeFactory().constructCollectionType(List.class, Object.class)), Relaxation.NONE, fingerprint).encode()
                : null);
        return page;
    }

    static ObjectNode body(List<ReviewReason> reasons, int size, Cursor cursor) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("size", size + 1).put("track_total_hits", true);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode filter = bool.putArray("filter");
        filter.addObject().putObject("range").putObject(IndexFields.REVIEW_PRIORITY).put("gt", 0);
        if (!reasons.isEmpty()) {
            filter.addObject().putObject("terms").set(IndexFields.FRESHNESS_REASONS,
                    Json.mapper().valueToTree(reasons.stream().map(Enum::name).toList()));
        }
        ArrayNode mustNot = bool.putArray("must_not");
        mustNot.addObject().putObject("term").put(IndexFields.RETIRED, true);
        mustNot.addObject().putObject("range").putObject(IndexFields.SNOOZED_UNTIL).put("gt", "now");
        ArrayNode sort = body.putArray("sort");
        sort.addObject().putObject(IndexFields.REVIEW_PRIORITY).put("order", "desc");
        sort.addObject().putObject(IndexFields.LAST_CONFIRMED_AT).put("order", "asc").put("missing", "_first");
        sort.addObject().putObject(IndexFields.ID).put("order", "asc");
        if (cursor != null) {
            body.set("search_after", Json.mapper().valueToTree(cursor.after()));
        }
        ArrayNode excludes = body.putObject("_source").putArray("excludes");
        IndexFields.NOT_FOR_CURATORS.forEach(excludes::add);
        excludes.add(IndexFields.HISTORY);
        return body;
    }

    private static JsonNode item(JsonNode source) {
        ObjectNode item = source.deepCopy();
        ArrayNode recent = Json.mapper().createArrayNode();
        JsonNode history = source.path(IndexFields.REVIEW_HISTORY);
        for (int i = Math.max(0, history.size() - RECENT_HISTORY); i < history.size(); i++) {
            recent.add(history.get(i));
        }
        item.remove(IndexFields.REVIEW_HISTORY);
        item.set("recentHistory", recent);
        if (!item.has("changedFields")) {
            item.putArray("changedFields");
        }
        return item;
    }
}

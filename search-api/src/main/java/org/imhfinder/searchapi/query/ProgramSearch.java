package org.imhfinder.searchapi.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.SearchIndex;

/**
 * Searches the programs index: free text over name, level, provider and description (stemmed
 * English, name and level weigh most), results with highlights.
 */
public final class ProgramSearch {
    static final List<String> TEXT_FIELDS = List.of("name^4", "level^3", "provider.name^2", "alignsWith^2", "description");

    private final ElasticsearchClient client;

    public ProgramSearch(ElasticsearchClient client) {
        this.client = client;
    }

    public Map<String, Object> search(SearchRequest request) throws IOException {
        Query query = request.q() == null
                ? Query.of(q -> q.matchAll(m -> m))
                : Query.of(q -> q.multiMatch(m -> m.query(request.q()).fields(TEXT_FIELDS)));
        SearchResponse<ObjectNode> response = client.search(s -> s.index(SearchIndex.PROGRAMS_ALIAS)
                .query(query)
                .size(request.size())
                .trackTotalHits(t -> t.enabled(true))
                .highlight(h -> h.fields("name", f -> f).fields("description", f -> f.fragmentSize(160).numberOfFragments(2))),
                ObjectNode.class);
        List<Object> items = new ArrayList<>();
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            ObjectNode item = hit.source();
            item.remove("suggest");
            item.set("highlights", Json.mapper().valueToTree(hit.highlight()));
            items.add(item);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", response.hits().total() == null ? items.size() : response.hits().total().value());
        body.put("items", items);
        body.put("facets", Map.of());
        body.put("nextCursor", null);
        return body;
    }

    public Optional<ObjectNode> get(String id) throws IOException {
        GetResponse<ObjectNode> response = client.get(g -> g.index(SearchIndex.PROGRAMS_ALIAS).id(id), ObjectNode.class);
        if (!response.found()) {
            return Optional.empty();
        }
        ObjectNode listing = response.source();
        listing.remove("suggest");
        return Optional.of(listing);
    }
}

package org.imhfinder.searchapi.relevance;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.imhfinder.schema.Json;

/**
 * The baseline: what a generic crawler's site search does with the same sites. Every page is one
 * document (title and body text, English-stemmed like the programs index) and a query is one plain
 * {@code multi_match} over both: no vocabulary, no programs, no ranking of its own.
 */
final class SiteSearch {
    private SiteSearch() {
    }

    static void index(ElasticsearchClient client, String name, List<RealWebCorpus.Page> pages) throws IOException {
        client.indices().create(c -> c.index(name).withJson(new StringReader("""
                {"settings": {"number_of_replicas": 0, "analysis": {
                   "filter": {"stop_en": {"type": "stop", "stopwords": "_english_"}},
                   "analyzer": {"english": {"type": "custom", "tokenizer": "standard",
                     "filter": ["lowercase", "imh_ascii_folding", "imh_english_possessive", "stop_en", "imh_porter_stem"]}}}},
                 "mappings": {"properties": {"site": {"type": "keyword"}, "path": {"type": "keyword"},
                   "title": {"type": "text", "analyzer": "english"}, "body": {"type": "text", "analyzer": "english"}}}}
                """)));
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(name).refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
        for (RealWebCorpus.Page page : pages) {
            ObjectNode document = Json.mapper().createObjectNode().put("site", page.site()).put("path", page.path())
                    .put("title", page.title()).put("body", page.body());
            bulk.operations(op -> op.index(i -> i.document(document)));
        }
        if (client.bulk(bulk.build()).errors()) {
            throw new IllegalStateException("the site search's pages were not all indexed");
        }
    }

    static List<RealWebCorpus.Page> search(ElasticsearchClient client, String name, String q, int size) throws IOException {
        SearchResponse<ObjectNode> response = client.search(s -> s.index(name).size(size)
                .query(query -> query.multiMatch(m -> m.query(q).fields("title", "body"))), ObjectNode.class);
        List<RealWebCorpus.Page> pages = new ArrayList<>();
        response.hits().hits().forEach(hit -> pages.add(new RealWebCorpus.Page(hit.source().path("site").asText(),
                hit.source().path("path").asText(), hit.source().path("title").asText(), "")));
        return pages;
    }
}

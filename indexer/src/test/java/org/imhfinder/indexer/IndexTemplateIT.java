package org.imhfinder.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imhfinder.indexer.Fixtures.decision;
import static org.imhfinder.indexer.Fixtures.listing;

import co.elastic.clients.elasticsearch.core.search.CompletionContext;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imhfinder.es.ElasticsearchClients;
import org.imhfinder.es.IndexFields;
import org.imhfinder.es.ProgramIndex;
import org.imhfinder.schema.CurationAction;
import org.imhfinder.schema.SearchIndex;
import org.imhfinder.testkit.ImhStackExtension;
import org.imhfinder.testkit.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The index template on the real minimal Elasticsearch: stemming, autocomplete by status, evolving an older index. */
@ExtendWith(ImhStackExtension.class)
class IndexTemplateIT {

    @Test
    void fullTextStemsEnglishAndAutocompleteLeavesRetiredListingsOut(TestStack stack) throws Exception {
        stack.reset();
        String visible = "prg-" + UUID.randomUUID();
        String retired = "prg-" + UUID.randomUUID();
        try (IndexerHarness indexer = IndexerHarness.start(stack, Map.of())) {
            Instant at = Instant.now();
            indexer.listing(Fixtures.withHash(listing(visible, "https://a.example/" + visible, at).toBuilder()
                    .name("Reflective Supervision Program").build()));
            indexer.listing(Fixtures.withHash(listing(retired, "https://a.example/" + retired, at).toBuilder()
                    .name("Reflective Practice Programs (old)").build()));
            indexer.decision(decision(retired, CurationAction.RETIRE, at.plusSeconds(1)));
            indexer.awaitSettled();

            long stemmed = indexer.es().count(c -> c.index(SearchIndex.PROGRAMS_ALIAS)
                    .query(q -> q.match(m -> m.field("name").query("programs supervising")))).count();
            assertThat(stemmed).isEqualTo(2);

            List<String> suggested = indexer.es().search(s -> s.index(SearchIndex.PROGRAMS_ALIAS)
                    .suggest(g -> g.suggesters("names", f -> f.prefix("reflec").completion(c -> c.field(IndexFields.SUGGEST)
                            .contexts(IndexFields.SUGGEST_STATUS_CONTEXT, List.of(
                                    status("FRESH"), status("AGING"), status("STALE")))))), ObjectNode.class)
                    .suggest().get("names").get(0).completion().options().stream()
                    .map(CompletionSuggestOption::text).toList();
            assertThat(suggested).containsExactly("Reflective Supervision Program");
        }
    }

    private static CompletionContext status(String status) {
        return CompletionContext.of(c -> c.context(v -> v.category(status)));
    }

    @Test
    void anIndexFromAnOlderTemplateGainsTheNewFieldsInPlace(TestStack stack) throws Exception {
        stack.reset();
        try (ElasticsearchClients es = new ElasticsearchClients(stack.elasticsearchUrl())) {
            es.client().indices().create(c -> c.index(ProgramIndex.FIRST_INDEX)
                    .mappings(m -> m.withJson(new StringReader("{\"dynamic\":false,\"properties\":{\"id\":{\"type\":\"keyword\"}}}")))
                    .aliases(SearchIndex.PROGRAMS_ALIAS, a -> a.isWriteIndex(true)));

            new ProgramIndex(es.client()).ensure();

            var mapping = es.client().indices().getMapping(g -> g.index(ProgramIndex.FIRST_INDEX))
                    .get(ProgramIndex.FIRST_INDEX).mappings().properties();
            assertThat(mapping).containsKeys("indexer", "freshness", "curation", "sourceUrl", "previousUrls");
            assertThat(new ProgramIndex(es.client()).writeIndex()).contains(ProgramIndex.FIRST_INDEX);
            assertThat(new ProgramIndex(es.client()).nextVersion()).isEqualTo(ProgramIndex.INDEX_PREFIX + "0002");
        }
    }
}

package org.imhfinder.searchapi.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.imhfinder.schema.Json;
import org.imhfinder.searchapi.request.ApiProblem;
import org.imhfinder.searchapi.request.QueryParameters;
import org.junit.jupiter.api.Timeout;

/**
 * Any query string of {@code GET /programs} is a valid search, whose Elasticsearch bodies (first try
 * and relaxed) can be built, or an {@link ApiProblem} with a 4xx status naming what was wrong; never
 * another exception (a 500), never a hang. Seeds: {@code SearchParametersFuzzTestInputs/} (run by
 * every build); {@code -Pfuzz} fuzzes from them.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SearchParametersFuzzTest {
    private static final QueryEnrichment ENRICHMENT = QueryEnrichments.standard();
    /** Only builds bodies here: no index behind it. */
    private static final ProgramSearch SEARCH = new ProgramSearch(null, ENRICHMENT);

    @FuzzTest(maxDuration = "5m")
    void anyQueryStringIsASearchOrABadRequest(byte[] data) {
        String query = new String(data, StandardCharsets.UTF_8);
        try {
            SearchRequest request = SearchParameters.read(QueryParameters.parse(query, SearchParameters.NAMES));
            assertThat(request.size()).isBetween(1, SearchRequest.MAX_SIZE);
            assertThat(request.q()).satisfiesAnyOf(q -> assertThat(q).isNull(),
                    q -> assertThat(q).isNotBlank().hasSizeLessThanOrEqualTo(SearchRequest.MAX_QUERY_LENGTH));
            ObjectNode body = SEARCH.bodyFor(request);
            ObjectNode relaxed = SearchQuery.body(request, request.q() == null || !request.interpret()
                    ? Interpretation.literal(request.q()) : ENRICHMENT.interpret(request.q()), Relaxation.WORDS);
            assertThat(Json.write(body)).isNotBlank();
            assertThat(Json.write(relaxed)).isNotBlank();
        } catch (ApiProblem refused) {
            assertThat(refused.status()).isIn(400, 414);
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}

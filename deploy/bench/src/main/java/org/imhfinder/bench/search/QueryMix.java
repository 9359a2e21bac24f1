package org.imhfinder.bench.search;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.imhfinder.schema.Json;
import org.imhfinder.schema.SearchIndex;
import org.imhfinder.searchapi.query.ProgramSearch;
import org.imhfinder.searchapi.query.QueryEnrichments;
import org.imhfinder.searchapi.query.SearchParameters;
import org.imhfinder.searchapi.request.QueryParameters;

/**
 * What people search, in the proportions the search page sends them: words alone, words with a
 * filter, filters alone, the browse page with no words, sorts and larger pages. The same mix
 * goes to the API and, as the very bodies the API would send, straight to Elasticsearch.
 */
final class QueryMix {
    static final List<String> QUERIES = List.of(
            "q=endorsement",
            "q=online+certificate+infant-parent+psychotherapy+Colorado",
            "q=reflective+supervision&region=MI",
            "region=CA&credential=ENDORSEMENT",
            "q=infant+mental+health+specialist&sort=deadline",
            "q=attachment+trauma&education=BACHELORS",
            "",
            "q=CPP&size=50",
            "q=infant+family+associate&delivery=ONLINE",
            "q=graduate+certificate&freshness=FRESH");

    /** The search the repeated-search row makes over and over: words with a filter, as the search page sends them. */
    static final String REPEATED = "q=reflective+supervision&region=MI";

    private QueryMix() {
    }

    static List<HttpRequest> throughApi(URI base) {
        return throughApi(base, QUERIES);
    }

    static List<HttpRequest> straightToElasticsearch(URI elasticsearch) {
        return straightToElasticsearch(elasticsearch, QUERIES);
    }

    static List<HttpRequest> throughApi(URI base, List<String> queries) {
        return queries.stream().map(q -> HttpRequest.newBuilder(base.resolve("/api/v1/programs?" + q))
                .timeout(Duration.ofSeconds(30)).GET().build()).toList();
    }

    static List<HttpRequest> straightToElasticsearch(URI elasticsearch, List<String> queries) {
        ProgramSearch bodies = new ProgramSearch(null, QueryEnrichments.standard());
        URI search = elasticsearch.resolve("/" + SearchIndex.PROGRAMS_ALIAS + "/_search");
        return queries.stream().map(q -> {
            String body = Json.write(bodies.bodyFor(SearchParameters.read(QueryParameters.parse(q, SearchParameters.NAMES))));
            return HttpRequest.newBuilder(search).header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }).toList();
    }
}

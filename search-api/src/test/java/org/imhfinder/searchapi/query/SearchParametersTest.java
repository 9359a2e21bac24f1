package org.imhfinder.searchapi.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.imhfinder.schema.Education;
import org.imhfinder.searchapi.request.ApiProblem;
import org.imhfinder.searchapi.request.QueryParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchParametersTest {
    private static SearchRequest read(String query) {
        return SearchParameters.read(QueryParameters.parse(query, SearchParameters.NAMES));
    }

    @Test
    void filtersTakeRepeatedAndCommaSeparatedValuesInAnyCase() {
        SearchRequest request = read("region=mi,co&region=IN&delivery=online&credential=graduate-certificate&freshness=gone");

        assertThat(request.filterValues(Facet.REGION)).containsExactly("CO", "IN", "MI");
        assertThat(request.filterValues(Facet.DELIVERY)).containsExactly("ONLINE");
        assertThat(request.filterValues(Facet.CREDENTIAL)).containsExactly("GRADUATE_CERTIFICATE");
        assertThat(request.freshness()).containsExactly("GONE");
    }

    @Test
    void withoutParametersItIsTheFirstPageOfEverythingCurrentByRelevance() {
        SearchRequest request = read("");

        assertThat(request.q()).isNull();
        assertThat(request.size()).isEqualTo(20);
        assertThat(request.sort()).isEqualTo(SortOrder.RELEVANCE);
        assertThat(request.freshness()).containsExactlyInAnyOrder("FRESH", "AGING", "STALE");
        assertThat(request.interpret()).isTrue();
    }

    @Test
    void theHighestEducationGivenCounts() {
        assertThat(read("education=CDA&education=masters").education()).isEqualTo(Education.MASTERS);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "20 words  | a+b+c+d+e+f+g+h+i+j+k+l+m+n+o+p+q+r+s+t   | ",
            "21 words  | a+b+c+d+e+f+g+h+i+j+k+l+m+n+o+p+q+r+s+t+u | at most 20 words",
            "201 chars | LONG                                      | at most 200 characters"})
    void theQueryIsCappedInCharactersAndWords(String label, String q, String refusal) {
        String query = "q=" + ("LONG".equals(q) ? "x".repeat(201) : q);
        if (refusal == null) {
            assertThat(read(query).q()).isNotBlank();
        } else {
            assertThatThrownBy(() -> read(query)).isInstanceOf(org.imhfinder.searchapi.request.ApiProblem.class)
                    .hasMessageContaining("'q'").hasMessageContaining(refusal);
        }
    }

    @Test
    void controlCharactersInTheTextAreSpaces() {
        assertThat(read("q=infant%00mental%0Ahealth").q()).isEqualTo("infant mental health");
    }

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource({"size=0, size", "size=x, size", "size=1&size=2, size", "sort=best, sort", "region=XYZ, region",
            "sourceId=Bad_Id, sourceId", "topic=CATS, topic", "interpret=maybe, interpret", "colour=red, colour",
            "minimumEducation=PHD, minimumEducation", "education=PHD, education"})
    void aBadParameterIsA400NamingIt(String query, String parameter) {
        assertThatThrownBy(() -> read(query)).isInstanceOf(ApiProblem.class)
                .hasMessageContaining("'" + parameter + "'")
                .satisfies(e -> assertThat(((ApiProblem) e).status()).isEqualTo(400));
    }
}

package org.imhfinder.searchapi.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imhfinder.searchapi.http.ApiProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CursorTest {
    @Test
    void aCursorSurvivesTheRoundTrip() {
        Cursor cursor = new Cursor(List.of(1.25, "prg-1"), true, Cursor.fingerprintOf(SearchRequest.text("x")));

        Cursor decoded = Cursor.decode(cursor.encode());

        assertThat(decoded.after()).containsExactly(1.25, "prg-1");
        assertThat(decoded.relaxed()).isTrue();
        decoded.checkBelongsTo(SearchRequest.text("x"));
    }

    @Test
    void aCursorOfAnotherSearchIsRefused() {
        Cursor cursor = new Cursor(List.of("a"), false, Cursor.fingerprintOf(SearchRequest.text("x")));
        SearchRequest other = new SearchRequest("x", Map.of(Facet.REGION, Set.of("MI")), null, SortOrder.RELEVANCE, 20,
                null, true);

        assertThatThrownBy(() -> cursor.checkBelongsTo(other)).isInstanceOf(ApiProblem.class).hasMessageContaining("'cursor'");
    }

    @Test
    void theSizeOfAPageIsNotPartOfTheSearch() {
        SearchRequest small = new SearchRequest("x", Map.of(), null, SortOrder.RELEVANCE, 5, null, true);

        assertThat(Cursor.fingerprintOf(small)).isEqualTo(Cursor.fingerprintOf(SearchRequest.text("x")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!!", "bm90LWEtY3Vyc29y", "eyJ2IjoxLCJhIjpbXSwiZiI6IngifQ", "eyJ2IjoxLCJhIjpbeyJ4IjoxfV0sImYiOiJ4In0"})
    void anythingElseIsA400NamingTheCursor(String text) {
        assertThatThrownBy(() -> Cursor.decode(text)).isInstanceOf(ApiProblem.class).hasMessageContaining("'cursor'");
    }

    @Test
    void aHugeCursorIsRefusedUnread() {
        assertThatThrownBy(() -> Cursor.decode("a".repeat(Cursor.MAX_LENGTH + 1))).hasMessageContaining("longer than");
    }
}

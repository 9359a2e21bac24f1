package org.imhfinder.searchapi.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imhfinder.searchapi.request.ApiProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CursorTest {
    @Test
    void aCursorSurvivesTheRoundTrip() {
        Cursor cursor = new Cursor(List.of(1.25, "prg-1"), Relaxation.WORDS, Cursor.fingerprintOf(SearchRequest.text("x")));

        Cursor decoded = Cursor.decode(cursor.encode());

        assertThat(decoded.after()).containsExactly(1.25, "prg-1");
        assertThat(decoded.relaxation()).isEqualTo(Relaxation.WORDS);
        decoded.checkBelongsTo(SearchRequest.text("x"));
    }

    @Test
    void aCursorOfAnotherSearchIsRefused() {
        Cursor cursor = new Cursor(List.of("a"), Relaxation.NONE, Cursor.fingerprintOf(SearchRequest.text("x")));
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

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("forgedForRelevance")
    void aForgedCursorWithTheRightFingerprintButWrongValuesIsA400(List<Object> after) {
        Cursor forged = Cursor.decode(new Cursor(after, Relaxation.NONE, Cursor.fingerprintOf(SearchRequest.text("x"))).encode());

        assertThatThrownBy(() -> forged.checkBelongsTo(SearchRequest.text("x"))).isInstanceOf(ApiProblem.class)
                .hasMessageContaining("'cursor'");
    }

    static List<List<Object>> forgedForRelevance() {
        return List.of(List.of("1.5", "prg-1"), List.of(1.5, 7), List.of(1.5), List.of(1.5, "a", "b"),
                List.of(new java.math.BigInteger("1" + "0".repeat(30)), "a"), List.of(1.5, "x".repeat(600)));
    }

    @Test
    void theSortValuesOfEachSortAreChecked() {
        List<Cursor.SortValue> queue = List.of(Cursor.SortValue.INT, Cursor.SortValue.LONG, Cursor.SortValue.TEXT);

        new Cursor(List.of(30, Long.MIN_VALUE, "prg-1"), Relaxation.NONE, "f").checkShape(queue);
        assertThatThrownBy(() -> new Cursor(List.of(3_000_000_000L, 0, "prg-1"), Relaxation.NONE, "f").checkShape(queue))
                .isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> new Cursor(List.of(1.5, 0, "prg-1"), Relaxation.NONE, "f").checkShape(queue))
                .isInstanceOf(ApiProblem.class);
    }

    @Test
    void aHugeCursorIsRefusedUnread() {
        assertThatThrownBy(() -> Cursor.decode("a".repeat(Cursor.MAX_LENGTH + 1))).hasMessageContaining("longer than");
    }
}

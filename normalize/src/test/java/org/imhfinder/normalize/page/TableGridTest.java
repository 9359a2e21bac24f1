package org.imhfinder.normalize.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableGridTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            plain rows                 | <tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr>                                   | a b / c d
            a cell spanning two rows   | <tr><td rowspan=2>a</td><td>b</td></tr><tr><td>d</td></tr>                                  | a b / a d
            a cell spanning columns    | <tr><td>a</td><td>b</td><td>c</td></tr><tr><td>x</td><td colspan=2>y</td></tr>               | a b c / x y y
            both, in the middle        | <tr><td>a</td><td rowspan=2>b</td><td>c</td></tr><tr><td>x</td><td>z</td></tr>               | a b c / x b z
            a short row                | <tr><td>a</td><td>b</td><td>c</td></tr><tr><td>x</td></tr>                                   | a b c / x - -
            a runaway colspan          | <tr><td colspan=99999>a</td></tr>                                                            | a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a
            """)
    void aTableIsReadAsItsReaderSeesIt(String which, String rows, String expected) {
        Element table = Jsoup.parse("<table>" + rows + "</table>").selectFirst("table");

        List<List<Element>> grid = TableGrid.of(table);

        assertThat(String.join(" / ", grid.stream().map(r -> String.join(" ", r.stream()
                .map(c -> c == null ? "-" : c.text()).toList())).toList())).isEqualTo(expected);
    }
}

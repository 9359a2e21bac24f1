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
            a cell across four levels   | <tr><th>-<th>L1<th>L2<th>L3<th>L4<tr><td>Training<td colspan=4>30 h                  | - L1 L2 L3 L4 / Training 30h 30h 30h 30h
            a cell down two rows        | <tr><th>Level<th>Training<tr><td>L1<td rowspan=2>30 h<tr><td>L2                      | Level Training / L1 30h / L2 30h
            a two-row header            | <tr><th rowspan=2>-<th colspan=2>Mentor<tr><th>Clinical<th>Policy<tr><td>RS<td>50<td>0 | - Mentor Mentor / - Clinical Policy / RS 50 0
            a title across the table    | <tr><th colspan=2>IFA Requirements<tr><td>Training<td>30 h                                 | Training 30h
            a span past the cap         | <tr><td colspan=999>x<td>y                                                               | 50 cells
            a span that is not a number | <tr><td colspan=all>x<td>y                                                               | x y
            """)
    void spanningCellsStandInEveryPositionTheyCover(String what, String rows, String expected) {
        List<List<Element>> grid = TableGrid.of(Jsoup.parse("<table>" + rows + "</table>").selectFirst("table"));
        assertThat(render(grid)).isEqualTo(expected);
    }

    private static String render(List<List<Element>> grid) {
        if (grid.size() == 1 && grid.get(0).size() == 51) {
            return "50 cells";
        }
        return String.join(" / ", grid.stream()
                .map(row -> String.join(" ", row.stream().map(c -> c.text().replace(" ", "")).toList())).toList());
    }
}

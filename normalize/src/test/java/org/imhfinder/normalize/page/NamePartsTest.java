package org.imhfinder.normalize.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NamePartsTest {
    private static final NameParts NAMES = new NameParts("nav", "footer", "widget-area", "back-to-top", "cookies");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "footer                | true",
            "site-footer-widget    | true",
            "site_footer           | true",
            "footer nav            | true",
            "footers               | false",
            "sitefooter            | false",
            "main-widget-area      | true",
            "widget_area           | false",
            "widget-areas          | false",
            "go-back-to-top        | true",
            "-nav-                 | true",
            "navy                  | false",
            "''                    | false",
    })
    void findsRunsOfWholeParts(String name, boolean found) {
        assertThat(NAMES.in(name)).as(name).isEqualTo(found);
    }

    /** The same answer as the regular expression it stands for, on random names made of the names' own pieces. */
    @Test
    void agreesWithThePatternOnRandomNames() {
        Pattern pattern = Pattern.compile("(^|[-_ ])(nav|footer|widget-area|back-to-top|cookies)($|[-_ ])");
        String[] pieces = {"nav", "foot", "er", "footer", "widget", "area", "back", "to", "top", "cookie", "s", "-", "_", " ", "x", "--"};
        Random random = new Random(11);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder name = new StringBuilder();
            for (int i = random.nextInt(7); i > 0; i--) {
                name.append(pieces[random.nextInt(pieces.length)]);
            }
            String n = name.toString();
            assertThat(NAMES.in(n)).as("\"%s\"", n).isEqualTo(pattern.matcher(n).find());
        }
    }
}

package org.imhfinder.normalize.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostalAddressesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <footer><p>1255 23rd Street NW<br>Washington, DC 20037</p></footer>                        | Washington, DC 20037
            <div class="site-footer__info">Erikson Institute<br>451 N. LaSalle<br>Chicago, Illinois 60654</div> | Chicago, Illinois 60654
            <address>1430 Main Street, Waltham, MA 02451</address>                                  | Waltham, MA 02451
            <div id="contact-block">Salt Lake City, UT 84112-5500</div>                              | Salt Lake City, UT 84112-5500
            """)
    void anAddressInTheFooterOrContactBlockIsRead(String html, String address) {
        assertThat(PostalAddresses.of(Jsoup.parse("<main><p>Program text.</p></main>" + html))).containsExactly(address);
    }

    @Test
    void theFooterComesFirstAndAPlaceWithoutAZipIsNoAddress() {
        String html = "<main><p>Sessions meet in Denver, CO.</p><p>Mail to Boston, MA 02111.</p></main>"
                + "<footer>Seattle, WA 98104</footer>";
        assertThat(PostalAddresses.of(Jsoup.parse(html))).containsExactly("Seattle, WA 98104");
    }

    @Test
    void aPlaceWithoutAZipCountsInTheFooterAfterTheFullAddresses() {
        assertThat(PostalAddresses.of(Jsoup.parse("<main><p>Text.</p></main><footer><p>Lansing, Michigan</p><p>Privacy, Terms</p></footer>")))
                .containsExactly("Lansing, Michigan", "Privacy, Terms");
        assertThat(PostalAddresses.of(Jsoup.parse("<footer><p>Lansing, Michigan</p><p>Box 1, Troy, AL 36082</p></footer>")))
                .containsExactly("Troy, AL 36082", "Lansing, Michigan");
        assertThat(PostalAddresses.of(Jsoup.parse("<main><p>We train in Denver, Colorado.</p></main>"))).isEmpty();
    }

    @Test
    void addressesInTheContentCountOnlyWhenTheyAgreeOnAState() {
        assertThat(PostalAddresses.of(Jsoup.parse("<main><p>Write to us at Troy, AL 36082.</p></main>")))
                .containsExactly("Troy, AL 36082");
        assertThat(PostalAddresses.of(Jsoup.parse("<main><p>Aurora, CO 80045</p><p>New Haven, CT 06510</p></main>"))).isEmpty();
    }

    /** The address pattern as written, searched at every position: what {@code find} must find. */
    private static final Pattern ADDRESS = Pattern.compile(
            "\\b[A-Z][a-z]+(?:\\.? [A-Z][a-z]+){0,2},? +(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\\.?,? +\\d{5}(?:-\\d{4})?\\b");

    @Test
    void findsWhatAPlainSearchFindsOnRandomTexts() {
        String[] parts = {"Seattle", "Salt Lake City", "New Haven", "St. Paul", "Ann Arbor", "WA", "MI", "Illinois", "New York",
                "suite", "PO Box", ", ", ",", " ", "  ", ".", "\n", "-", "(517) 432-3793", "98104", "02451", "84112-5500",
                "123456", "4567", "60654 ", "x", "A1", "Main Street", "Chicago,IL 60601", "\u00e9t\u00e9"};
        Random random = new Random(5);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int words = random.nextInt(12); words >= 0; words--) {
                text.append(parts[random.nextInt(parts.length)]);
                if (random.nextInt(3) > 0) {
                    text.append(' ');
                }
            }
            String t = text.toString();
            assertThat(PostalAddresses.find(t)).as("\"%s\"", t).isEqualTo(plain(t));
        }
    }

    private static List<String> plain(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            found.add(m.group().replaceAll("\\s+", " "));
        }
        return new ArrayList<>(found);
    }
}

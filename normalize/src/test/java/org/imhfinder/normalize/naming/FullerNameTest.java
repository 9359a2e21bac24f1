package org.imhfinder.normalize.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.imhfinder.vocabulary.Vocabulary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FullerNameTest {
    private final FullerName fuller = new FullerName(Vocabulary.standard());

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
            Postdoctoral Fellowship => <h2>Postdoctoral Fellowship in Infant and Early Childhood Mental Health</h2> => Postdoctoral Fellowship in Infant and Early Childhood Mental Health
            CERTIFICATE INFORMATION => <h2>What is infant mental health?</h2><h2>Infant and Early Childhood Mental Health Certificate</h2> => Infant and Early Childhood Mental Health Certificate
            Postdoctoral Fellowship => <h2>Who should apply</h2><h3>Training experiences</h3> => Postdoctoral Fellowship
            Infant Mental Health Certificate => <h2>Infant Mental Health Certificate for Early Childhood Educators</h2> => Infant Mental Health Certificate
            Community Fellowship => <h2>Postdoctoral Fellowship in Infant Mental Health</h2> => Community Fellowship
            Infant, Child, and Family Mental Health and Development Today => <h2>Master's in Infant, Child, and Family Mental Health and Development</h2> => Master's in Infant, Child, and Family Mental Health and Development
            Infant Mental Health Training => <h2>Infant Mental Health Training Topics</h2> => Infant Mental Health Training
            """)
    void aShortPageHeadingTakesTheFullNameAHeadingBelowGivesIt(String name, String below, String expected) {
        Element content = Jsoup.parseBodyFragment("<h1>" + name + "</h1><p>Text.</p>" + below).body();

        assertThat(fuller.of(name, content.selectFirst("h1"), content)).isEqualTo(expected);
    }
}

package org.imhfinder.normalize.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {
    private static final Pattern YEARS = Pattern.compile("(?i)\\b" + Numbers.RANGE + "\\s+years?");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2 years              | 2
            two years            | 2
            fourteen years       | 14
            forty-eight years    | 48
            three (3) years      | 3
            one to two years     | 1
            1.5 years            | 1.5
            """)
    void aNumberIsReadInDigitsOrWords(String text, double value) {
        Matcher m = YEARS.matcher(text);
        assertThat(m.find()).isTrue();
        assertThat(Numbers.value(m.group(1))).isEqualTo(value);
    }
}

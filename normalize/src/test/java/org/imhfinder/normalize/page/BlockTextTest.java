package org.imhfinder.normalize.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlockTextTest {
    /** The two replacements the scan stands for: runs of spaces and tabs, then a break with the spaces around it. */
    private static String byExpressions(String raw) {
        String spaced = Pattern.compile("[ \\t]+").matcher(raw.replace('\u00A0', ' ')).replaceAll(" ");
        return Pattern.compile(" ?\\n[ \\n]*").matcher(spaced).replaceAll("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n", "a", "a  b", "a\t \tb", "a \n b", "a\n\n\nb", "a \t\n \n\t c", "\u00A0a\u00A0\u00A0b\u00A0",
            "a\r\nb", " \n ", "a \u00A0\nb", "x\n \u00A0\n\ty ", "a\fb \f", "Training:  30 hours\n | 12 | \n"})
    void spacingIsWhatTheExpressionsMadeIt(String raw) {
        assertThat(BlockText.spaced(raw)).isEqualTo(byExpressions(raw));
    }
}

package org.imhfinder.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;

/**
 * Any text given as a sources file is either a list of complete sources or a {@link SourcesException}
 * whose every problem says {@code file:line: reason}; never another exception, never a hang. Seeds:
 * {@code SourcesFileFuzzTestInputs/} (run by every build); {@code -Pfuzz} fuzzes from them.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SourcesFileFuzzTest {
    private static final String FILE = "fuzz/sources.yml";
    private static final Pattern PROBLEM = Pattern.compile(Pattern.quote(FILE) + ":\\d+: \\S.*", Pattern.DOTALL);

    @FuzzTest(maxDuration = "5m")
    void anyTextIsSourcesOrProblemsWithTheirLines(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        try {
            List<SourceDefinition> sources = SourcesFile.parse(FILE, text);
            assertThat(sources).isNotEmpty().allSatisfy(SourcesFileFuzzTest::isComplete);
        } catch (SourcesException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).matches(PROBLEM));
        }
    }

    private static void isComplete(SourceDefinition source) {
        assertThat(source.id()).matches("[a-z0-9-]+");
        assertThat(source.name()).isNotBlank();
        assertThat(source.providerType()).isNotNull();
        assertThat(source.seeds()).isNotEmpty().allSatisfy(seed -> assertThat(source.allowsHost(seed)).isTrue());
        assertThat(source.extraction()).allSatisfy(rule -> assertThat(rule.fields()).isNotEmpty()
                .allSatisfy((field, selector) -> assertThat(selector).isNotBlank()));
    }
}

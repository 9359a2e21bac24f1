package org.imhfinder.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.imhfinder.config.ConfigException;
import org.imhfinder.normalize.extract.ProgramExtractor;
import org.imhfinder.normalize.fields.Readers;
import org.imhfinder.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

class NormalizeStageTest {
    private final Readers readers = new Readers(Vocabulary.standard());

    @Test
    void extractorsRunInTheOrderTheSettingNamesThem() {
        assertThat(NormalizeStage.extractors(List.of("generic", "structured-data"), readers))
                .extracting(ProgramExtractor::name).containsExactly("generic", "structured-data");
    }

    @Test
    void anUnknownExtractorStopsStartUpNamingTheSetting() {
        assertThatThrownBy(() -> NormalizeStage.extractors(List.of("generic", "llm"), readers))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("IMH_NORMALIZE_EXTRACTORS").hasMessageContaining("'llm'");
    }
}

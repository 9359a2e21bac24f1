package org.imhfinder.bench.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.imhfinder.schema.PageEvent;
import org.imhfinder.sources.SourceDefinition;
import org.junit.jupiter.api.Test;

class CorpusPagesTest {
    @Test
    void everyHtmlPageOfTheDemoWebIsAPageOfItsSource() {
        List<SourceDefinition> sources = CorpusPages.sources();

        List<PageEvent> pages = CorpusPages.pages(sources);

        assertThat(pages).hasSizeGreaterThan(20);
        assertThat(pages).extracting(PageEvent::sourceId).containsAll(sources.stream().map(SourceDefinition::id).toList());
        assertThat(pages).allSatisfy(p -> assertThat(p.body()).contains("<"));
        assertThat(pages).extracting(PageEvent::url).doesNotHaveDuplicates().noneMatch(u -> u.endsWith("index.html"));
    }
}

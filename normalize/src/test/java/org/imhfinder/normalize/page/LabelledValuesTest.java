package org.imhfinder.normalize.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.imhfinder.normalize.Fixtures;
import org.imhfinder.normalize.fields.TermReader;
import org.imhfinder.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

class LabelledValuesTest {
    private final LabelledValues values = new LabelledValues(new TermReader(Vocabulary.standard())::label);

    @Test
    void detailsDefinitionListsAndHeaderCellsAreLabelledValues() {
        Page page = Fixtures.page("accordion-details-summary.html");

        List<Labelled> found = values.collect(List.of(page.content()));

        assertThat(found).extracting(Labelled::group, Labelled::value).contains(
                tuple("education", "CDA or associate’s degree"),
                tuple("training", "30 clock hours of relationship-based training"),
                tuple("experience", "Two years of paid work with infants and families"),
                tuple("reflectiveSupervision", "Recommended"));
    }

    @Test
    void anAriaAccordionsButtonLabelsItsPanel() {
        Page page = Fixtures.page("wix-page-with-top-of-page-anchors.html");

        assertThat(values.collect(List.of(page.content()))).extracting(Labelled::group, Labelled::value)
                .containsExactly(tuple("education", "Master’s degree"));
    }

    @Test
    void boldLabelsInListsAreLabelledValuesAndUnknownLabelsAreNot() {
        Page page = Fixtures.page("wordpress-page-with-sidebar-and-cookie-banner.html");

        assertThat(values.collect(List.of(page.content()))).extracting(Labelled::label)
                .containsExactlyInAnyOrder("Education", "Training");
    }
}

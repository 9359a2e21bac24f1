package org.imhfinder.production.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrometheusTextTest {
    private static final String PAGE = """
            # HELP imh_crawl_pages_total
            # TYPE imh_crawl_pages_total counter
            imh_crawl_pages_total{host="127.0.0.1:4001",outcome="OK",} 12.0
            imh_crawl_pages_total{host="127.0.0.1:4002",outcome="OK",} 3.0
            imh_crawl_pages_total{host="127.0.0.1:4002",outcome="GONE",} 1.0
            imh_crawl_pages_total_extra 100.0
            imh_crawl_frontier_size 7.0 1700000000000
            """;

    @Test
    void sumsEverySampleOfTheMetricWhateverItsLabels() {
        assertThat(PrometheusText.sum(PAGE, "imh_crawl_pages_total")).isEqualTo(16.0);
    }

    @Test
    void sumsOnlyTheSamplesWithTheLabelWhenOneIsNamed() {
        assertThat(PrometheusText.sum(PAGE, "imh_crawl_pages_total", "outcome=\"OK\"")).isEqualTo(15.0);
    }

    @Test
    void readsASampleWithoutLabelsAndWithATimestamp() {
        assertThat(PrometheusText.sum(PAGE, "imh_crawl_frontier_size")).isEqualTo(7.0);
    }

    @Test
    void anAbsentMetricIsZero() {
        assertThat(PrometheusText.sum(PAGE, "imh_normalize_pages_total")).isZero();
    }
}

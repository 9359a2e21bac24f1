package org.imhfinder.ingest.frontier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HostQueuesTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final Set<String> robotsKnown = new HashSet<>();
    private final HostQueues frontier = new HostQueues(now::get, host -> !robotsKnown.contains(host));

    @Test
    void aHostsRobotsTxtIsFetchedBeforeAnythingElse() {
        frontier.add(page("https://a.org/x", 0));

        CrawlTask first = frontier.poll().orElseThrow();
        assertThat(first.kind()).isEqualTo(CrawlTask.Kind.ROBOTS);
        robotsKnown.add("a.org");
        frontier.release(first, Duration.ZERO, null);

        assertThat(frontier.poll()).map(CrawlTask::url).contains(URI.create("https://a.org/x"));
    }

    @Test
    void aHostHasOneTaskOutAtATimeAndWaitsItsDelayAfterIt() {
        robotsKnown.add("a.org");
        frontier.add(page("https://a.org/1", 0));
        frontier.add(page("https://a.org/2", 0));

        CrawlTask first = frontier.poll().orElseThrow();
        assertThat(frontier.poll()).isEmpty();
        frontier.release(first, Duration.ofSeconds(1), null);
        assertThat(frontier.poll()).isEmpty();
        now.addAndGet(Duration.ofMillis(999).toNanos());
        assertThat(frontier.poll()).isEmpty();
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(frontier.poll()).map(CrawlTask::url).contains(URI.create("https://a.org/2"));
    }

    @Test
    void otherHostsAreNotHeldUpByABusyOne() {
        robotsKnown.addAll(Set.of("a.org", "b.org"));
        frontier.add(page("https://a.org/1", 0));
        frontier.add(page("https://a.org/2", 0));
        frontier.add(page("https://b.org/1", 0));

        assertThat(frontier.poll()).map(CrawlTask::host).contains("a.org");
        assertThat(frontier.poll()).map(CrawlTask::host).contains("b.org");
        assertThat(frontier.poll()).isEmpty();
    }

    @Test
    void withinAHostSitemapsComeFirstThenShallowerPages() {
        robotsKnown.add("a.org");
        frontier.add(page("https://a.org/deep", 3));
        frontier.add(page("https://a.org/shallow", 1));
        frontier.add(CrawlTask.of(CrawlTask.Kind.SITEMAP, "c", "s", URI.create("https://a.org/sitemap.xml")));

        assertThat(drain()).extracting(t -> t.url().getPath()).containsExactly("/sitemap.xml", "/shallow", "/deep");
    }

    @Test
    void aRetryGoesBackToTheHeadOfItsHostAfterItsWait() {
        robotsKnown.add("a.org");
        frontier.add(page("https://a.org/flaky", 0));
        frontier.add(page("https://a.org/next", 0));
        CrawlTask flaky = frontier.poll().orElseThrow();

        frontier.release(flaky, Duration.ofSeconds(5), flaky.nextAttempt());
        now.addAndGet(Duration.ofSeconds(5).toNanos());

        CrawlTask again = frontier.poll().orElseThrow();
        assertThat(again.url().getPath()).isEqualTo("/flaky");
        assertThat(again.attempt()).isEqualTo(2);
    }

    @Test
    void droppingARunForgetsItsQueuedTasks() {
        robotsKnown.add("a.org");
        frontier.add(page("https://a.org/1", 0));
        frontier.add(CrawlTask.page("other", "s", URI.create("https://a.org/2"), 0, null));

        assertThat(frontier.dropRun("c")).isEqualTo(1);
        assertThat(frontier.size()).isEqualTo(1);
        assertThat(frontier.poll()).map(CrawlTask::crawlId).contains("other");
    }

    private java.util.List<CrawlTask> drain() {
        java.util.List<CrawlTask> tasks = new java.util.ArrayList<>();
        Optional<CrawlTask> next;
        while ((next = frontier.poll()).isPresent()) {
            tasks.add(next.get());
            frontier.release(next.get(), Duration.ZERO, null);
        }
        return tasks;
    }

    private static CrawlTask page(String url, int depth) {
        return CrawlTask.page("c", "s", URI.create(url), depth, null);
    }
}

package org.imhfinder.searchapi.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class IndexGenerationTest {
    private final AtomicLong now = new AtomicLong();
    private final AtomicReference<String> refreshes = new AtomicReference<>("programs-1: 7");
    private final AtomicInteger asked = new AtomicInteger();
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final IndexGeneration generation = new IndexGeneration(() -> {
        asked.incrementAndGet();
        return Optional.ofNullable(refreshes.get());
    }, background::add, Duration.ofSeconds(1), now::get);

    @Test
    void theFirstSearchAsksTheIndexAndTheNextWithinTheWindowDoNot() {
        assertThat(generation.current()).isEqualTo("programs-1: 7");
        now.addAndGet(Duration.ofMillis(900).toNanos());
        assertThat(generation.current()).isEqualTo("programs-1: 7");
        assertThat(asked).hasValue(1);
        assertThat(background).isEmpty();
    }

    @Test
    void pastTheWindowASearchGoesOnWithTheKnownGenerationWhileTheIndexIsAskedInTheBackground() {
        generation.current();
        refreshes.set("programs-1: 8");
        now.addAndGet(Duration.ofSeconds(1).toNanos());

        assertThat(generation.current()).isEqualTo("programs-1: 7");
        assertThat(generation.current()).isEqualTo("programs-1: 7");
        assertThat(background).hasSize(1); // one check at a time
        assertThat(asked).hasValue(1);

        background.poll().run();
        assertThat(generation.current()).isEqualTo("programs-1: 8");
        assertThat(asked).hasValue(2);
    }

    @Test
    void aCheckAskedForAtStartLetsTheFirstSearchGoOnWithoutAsking() {
        generation.checkSoon();
        background.poll().run();

        assertThat(generation.current()).isEqualTo("programs-1: 7");
        assertThat(asked).hasValue(1);
        assertThat(background).isEmpty();
    }

    @Test
    void afterAWriteThroughTheApiTheNextSearchAsksTheIndexItself() {
        generation.current();
        refreshes.set("programs-1: 8");
        generation.recheck();

        assertThat(generation.current()).isEqualTo("programs-1: 8");
        assertThat(background).isEmpty();
    }

    @Test
    void withNoIndexEverySearchIsAGenerationOfItsOwn() {
        refreshes.set(null);
        Object first = generation.current();
        assertThat(generation.current()).isNotEqualTo(first);
        assertThat(asked).hasValue(2);
    }
}

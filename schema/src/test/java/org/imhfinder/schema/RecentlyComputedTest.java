package org.imhfinder.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentlyComputedTest {
    private final AtomicInteger computed = new AtomicInteger();

    private String count(String input) {
        computed.incrementAndGet();
        return input.toUpperCase();
    }

    @Test
    void anEqualInputIsAnsweredFromAnEarlierComputationWhileItIsKept() {
        RecentlyComputed<String, String> recent = RecentlyComputed.byEquality();
        assertThat(recent.get("abc", this::count)).isEqualTo("ABC");
        assertThat(recent.get(new String("abc"), this::count)).isEqualTo("ABC");
        assertThat(computed).hasValue(1);
        recent.get("xyz", this::count);
        assertThat(recent.get("abc", this::count)).isEqualTo("ABC"); // back to the first text: kept
        assertThat(computed).hasValue(2);
    }

    @Test
    void theLeastLatelyAskedInputGoesFirstOnceMoreAreAskedThanKept() {
        RecentlyComputed<String, String> recent = RecentlyComputed.byEquality();
        for (int i = 0; i < RecentlyComputed.KEPT; i++) {
            recent.get("text " + i, this::count);
        }
        recent.get("text 0", this::count); // asked again: now the latest
        recent.get("one more", this::count); // lets "text 1" go
        assertThat(computed).hasValue(RecentlyComputed.KEPT + 1);
        recent.get("text 0", this::count);
        assertThat(computed).hasValue(RecentlyComputed.KEPT + 1);
        recent.get("text 1", this::count);
        assertThat(computed).hasValue(RecentlyComputed.KEPT + 2);
    }

    @Test
    void longTextsBesideTheLatestAreLetGo() {
        RecentlyComputed<String, String> recent = RecentlyComputed.byEquality();
        String longText = "a".repeat(RecentlyComputed.KEPT_CHARACTERS + 1);
        recent.get(longText, this::count);
        recent.get(longText, this::count); // the latest is kept, however long
        assertThat(computed).hasValue(1);
        recent.get("short", this::count); // beside it, the long text is too long to keep
        recent.get(longText, this::count);
        assertThat(computed).hasValue(3);
    }

    @Test
    void byIdentityAnEqualButOtherObjectIsComputedAgain() {
        RecentlyComputed<String, String> recent = RecentlyComputed.byIdentity();
        String input = "abc";
        recent.get(input, this::count);
        recent.get(input, this::count);
        recent.get(new String(input), this::count);
        assertThat(computed).hasValue(2);
    }

    @Test
    void eachThreadKeepsItsOwn() throws Exception {
        RecentlyComputed<String, String> recent = RecentlyComputed.byEquality();
        recent.get("abc", this::count);
        CompletableFuture.runAsync(() -> recent.get("abc", this::count)).get();
        assertThat(computed).hasValue(2);
    }
}

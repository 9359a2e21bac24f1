package org.imhfinder.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LastComputedTest {
    private final AtomicInteger computed = new AtomicInteger();

    private String count(String input) {
        computed.incrementAndGet();
        return input.toUpperCase();
    }

    @Test
    void anEqualInputIsAnsweredFromAnEarlierComputationWhileItIsKept() {
        LastComputed<String, String> last = LastComputed.byEquality();
        assertThat(last.get("abc", this::count)).isEqualTo("ABC");
        assertThat(last.get(new String("abc"), this::count)).isEqualTo("ABC");
        assertThat(computed).hasValue(1);
        last.get("xyz", this::count);
        assertThat(last.get("abc", this::count)).isEqualTo("ABC"); // back to the first text: kept
        assertThat(computed).hasValue(2);
    }

    @Test
    void theLeastLatelyAskedInputGoesFirstOnceMoreAreAskedThanKept() {
        LastComputed<String, String> last = LastComputed.byEquality();
        for (int i = 0; i < LastComputed.KEPT; i++) {
            last.get("text " + i, this::count);
        }
        last.get("text 0", this::count); // asked again: now the latest
        last.get("one more", this::count); // lets "text 1" go
        assertThat(computed).hasValue(LastComputed.KEPT + 1);
        last.get("text 0", this::count);
        assertThat(computed).hasValue(LastComputed.KEPT + 1);
        last.get("text 1", this::count);
        assertThat(computed).hasValue(LastComputed.KEPT + 2);
    }

    @Test
    void longTextsBesideTheLatestAreLetGo() {
        LastComputed<String, String> last = LastComputed.byEquality();
        String longText = "a".repeat(LastComputed.KEPT_CHARACTERS + 1);
        last.get(longText, this::count);
        last.get(longText, this::count); // the latest is kept, however long
        assertThat(computed).hasValue(1);
        last.get("short", this::count); // beside it, the long text is too long to keep
        last.get(longText, this::count);
        assertThat(computed).hasValue(3);
    }

    @Test
    void byIdentityAnEqualButOtherObjectIsComputedAgain() {
        LastComputed<String, String> last = LastComputed.byIdentity();
        String input = "abc";
        last.get(input, this::count);
        last.get(input, this::count);
        last.get(new String(input), this::count);
        assertThat(computed).hasValue(2);
    }

    @Test
    void eachThreadKeepsItsOwn() throws Exception {
        LastComputed<String, String> last = LastComputed.byEquality();
        last.get("abc", this::count);
        CompletableFuture.runAsync(() -> last.get("abc", this::count)).get();
        assertThat(computed).hasValue(2);
    }
}

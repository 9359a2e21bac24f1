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
    void anEqualInputIsAnsweredFromTheLastComputationUntilAnotherComes() {
        LastComputed<String, String> last = LastComputed.byEquality();
        assertThat(last.get("abc", this::count)).isEqualTo("ABC");
        assertThat(last.get(new String("abc"), this::count)).isEqualTo("ABC");
        assertThat(computed).hasValue(1);
        last.get("xyz", this::count);
        last.get("abc", this::count);
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

package org.imhfinder.schema;

import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * What each thread computed last, handed back when the same thread asks again for the same input: readers that
 * ask in turn about one text or one object (its words, its sentences, its key-field summary) compute it once. One
 * entry per thread, so it keeps nothing beyond the next input and needs no eviction; a value must not change once
 * computed, and the input must not change while it is kept (a {@code String}, a record).
 *
 * @param <K> the input
 * @param <V> what is computed from it
 */
public final class LastComputed<K, V> {
    private final ThreadLocal<Entry<K, V>> last = new ThreadLocal<>();
    private final BiPredicate<K, K> same;

    private record Entry<K, V>(K input, V value) {
    }

    private LastComputed(BiPredicate<K, K> same) {
        this.same = same;
    }

    /** Kept for the very same object only (an object whose equality is costly, or means something else). */
    public static <K, V> LastComputed<K, V> byIdentity() {
        return new LastComputed<>((kept, asked) -> kept == asked);
    }

    /** Kept for an equal input (the same text read again, built anew). */
    public static <K, V> LastComputed<K, V> byEquality() {
        return new LastComputed<>((kept, asked) -> kept == asked || kept.equals(asked));
    }

    /** The value computed for {@code input} on this thread last time, or computed now and kept. */
    public V get(K input, Function<K, V> compute) {
        Entry<K, V> kept = last.get();
        if (kept != null && same.test(kept.input(), input)) {
            return kept.value();
        }
        V value = compute.apply(input);
        last.set(new Entry<>(input, value));
        return value;
    }
}

package org.imhfinder.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * What each thread computed lately, handed back when the same thread asks again for the same input: readers that
 * ask in turn about one text or one object (its words, its sentences, its key-field summary) compute it once.
 * Each thread keeps its {@value #KEPT} latest inputs, the latest asked for first: the readers of one page go back
 * and forth between a few texts (a block's, the page's, a heading's), and a single entry was computed again on each
 * return. Texts beyond the latest are kept only up to {@value #KEPT_CHARACTERS} characters in all (a page's text
 * may be 2 million), so a thread never holds more than a page's worth. A value must not change once computed, and
 * the input must not change while it is kept (a {@code String}, a record).
 *
 * @param <K> the input
 * @param <V> what is computed from it
 */
public final class RecentlyComputed<K, V> {
    /** Inputs kept per thread. */
    static final int KEPT = 8;
    /** Characters of the texts kept per thread beside the latest one, at most. */
    static final int KEPT_CHARACTERS = 1 << 18;

    private final ThreadLocal<List<Entry<K, V>>> kept = ThreadLocal.withInitial(() -> new ArrayList<>(KEPT + 1));
    private final BiPredicate<K, K> same;

    private record Entry<K, V>(K input, V value) {
        int characters() {
            return input instanceof CharSequence text ? text.length() : 0;
        }
    }

    private RecentlyComputed(BiPredicate<K, K> same) {
        this.same = same;
    }

    /** Kept for the very same object only (an object whose equality is costly, or means something else). */
    public static <K, V> RecentlyComputed<K, V> byIdentity() {
        return new RecentlyComputed<>((kept, asked) -> kept == asked);
    }

    /** Kept for an equal input (the same text read again, built anew). */
    public static <K, V> RecentlyComputed<K, V> byEquality() {
        return new RecentlyComputed<>((kept, asked) -> kept == asked || kept.equals(asked));
    }

    /** The value computed for {@code input} on this thread lately, or computed now and kept. */
    public V get(K input, Function<K, V> compute) {
        List<Entry<K, V>> entries = kept.get();
        for (int i = 0; i < entries.size(); i++) {
            Entry<K, V> entry = entries.get(i);
            if (same.test(entry.input(), input)) {
                if (i > 0) {
                    entries.add(0, entries.remove(i));
                }
                return entry.value();
            }
        }
        V value = compute.apply(input);
        entries.add(0, new Entry<>(input, value));
        trim(entries);
        return value;
    }

    /** Lets the oldest entries go while more are kept than allowed. */
    private static <K, V> void trim(List<Entry<K, V>> entries) {
        int characters = 0;
        for (int i = 1; i < entries.size(); i++) {
            characters += entries.get(i).characters();
            if (i >= KEPT || characters > KEPT_CHARACTERS) {
                entries.subList(i, entries.size()).clear();
                return;
            }
        }
    }
}

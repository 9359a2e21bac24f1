package org.imhfinder.schema;

import java.util.List;
import java.util.Map;

/** Null-tolerant immutable copies for record components: absent lists read as empty. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copyOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <K, V> Map<K, V> copyOf(Map<K, V> map) {
        return map == null ? Map.of() : Map.copyOf(map);
    }
}

package dev.broadsheet.model;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Defensive copies for record components: the model is immutable and never holds nulls for collections. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <K extends Comparable<K>, V> SortedMap<K, V> copySorted(Map<K, V> map) {
        return map == null ? java.util.Collections.emptySortedMap()
                : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}

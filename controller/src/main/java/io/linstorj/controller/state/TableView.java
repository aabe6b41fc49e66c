package io.linstorj.controller.state;

import java.util.Collection;
import java.util.NavigableMap;

/**
 * One sorted table of the desired state, as read outside it: the rows can be looked up and
 * ranged over, never changed; {@link DesiredState}'s typed mutations change them and keep the
 * keys and indexes in step.
 *
 * @param <K> key type
 * @param <V> value type
 */
public interface TableView<K extends Comparable<? super K>, V> {
    /** The value under {@code key}, or null. */
    V get(K key);

    /** True when {@code key} has a value. */
    boolean containsKey(K key);

    /** All values in key order (a read-only live view). */
    Collection<V> values();

    /** The rows with keys in {@code [fromInclusive, toExclusive)} (a read-only live view). */
    NavigableMap<K, V> range(K fromInclusive, K toExclusive);

    /** All rows (a read-only live view). */
    NavigableMap<K, V> rows();

    /** Number of rows. */
    int size();
}

package io.linstorj.controller.state;

import java.util.Collection;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One sorted table of the in-memory desired state, changed only by {@link DesiredState}. Every
 * change is recorded in the shared {@link UndoLog}, which can undo it and tells the store what to
 * write.
 *
 * <p>Not thread-safe: the writer changes tables under the state's write lock, readers read them
 * under its read lock. Values are immutable records and never null.
 *
 * @param <K> key type
 * @param <V> value type
 */
final class Table<K extends Comparable<? super K>, V> implements TableView<K, V> {
    private final TableId id;
    private final UndoLog undoLog;
    private final TreeMap<K, V> rows = new TreeMap<>();

    /** Creates an empty table; {@code id} is null for indexes that are not persisted. */
    Table(TableId id, UndoLog undoLog) {
        this.id = id;
        this.undoLog = undoLog;
    }

    /** The persisted table this is, or null for an index. */
    TableId id() {
        return id;
    }

    @Override
    public V get(K key) {
        return rows.get(key);
    }

    @Override
    public boolean containsKey(K key) {
        return rows.containsKey(key);
    }

    @Override
    public Collection<V> values() {
        return Collections.unmodifiableCollection(rows.values());
    }

    @Override
    public NavigableMap<K, V> range(K fromInclusive, K toExclusive) {
        return Collections.unmodifiableNavigableMap(rows.subMap(fromInclusive, true, toExclusive, false));
    }

    @Override
    public NavigableMap<K, V> rows() {
        return Collections.unmodifiableNavigableMap(rows);
    }

    @Override
    public int size() {
        return rows.size();
    }

    /** Sets the value of {@code key}, recording the old value. */
    void put(K key, V value) {
        if (value == null) {
            throw new IllegalArgumentException("null value for " + key);
        }
        V old = rows.put(key, value);
        undoLog.record(this, key, old);
    }

    /** Removes {@code key}, recording the old value; returns it, or null when absent. */
    V remove(K key) {
        if (!rows.containsKey(key)) {
            return null;
        }
        V old = rows.remove(key);
        undoLog.record(this, key, old);
        return old;
    }

    /** Puts back {@code old} (null: absent) without recording; used by the undo log. */
    void restore(K key, V old) {
        if (old == null) {
            rows.remove(key);
        } else {
            rows.put(key, old);
        }
    }
}

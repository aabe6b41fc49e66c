package io.linstorj.controller.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Records every change to the tables of a {@link DesiredState} since the last {@link #clear()}:
 * undoes a refused mutation or a batch whose commit failed, and lists the rows to persist.
 */
public final class UndoLog {
    private final List<Entry<?, ?>> entries = new ArrayList<>();

    /** A position to roll back to. */
    public int mark() {
        return entries.size();
    }

    /** Undoes every change after {@code mark}, newest first. */
    public void rollbackTo(int mark) {
        for (int i = entries.size() - 1; i >= mark; i--) {
            entries.remove(i).undo();
        }
    }

    /** Forgets the recorded changes (after a commit). */
    public void clear() {
        entries.clear();
    }

    /** True when nothing was recorded. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * The persisted rows changed since the last clear, in the order first touched; rows that
     * ended as they began are left out.
     */
    public List<Change> changes() {
        Map<RowRef, Object> firstBefore = new LinkedHashMap<>();
        for (Entry<?, ?> entry : entries) {
            if (entry.table().id() != null) {
                firstBefore.putIfAbsent(new RowRef(entry.table(), entry.key()), entry.old());
            }
        }
        List<Change> changes = new ArrayList<>(firstBefore.size());
        firstBefore.forEach((ref, before) -> {
            Object after = ref.current();
            if (!Objects.equals(before, after)) {
                changes.add(new Change(ref.table().id(), ref.key(), before, after));
            }
        });
        return changes;
    }

    <K extends Comparable<? super K>, V> void record(Table<K, V> table, K key, V old) {
        entries.add(new Entry<>(table, key, old));
    }

    private record Entry<K extends Comparable<? super K>, V>(Table<K, V> table, K key, V old) {
        void undo() {
            table.restore(key, old);
        }
    }

    private record RowRef(Table<?, ?> table, Object key) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object current() {
            return ((Table) table).get((Comparable) key);
        }
    }
}

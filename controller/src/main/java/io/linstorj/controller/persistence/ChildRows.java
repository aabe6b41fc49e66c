package io.linstorj.controller.persistence;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A table holding parts of an object of another table (a node's net interfaces, a snapshot's
 * volumes): keyed by the parent's key and a key of its own, written as the difference of the
 * parent's parts before and after.
 *
 * <p>{@code parentKeyColumns} hold the parent's key, in the order of the parent's key columns;
 * {@code keyOf} gives a part's own key (for {@code keyColumns}) from its map key and value.
 *
 * @param <P> the parent type
 * @param <K> the map key of a part
 * @param <C> the part type
 */
final class ChildRows<P, K, C> {
    private final String table;
    private final List<String> parentKeyColumns;
    private final List<String> keyColumns;
    private final BiFunction<K, C, Object[]> keyOf;
    private final Columns<C> values;
    private final Function<P, Map<K, C>> parts;
    private final String insertSql;
    private final String updateSql;
    private final String deleteSql;
    private final String deleteAllSql;

    ChildRows(
            String table,
            List<String> parentKeyColumns,
            List<String> keyColumns,
            BiFunction<K, C, Object[]> keyOf,
            Columns<C> values,
            Function<P, Map<K, C>> parts) {
        this.table = table;
        this.parentKeyColumns = List.copyOf(parentKeyColumns);
        this.keyColumns = List.copyOf(keyColumns);
        this.keyOf = keyOf;
        this.values = values;
        this.parts = parts;
        List<String> allKeyColumns = new ArrayList<>(parentKeyColumns);
        allKeyColumns.addAll(keyColumns);
        this.insertSql = ColumnSql.insert(table, values.names(), allKeyColumns);
        this.updateSql = ColumnSql.update(table, values.names(), allKeyColumns);
        this.deleteSql = ColumnSql.delete(table, allKeyColumns);
        this.deleteAllSql = ColumnSql.delete(table, parentKeyColumns);
    }

    String table() {
        return table;
    }

    List<String> statements() {
        return List.of(insertSql, updateSql, deleteSql, deleteAllSql);
    }

    /** Deletes every part of the parent whose key is {@code parentKey}. */
    void deleteAll(SqlSink sql, Object[] parentKey) throws SQLException {
        sql.add(deleteAllSql, parentKey);
    }

    /** Writes the difference of the parts of {@code before} (null: created) and {@code after}. */
    void write(SqlSink sql, Object[] parentKey, P before, P after) throws SQLException {
        Map<K, C> old = before == null ? Map.of() : parts.apply(before);
        Map<K, C> now = parts.apply(after);
        for (Map.Entry<K, C> part : now.entrySet()) {
            C was = old.get(part.getKey());
            if (was == null || !was.equals(part.getValue())) {
                sql.add(
                        was == null ? insertSql : updateSql,
                        ColumnSql.params(
                                values.valuesOf(part.getValue()), parentKey, ownKey(part.getKey(), part.getValue())));
            }
        }
        for (Map.Entry<K, C> part : old.entrySet()) {
            if (!now.containsKey(part.getKey())) {
                sql.add(deleteSql, ColumnSql.params(parentKey, ownKey(part.getKey(), part.getValue())));
            }
        }
    }

    private Object[] ownKey(K key, C value) {
        Object[] own = keyOf.apply(key, value);
        if (own.length != keyColumns.size()) {
            throw new IllegalStateException("the mapping reads " + own.length + " key values for the "
                    + keyColumns.size() + " columns " + keyColumns);
        }
        return own;
    }

    Set<String> columns() {
        Set<String> columns = new LinkedHashSet<>(parentKeyColumns);
        columns.addAll(keyColumns);
        columns.addAll(values.names());
        return columns;
    }
}

package io.linstorj.controller.persistence;

import io.linstorj.controller.state.Change;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One table of objects: its key and value columns, the owner key of its properties in PROPS, and
 * child tables holding parts of the object; the INSERT, UPDATE and DELETE are derived from them.
 * A created object is an INSERT, a changed one an UPDATE of all value columns, a removed one a
 * DELETE of its row, its child rows and its properties.
 *
 * <p>The statements are derived once; UPDATE binds the value columns and then the key columns,
 * INSERT lists them in that same order, so both take the same parameters.
 *
 * @param <V> the object type
 */
final class RowMapping<V> implements TableMapping {
    private final Class<V> type;
    private final String table;
    private final Columns<V> key;
    private final Columns<V> values;
    private final Function<V, String> owner;
    private final Function<V, Map<String, String>> props;
    private final List<ChildRows<V, ?, ?>> children;
    private final String insertSql;
    private final String updateSql;
    private final String deleteSql;

    private RowMapping(
            Class<V> type,
            String table,
            Columns<V> key,
            Columns<V> values,
            Function<V, String> owner,
            Function<V, Map<String, String>> props,
            List<ChildRows<V, ?, ?>> children) {
        this.type = type;
        this.table = table;
        this.key = key;
        this.values = values;
        this.owner = owner;
        this.props = props;
        this.children = List.copyOf(children);
        this.insertSql = ColumnSql.insert(table, values.names(), key.names());
        this.updateSql = ColumnSql.update(table, values.names(), key.names());
        this.deleteSql = ColumnSql.delete(table, key.names());
    }

    /**
     * A table whose objects have properties: {@code owner} gives their owner key in PROPS,
     * {@code children} the tables holding parts of an object, keyed by this table's key and their own.
     */
    static <V> RowMapping<V> withProps(
            Class<V> type,
            String table,
            Columns<V> key,
            Columns<V> values,
            Function<V, String> owner,
            Function<V, Map<String, String>> props,
            List<ChildRows<V, ?, ?>> children) {
        return new RowMapping<>(type, table, key, values, owner, props, children);
    }

    /** A table whose rows have no properties and no children. */
    static <V> RowMapping<V> plain(Class<V> type, String table, Columns<V> key, Columns<V> values) {
        return new RowMapping<>(type, table, key, values, null, null, List.of());
    }

    @Override
    public List<String> statements() {
        List<String> statements = new ArrayList<>(List.of(insertSql, updateSql, deleteSql));
        for (ChildRows<V, ?, ?> child : children) {
            statements.addAll(child.statements());
        }
        if (owner != null) {
            statements.addAll(PropRowMapping.PROPS_STATEMENTS);
        }
        return statements;
    }

    @Override
    public void write(SqlSink sql, Change change) throws SQLException {
        write(sql, type.cast(change.before()), type.cast(change.after()));
    }

    private void write(SqlSink sql, V before, V after) throws SQLException {
        V any = after != null ? after : before;
        Object[] keyValues = key.valuesOf(any);
        if (after == null) {
            sql.add(deleteSql, keyValues);
            for (ChildRows<V, ?, ?> child : children) {
                child.deleteAll(sql, keyValues);
            }
        } else {
            sql.add(before == null ? insertSql : updateSql, ColumnSql.params(values.valuesOf(after), keyValues));
            for (ChildRows<V, ?, ?> child : children) {
                child.write(sql, keyValues, before, after);
            }
        }
        if (owner != null) {
            PropRowMapping.writeProps(
                    sql,
                    owner.apply(any),
                    before == null ? null : props.apply(before),
                    after == null ? null : props.apply(after));
        }
    }

    @Override
    public Map<String, Set<String>> columnsByTable() {
        Map<String, Set<String>> columns = new LinkedHashMap<>();
        Set<String> own = new LinkedHashSet<>(key.names());
        own.addAll(values.names());
        columns.put(table, own);
        for (ChildRows<V, ?, ?> child : children) {
            columns.put(child.table(), child.columns());
        }
        if (owner != null) {
            columns.putAll(PropRowMapping.PROPS_COLUMNS);
        }
        return columns;
    }
}

package io.linstorj.controller.persistence;

import io.linstorj.controller.state.Change;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A table of the desired state that keeps one row per property (controller properties, key-value
 * entries): each changed row is one row of PROPS, however many properties its owner has.
 *
 * @param keyType the class of the rows' keys
 * @param owner the owner key in PROPS of a row's key
 * @param propKey the property key in PROPS of a row's key
 * @param <K> the key type
 */
record PropRowMapping<K>(Class<K> keyType, Function<K, String> owner, Function<K, String> propKey)
        implements TableMapping {
    /** The columns of PROPS, which every owner of properties writes. */
    static final Map<String, Set<String>> PROPS_COLUMNS =
            Map.of("props", Set.of("owner_key", "prop_key", "prop_value"));

    static final String INSERT = ColumnSql.insert("props", List.of("prop_value"), List.of("owner_key", "prop_key"));
    static final String UPDATE = ColumnSql.update("props", List.of("prop_value"), List.of("owner_key", "prop_key"));
    static final String DELETE = ColumnSql.delete("props", List.of("owner_key", "prop_key"));
    static final String DELETE_ALL = ColumnSql.delete("props", List.of("owner_key"));
    /** Every statement on PROPS that an owner of properties makes. */
    static final List<String> PROPS_STATEMENTS = List.of(INSERT, UPDATE, DELETE, DELETE_ALL);

    @Override
    public void write(SqlSink sql, Change change) throws SQLException {
        K key = keyType.cast(change.key());
        writeProp(sql, owner.apply(key), propKey.apply(key), (String) change.before(), (String) change.after());
    }

    @Override
    public Map<String, Set<String>> columnsByTable() {
        return PROPS_COLUMNS;
    }

    @Override
    public List<String> statements() {
        return PROPS_STATEMENTS;
    }

    /** Writes the difference of an owner's properties; null {@code after} deletes them all. */
    static void writeProps(SqlSink sql, String owner, Map<String, String> before, Map<String, String> after)
            throws SQLException {
        if (after == null) {
            if (before != null && !before.isEmpty()) {
                sql.add(DELETE_ALL, owner);
            }
            return;
        }
        Map<String, String> old = before == null ? Map.of() : before;
        for (Map.Entry<String, String> entry : after.entrySet()) {
            String was = old.get(entry.getKey());
            if (!entry.getValue().equals(was)) {
                writeProp(sql, owner, entry.getKey(), was, entry.getValue());
            }
        }
        for (String key : old.keySet()) {
            if (!after.containsKey(key)) {
                writeProp(sql, owner, key, old.get(key), null);
            }
        }
    }

    private static void writeProp(SqlSink sql, String owner, String key, String before, String after)
            throws SQLException {
        if (after == null) {
            sql.add(DELETE, owner, key);
        } else if (before == null) {
            sql.add(INSERT, after, owner, key);
        } else {
            sql.add(UPDATE, after, owner, key);
        }
    }
}

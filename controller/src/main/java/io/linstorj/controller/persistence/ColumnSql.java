package io.linstorj.controller.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Derives the parameterised INSERT, UPDATE and DELETE of a table from its column names. */
final class ColumnSql {
    private ColumnSql() {}

    /** {@code INSERT INTO table (values..., keys...) VALUES (?, ...)}: values first, as {@link #update} binds them. */
    static String insert(String table, List<String> valueColumns, List<String> keyColumns) {
        List<String> columns = new ArrayList<>(valueColumns);
        columns.addAll(keyColumns);
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
    }

    /** {@code UPDATE table SET value = ?, ... WHERE key = ? AND ...}. */
    static String update(String table, List<String> valueColumns, List<String> keyColumns) {
        return "UPDATE " + table + " SET " + String.join(" = ?, ", valueColumns) + " = ?" + where(keyColumns);
    }

    /** {@code DELETE FROM table WHERE key = ? AND ...}. */
    static String delete(String table, List<String> keyColumns) {
        return "DELETE FROM " + table + where(keyColumns);
    }

    private static String where(List<String> keyColumns) {
        return " WHERE " + String.join(" = ? AND ", keyColumns) + " = ?";
    }

    /** The parts joined into one parameter array, in order. */
    static Object[] params(Object[]... parts) {
        List<Object> all = new ArrayList<>();
        for (Object[] part : parts) {
            all.addAll(Arrays.asList(part));
        }
        return all.toArray();
    }
}

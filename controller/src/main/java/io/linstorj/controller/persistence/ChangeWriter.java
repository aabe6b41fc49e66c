package io.linstorj.controller.persistence;

import io.linstorj.controller.state.Change;
import java.sql.SQLException;

/**
 * Turns the changed rows of a batch into SQL, by the {@link Tables row mapping} of each row's
 * table: an INSERT for a created object, an UPDATE for a changed one, a DELETE for a removed one,
 * and the difference of its properties and parts (net interfaces, snapshot volumes) as row
 * inserts, updates and deletes. Controller properties and key-value entries are rows of their own
 * in the desired state, so each changed one is one statement.
 */
final class ChangeWriter {
    private final SqlSink sql;

    ChangeWriter(SqlSink sql) {
        this.sql = sql;
    }

    void write(Change change) throws SQLException {
        Tables.of(change.table()).write(sql, change);
    }
}

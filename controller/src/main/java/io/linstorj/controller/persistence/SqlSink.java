package io.linstorj.controller.persistence;

import java.sql.SQLException;

/** Where {@link ChangeWriter} puts the statements of a batch: a JDBC batch, or a journal entry. */
interface SqlSink {
    /** Adds one execution of {@code sql} with {@code params}. */
    void add(String sql, Object... params) throws SQLException;

    /**
     * Ends a group: the statements added later run after those added so far. Within a group,
     * statements of the same text may run together, out of the order they were added.
     */
    default void endGroup() throws SQLException {}
}

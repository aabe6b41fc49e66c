package io.linstorj.controller.persistence;

import io.linstorj.controller.state.Change;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the changed rows of one persisted table of the desired state become SQL: as rows of a
 * table of their own ({@link RowMapping}) or as rows of table PROPS ({@link PropRowMapping}).
 */
sealed interface TableMapping permits RowMapping, PropRowMapping {
    /** Adds the statements that make the database hold {@code change.after()} instead of {@code change.before()}. */
    void write(SqlSink sql, Change change) throws SQLException;

    /** The database tables this mapping writes, with the columns it writes in each. */
    Map<String, Set<String>> columnsByTable();

    /** Every statement text this mapping makes, for checking them against the schema. */
    List<String> statements();
}

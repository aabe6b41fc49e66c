package io.linstorj.controller.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects the statements of one transaction as JDBC batches, one prepared statement per SQL text. */
final class SqlBatch implements SqlSink, AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();

    SqlBatch(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void add(String sql, Object... params) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        statement.addBatch();
    }

    @Override
    public void endGroup() throws SQLException {
        execute();
    }

    /**
     * Runs every batch, in the order their statements were first used; the statements stay
     * prepared for the next group of the same transaction.
     */
    void execute() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.executeBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}

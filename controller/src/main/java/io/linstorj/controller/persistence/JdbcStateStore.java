package io.linstorj.controller.persistence;

import io.linstorj.controller.state.Change;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.DesiredStateStore;
import io.linstorj.controller.state.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Stores the desired state in a relational database: loads everything at start, writes each
 * batch of changes in one transaction. The writer keeps one connection for its transactions.
 */
public final class JdbcStateStore implements DesiredStateStore {
    private final Database database;
    private Connection writerConnection;

    /** Creates a store on an opened (migrated) database; it does not own the database. */
    public JdbcStateStore(Database database) {
        this.database = database;
    }

    @Override
    public void loadInto(DesiredState state) throws StoreException {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setReadOnly(true);
            new StateLoader(connection).loadInto(state);
            connection.rollback();
        } catch (SQLException e) {
            throw new StoreException("loading the desired state failed: " + e.getMessage(), e);
        }
        state.undoLog().clear();
    }

    @Override
    public void write(List<Change> changes) throws StoreException {
        try {
            Connection connection = writerConnection();
            try (SqlBatch sql = new SqlBatch(connection)) {
                ChangeWriter writer = new ChangeWriter(sql);
                for (Change change : changes) {
                    writer.write(change);
                }
                sql.execute();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            dropWriterConnection();
            throw new StoreException("writing " + changes.size() + " changes failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        dropWriterConnection();
    }

    private Connection writerConnection() throws SQLException {
        if (writerConnection == null || writerConnection.isClosed()) {
            writerConnection = database.dataSource().getConnection();
            writerConnection.setAutoCommit(false);
        }
        return writerConnection;
    }

    private void dropWriterConnection() {
        if (writerConnection != null) {
            try {
                writerConnection.close();
            } catch (SQLException ignored) {
                // The pool replaces a broken connection; nothing else to do.
            }
            writerConnection = null;
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}

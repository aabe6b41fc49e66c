package io.linstorj.controller.persistence;

import io.linstorj.controller.state.Change;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.DesiredStateStore;
import io.linstorj.controller.state.StoreException;
import io.linstorj.controller.state.StoreException.Outcome;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the desired state in a relational database: loads everything at start, writes each
 * batch of changes in one transaction. The writer keeps one connection for its transactions.
 *
 * <p>A failed write says what became of it ({@link Outcome}): a statement the database refused
 * ({@code REJECTED}) or a connection that broke before COMMIT was sent ({@code UNAVAILABLE})
 * committed nothing; an exception from COMMIT itself leaves the outcome {@code UNKNOWN}. A
 * pooled connection that turns out dead before COMMIT (its server backend ended since its last
 * use) is replaced and the write tried again, a few times at most, since nothing was committed.
 */
public final class JdbcStateStore implements DesiredStateStore {
    /** Most tries of one write or load on connections that turn out dead (the pool's size). */
    static final int MAX_TRIES = 3;

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStateStore.class);

    private final DataSource dataSource;
    private final AfterCommit afterCommit;
    private Connection writerConnection;

    /** Creates a store on an opened (migrated) database; it does not own the database. */
    public JdbcStateStore(Database database) {
        this(database.dataSource());
    }

    /** Creates a store on the connections of {@code dataSource} (of a migrated database). */
    JdbcStateStore(DataSource dataSource) {
        this(dataSource, AfterCommit.NOTHING);
    }

    /**
     * Creates a store on the connections of {@code dataSource} that runs {@code afterCommit} on
     * the writer connection after each commit.
     */
    JdbcStateStore(DataSource dataSource, AfterCommit afterCommit) {
        this.dataSource = dataSource;
        this.afterCommit = afterCommit;
    }

    @Override
    public void loadInto(DesiredState state) throws StoreException {
        for (int attempt = 1; ; attempt++) {
            try {
                loadOnce(state);
                return;
            } catch (DeadConnection e) {
                if (attempt == MAX_TRIES) {
                    throw new StoreException(
                            "loading the desired state failed: " + e.getCause().getMessage(),
                            e.getCause(),
                            Outcome.UNAVAILABLE);
                }
                LOG.warn(
                        "Loading the desired state met a dead connection; trying another: {}",
                        e.getCause().getMessage());
            }
        }
    }

    @Override
    public void write(List<Change> changes) throws StoreException {
        writeStatements(changes.size() + " changes", sql -> {
            ChangeWriter writer = new ChangeWriter(sql);
            for (Change change : changes) {
                writer.write(change);
            }
        });
    }

    /**
     * Runs the statements {@code source} adds in one transaction and commits it, as {@link #write}
     * does; {@code what} names them in messages.
     */
    void writeStatements(String what, StatementSource source) throws StoreException {
        for (int attempt = 1; ; attempt++) {
            try {
                writeOnce(what, source);
                return;
            } catch (DeadConnection e) {
                if (attempt == MAX_TRIES) {
                    throw new StoreException(
                            "writing " + what + " failed, nothing was committed: "
                                    + e.getCause().getMessage(),
                            e.getCause(),
                            Outcome.UNAVAILABLE);
                }
                LOG.warn(
                        "Writing {} met a dead connection before COMMIT; trying another: {}",
                        what,
                        e.getCause().getMessage());
            }
        }
    }

    @Override
    public void close() {
        dropWriterConnection();
    }

    private void loadOnce(DesiredState state) throws StoreException, DeadConnection {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException("loading the desired state failed: " + e.getMessage(), e, Outcome.UNAVAILABLE);
        }
        try (connection) {
            connection.setReadOnly(true);
            new StateLoader(connection).loadInto(state);
            connection.rollback();
        } catch (SQLException | AssertionError e) {
            if (SqlFailures.isConnectionLost(e, connection)) {
                throw new DeadConnection(e);
            }
            throw new StoreException("loading the desired state failed: " + e.getMessage(), e);
        }
        state.undoLog().clear();
    }

    private void writeOnce(String what, StatementSource source) throws StoreException, DeadConnection {
        Connection connection;
        try {
            connection = writerConnection();
        } catch (SQLException e) {
            dropWriterConnection();
            throw new StoreException(
                    "writing " + what + " failed, nothing was committed: " + e.getMessage(), e, Outcome.UNAVAILABLE);
        }
        try (SqlBatch sql = new SqlBatch(connection)) {
            source.addTo(sql);
            sql.execute();
        } catch (SQLException | RuntimeException | AssertionError e) {
            // AssertionError: with assertions enabled, the PostgreSQL driver asserts in
            // executeBatch when the server closed the connection under it (pgjdbc issue 1458).
            rollbackQuietly(connection, e);
            boolean lost = SqlFailures.isConnectionLost(e, connection);
            dropWriterConnection();
            if (lost) {
                throw new DeadConnection(e);
            }
            throw new StoreException(
                    "writing " + what + " failed, nothing was committed: " + e.getMessage(), e, Outcome.REJECTED);
        }
        try {
            connection.commit();
        } catch (SQLException e) {
            // COMMIT was sent, or was being sent: the server may have committed before the
            // connection broke. Only reading the database again can tell.
            dropWriterConnection();
            throw new StoreException("committing " + what + " failed: " + e.getMessage(), e, Outcome.UNKNOWN);
        }
        afterCommit.afterCommit(connection);
    }

    private Connection writerConnection() throws SQLException {
        if (writerConnection == null || writerConnection.isClosed()) {
            writerConnection = dataSource.getConnection();
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

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Adds the statements of one transaction. */
    @FunctionalInterface
    interface StatementSource {
        void addTo(SqlSink sql) throws SQLException;
    }

    /** A connection died before anything was committed: another connection may succeed. */
    private static final class DeadConnection extends Exception {
        private static final long serialVersionUID = 1L;

        DeadConnection(Throwable cause) {
            super(cause);
        }
    }
}

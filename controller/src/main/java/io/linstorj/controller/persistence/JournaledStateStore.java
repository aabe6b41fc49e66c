package io.linstorj.controller.persistence;

import io.linstorj.controller.state.Change;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.DesiredStateStore;
import io.linstorj.controller.state.StoreException;
import io.linstorj.controller.state.StoreException.Outcome;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desired state in the embedded H2 database behind a write-ahead {@link Journal}: a write
 * is acknowledged once its statements are in the journal and on disk (one {@code fdatasync}
 * per batch of the writer), and a thread of its own brings the database up to date behind it,
 * many batches per transaction. The database row {@code journal_position.applied_sequence},
 * written in the same transaction, says which entries it holds, so that opening the store
 * replays exactly the entries after it (those acknowledged but not yet in the database when
 * the process died). Segments of the journal are deleted once the database holds them and H2
 * has forced its file to disk ({@code CHECKPOINT SYNC}; H2's own commit writes without a sync).
 *
 * <p>Only for the embedded H2 database in the controller's data directory, beside the journal.
 * A PostgreSQL database is shared: another controller taking over reads the database, not this
 * machine's journal, so there every commit goes to the database itself ({@link JdbcStateStore}).
 *
 * <p>A refusal by the database behind the journal is a change the controller validated and
 * acknowledged that the schema does not take (a bug): the entry stays in the journal, the
 * database is tried again every few seconds and the controller logs it; reads and writes go on
 * from memory and the journal, and a start that cannot replay it fails with the reason.
 */
public final class JournaledStateStore implements DesiredStateStore {
    /** How long {@link #loadInto} waits for the database to catch up with the journal. */
    static final long CATCH_UP_SECONDS = 30;
    /** Most journal entries applied to the database in one transaction. */
    static final int MAX_APPLY = 4096;

    private static final Logger LOG = LoggerFactory.getLogger(JournaledStateStore.class);
    /** How long the first entry waits for others before the database gets them in one transaction. */
    static final long APPLY_DELAY_MILLIS = 100;

    private static final long RETRY_MILLIS = 2_000;

    private final DataSource dataSource;
    private final JdbcStateStore database;
    private final Journal journal;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Condition applied = lock.newCondition();
    private final Deque<Pending> pending = new ArrayDeque<>();
    private final Thread applier;
    private long lastAppended;
    private long appliedSequence;
    private boolean closing;
    /** Callers of {@link #loadInto} waiting for the database: the applier does not wait for more. */
    private int catchUpWanted;

    private StoreException journalFailure;

    private JournaledStateStore(DataSource dataSource, Journal journal, long appliedSequence, long lastAppended) {
        this.dataSource = dataSource;
        // The applier is the only thread that writes to the database: it compacts the file too.
        this.database = new JdbcStateStore(dataSource, new H2Compaction());
        this.journal = journal;
        this.appliedSequence = appliedSequence;
        this.lastAppended = lastAppended;
        this.applier = new Thread(this::applyLoop, "state-applier");
        applier.setDaemon(true);
        applier.start();
    }

    /**
     * Opens the journal in {@code journalDirectory}, replays into {@code database} the entries it
     * does not hold yet, and starts applying new ones.
     *
     * @throws StoreException if the journal cannot be read or its entries cannot be replayed
     */
    public static JournaledStateStore open(Database database, Path journalDirectory) throws StoreException {
        return open(database.dataSource(), journalDirectory);
    }

    static JournaledStateStore open(DataSource dataSource, Path journalDirectory) throws StoreException {
        long applied = readAppliedSequence(dataSource);
        Journal.Opened opened;
        try {
            opened = Journal.open(journalDirectory, applied);
        } catch (IOException e) {
            throw new StoreException(
                    "reading the journal " + journalDirectory + " failed: " + e.getMessage(), e, Outcome.UNAVAILABLE);
        }
        try {
            long last = applied;
            if (!opened.entries().isEmpty()) {
                List<Pending> replay = new ArrayList<>(opened.entries().size());
                for (Journal.Entry entry : opened.entries()) {
                    replay.add(new Pending(entry.sequence(), StatementCodec.decode(entry.payload())));
                }
                last = replay.get(replay.size() - 1).sequence();
                new JdbcStateStore(dataSource)
                        .writeStatements(
                                "the journal's entries " + (applied + 1) + " to " + last, sql -> addAll(sql, replay));
                LOG.info("Replayed {} journal entries ({} to {}) into the database", replay.size(), applied + 1, last);
                opened.journal().releaseThrough(last);
            }
            return new JournaledStateStore(dataSource, opened.journal(), last, last);
        } catch (IOException | StoreException | RuntimeException e) {
            opened.journal().close();
            throw new StoreException(
                    "replaying the journal " + journalDirectory + " failed: " + e.getMessage(), e, Outcome.UNAVAILABLE);
        }
    }

    /**
     * Loads what the database holds once it has caught up with every acknowledged entry (at
     * once after {@link #open}).
     */
    @Override
    public void loadInto(DesiredState state) throws StoreException {
        lock.lock();
        try {
            if (journalFailure != null) {
                throw new StoreException(
                        "the journal failed, so what is stored is known only after a restart of the" + " controller: "
                                + journalFailure.getMessage(),
                        journalFailure,
                        Outcome.UNAVAILABLE);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CATCH_UP_SECONDS);
            catchUpWanted++;
            work.signal();
            try {
                while (appliedSequence < lastAppended) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new StoreException(
                                "the database has not caught up with the journal (entry " + appliedSequence + " of "
                                        + lastAppended + ") within " + CATCH_UP_SECONDS + " s",
                                null,
                                Outcome.UNAVAILABLE);
                    }
                    applied.awaitNanos(left);
                }
            } finally {
                catchUpWanted--;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the database", e, Outcome.UNAVAILABLE);
        } finally {
            lock.unlock();
        }
        database.loadInto(state);
    }

    /** Appends the statements of {@code changes} to the journal; returns once they are on disk. */
    @Override
    public void write(List<Change> changes) throws StoreException {
        List<SqlStatement> statements = new ArrayList<>();
        try {
            ChangeWriter writer = new ChangeWriter((sql, params) -> statements.add(SqlStatement.of(sql, params)));
            for (Change change : changes) {
                writer.write(change);
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "writing " + changes.size() + " changes failed, nothing was stored: " + e.getMessage(),
                    e,
                    Outcome.REJECTED);
        }
        byte[] payload = StatementCodec.encode(statements);
        lock.lock();
        try {
            if (closing) {
                throw new StoreException("the store is closed, nothing was stored", null, Outcome.UNAVAILABLE);
            }
            long sequence = journal.append(payload);
            lastAppended = sequence;
            pending.add(new Pending(sequence, statements));
            if (pending.size() == 1 || pending.size() >= MAX_APPLY) {
                work.signal();
            }
        } catch (Journal.AppendException e) {
            StoreException failure =
                    new StoreException(e.getMessage(), e, e.maybeStored() ? Outcome.UNKNOWN : Outcome.UNAVAILABLE);
            if (e.maybeStored()) {
                journalFailure = failure;
            }
            throw failure;
        } finally {
            lock.unlock();
        }
    }

    /** Applies every acknowledged entry to the database (if it takes them), then closes. */
    @Override
    public void close() {
        lock.lock();
        try {
            closing = true;
            work.signal();
        } finally {
            lock.unlock();
        }
        try {
            applier.join(TimeUnit.SECONDS.toMillis(CATCH_UP_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lock.lock();
        try {
            if (applier.isAlive()) {
                LOG.warn(
                        "Closing with journal entries {} to {} not yet in the database; the next start replays them",
                        appliedSequence + 1,
                        lastAppended);
                applier.interrupt();
            } else if (appliedSequence == lastAppended && journalFailure == null) {
                checkpoint();
                journal.releaseAll(appliedSequence);
            }
        } catch (IOException | SQLException e) {
            LOG.warn("Releasing the journal on close failed; the next start skips what the database holds", e);
        } finally {
            lock.unlock();
            journal.close();
            database.close();
        }
    }

    private void applyLoop() {
        while (true) {
            List<Pending> batch = new ArrayList<>();
            lock.lock();
            try {
                while (pending.isEmpty() && !closing) {
                    work.await();
                }
                if (pending.isEmpty()) {
                    return;
                }
                // Let entries gather: each H2 commit writes a chunk of the changed B-tree pages, so
                // one commit for many entries costs little more than one for a single entry.
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(APPLY_DELAY_MILLIS);
                while (pending.size() < MAX_APPLY && !closing && catchUpWanted == 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    work.awaitNanos(left);
                }
                while (!pending.isEmpty() && batch.size() < MAX_APPLY) {
                    batch.add(pending.poll());
                }
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            if (!applyUntilTaken(batch)) {
                return;
            }
        }
    }

    /** Applies {@code batch}, trying again while the database refuses; false if interrupted meanwhile. */
    private boolean applyUntilTaken(List<Pending> batch) {
        List<Pending> left = batch;
        long last = batch.get(batch.size() - 1).sequence();
        for (int attempt = 1; ; attempt++) {
            try {
                List<Pending> entries = left;
                database.writeStatements(
                        "the journal's entries " + entries.get(0).sequence() + " to " + last,
                        sql -> addAll(sql, entries));
                break;
            } catch (StoreException e) {
                LOG.error(
                        "Bringing the database up to date with the journal failed (try {}); the entries stay in the"
                                + " journal and are tried again in {} ms",
                        attempt,
                        RETRY_MILLIS,
                        e);
                try {
                    Thread.sleep(RETRY_MILLIS);
                    // After a commit of unknown outcome the database may hold some entries already.
                    long held = readAppliedSequence(dataSource);
                    left = left.stream()
                            .filter(entry -> entry.sequence() > held)
                            .toList();
                    if (left.isEmpty()) {
                        break;
                    }
                } catch (InterruptedException interrupted) {
                    return false;
                } catch (StoreException unreadable) {
                    LOG.warn("Reading the journal position failed", unreadable);
                }
            }
        }
        lock.lock();
        try {
            appliedSequence = last;
            applied.signalAll();
        } finally {
            lock.unlock();
        }
        release(last);
        return true;
    }

    private void release(long sequence) {
        if (!journal.canRelease(sequence)) {
            return;
        }
        try {
            checkpoint();
            journal.releaseThrough(sequence);
        } catch (SQLException | IOException e) {
            LOG.warn("Deleting journal segments the database holds failed; tried again later", e);
        }
    }

    /** Forces H2's file to disk, so that the journal entries it holds may be deleted. */
    private void checkpoint() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
            connection.commit();
        }
    }

    private static void addAll(SqlSink sql, List<Pending> entries) throws SQLException {
        for (Pending entry : entries) {
            for (SqlStatement statement : entry.statements()) {
                sql.add(statement.sql(), statement.params().toArray());
            }
            // Entries must run in order: a later one may delete and create again what an earlier made.
            sql.endGroup();
        }
        sql.add(
                "UPDATE journal_position SET applied_sequence = ? WHERE id = 1",
                entries.get(entries.size() - 1).sequence());
    }

    private static long readAppliedSequence(DataSource dataSource) throws StoreException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT applied_sequence FROM journal_position WHERE id = 1");
                ResultSet row = query.executeQuery()) {
            long sequence = row.next() ? row.getLong(1) : 0;
            connection.rollback();
            return sequence;
        } catch (SQLException e) {
            throw new StoreException("reading the journal position failed: " + e.getMessage(), e, Outcome.UNAVAILABLE);
        }
    }

    private record Pending(long sequence, List<SqlStatement> statements) {}
}

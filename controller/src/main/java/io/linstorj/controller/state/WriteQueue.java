package io.linstorj.controller.state;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.ApiRcException;
import io.linstorj.controller.errorreport.ErrorReporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer of the desired state, with group commit and fair intake.
 *
 * <p>Mutations wait in a {@link RoundRobinIntake}, one FIFO per submitter (a client session, or
 * {@link SubmitterScope#INTERNAL}); its thread takes up to {@value #MAX_BATCH} of them round-robin
 * across submitters, so that one client pipelining thousands of changes cannot keep another
 * client's single change waiting behind its backlog. Each submitter may have at most
 * {@link #DEFAULT_MAX_PENDING_PER_SUBMITTER} mutations waiting; beyond that a submit is refused at
 * once, so one client cannot grow the controller's memory.
 *
 * <p>The thread applies a batch's mutations one after another under the write lock (each
 * validates against the effects of the earlier ones), writes all their changes in one
 * transaction and commits, and only then completes the replies. A refused mutation is undone
 * alone. If the database refuses the batch's transaction, the batch is undone and each mutation
 * is applied and committed again in its own transaction, so only the call whose data the
 * database refuses fails (FAIL_SQL, nothing changed). If the connection breaks while committing,
 * the outcome is unknown: the calls answer FAIL_SQL saying the change may have been committed,
 * and the writer re-reads the whole desired state from the store before it applies anything
 * else. Listeners hear about each committed batch (and each reload) on a separate notifier
 * thread.
 */
public final class WriteQueue implements AutoCloseable {
    /** Most mutations committed in one transaction. */
    public static final int MAX_BATCH = 1024;

    /** Most mutations one submitter may have waiting, unless the constructor says otherwise. */
    public static final int DEFAULT_MAX_PENDING_PER_SUBMITTER = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(WriteQueue.class);

    private final GuardedState guarded;
    private final DesiredStateStore store;
    private final ErrorReporter errors;
    private final RoundRobinIntake<Pending> intake;
    private final SubmitterScope submitters = new SubmitterScope();
    private final List<DesiredStateListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService notifier =
            Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "state-notifier"));
    private final Thread writer;
    /** Set when a commit's outcome is unknown: memory may disagree with the database until reloaded. */
    private StoreException stale;

    /** Creates the queue with the default bound per submitter; its writer thread starts at once. */
    public WriteQueue(GuardedState guarded, DesiredStateStore store) {
        this(guarded, store, DEFAULT_MAX_PENDING_PER_SUBMITTER);
    }

    /**
     * Creates the queue; its writer thread starts at once.
     *
     * @param maxPendingPerSubmitter most mutations one submitter may have waiting (positive)
     */
    public WriteQueue(GuardedState guarded, DesiredStateStore store, int maxPendingPerSubmitter) {
        this(guarded, store, maxPendingPerSubmitter, ErrorReporter.none());
    }

    /**
     * Creates the queue; its writer thread starts at once.
     *
     * @param maxPendingPerSubmitter most mutations one submitter may have waiting (positive)
     * @param errors where a mutation's bug or an unexpected failure of a batch is reported; the
     *     reply names the report
     */
    public WriteQueue(GuardedState guarded, DesiredStateStore store, int maxPendingPerSubmitter, ErrorReporter errors) {
        this.errors = errors;
        this.guarded = guarded;
        this.store = store;
        this.intake = new RoundRobinIntake<>(maxPendingPerSubmitter);
        this.writer = new Thread(this::run, "state-writer");
        writer.start();
    }

    /** Registers a listener for committed batches. */
    public void addListener(DesiredStateListener listener) {
        listeners.add(listener);
    }

    /** Names the submitter of the mutations a thread queues through {@link #submit(Mutation)}. */
    public SubmitterScope submitters() {
        return submitters;
    }

    /**
     * Queues {@code mutation} for the calling thread's submitter ({@link SubmitterScope#current()});
     * the future completes with its reply entries once its batch has committed (or with its
     * refusal).
     */
    public CompletableFuture<List<ApiCallRc>> submit(Mutation mutation) {
        return submit(submitters.current(), mutation);
    }

    /**
     * Queues {@code mutation} behind the earlier ones of {@code submitter}; the future completes
     * with its reply entries once its batch has committed, or at once with a refusal when the
     * submitter has too many mutations waiting or the controller is shutting down.
     */
    public CompletableFuture<List<ApiCallRc>> submit(String submitter, Mutation mutation) {
        Pending pending = new Pending(mutation, new CompletableFuture<>());
        switch (intake.offer(submitter, pending)) {
            case ACCEPTED -> {}
            case SUBMITTER_FULL ->
                pending.reply()
                        .complete(
                                List.of(
                                        ApiCallRc.of(
                                                        RetCodes.FAIL_UNKNOWN_ERROR,
                                                        "Too many pending changes from this client; the change was not applied.")
                                                .withCause("This client already has " + intake.maxPendingPerSubmitter()
                                                        + " changes waiting to be written.")
                                                .withCorrection(
                                                        "Slow down: wait for answers to earlier calls before sending more, then retry.")));
            case CLOSED ->
                pending.reply()
                        .complete(List.of(ApiCallRc.of(
                                RetCodes.FAIL_UNKNOWN_ERROR,
                                "The controller is shutting down; the change was not applied.")));
        }
        return pending.reply();
    }

    /** Stops accepting mutations, finishes the queued ones and stops the threads. */
    @Override
    public void close() {
        intake.close();
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
            notifier.shutdown();
            notifier.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (true) {
            List<Pending> batch;
            try {
                batch = intake.takeBatch(MAX_BATCH);
            } catch (InterruptedException e) {
                return;
            }
            if (batch.isEmpty()) {
                return;
            }
            process(batch);
        }
    }

    private void process(List<Pending> batch) {
        List<List<ApiCallRc>> replies;
        List<StateChange> committed = new ArrayList<>();
        guarded.writeLock().lock();
        try {
            if (stale != null && !reload(committed)) {
                replies = answerUncommitted(batch, stale);
            } else {
                replies = applyAndCommitSafely(batch, committed);
                if (stale != null) {
                    // Re-read at once, so that readers too see what the database holds.
                    reload(committed);
                }
            }
        } finally {
            guarded.writeLock().unlock();
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).reply().complete(replies.get(i));
        }
        committed.forEach(this::notifyListeners);
    }

    /**
     * {@link #applyAndCommit}, keeping the writer alive when something throws that nothing
     * expected (a driver's Error, a bug): every call of the batch is answered, and the state is
     * re-read since what was committed is unknown.
     */
    private List<List<ApiCallRc>> applyAndCommitSafely(List<Pending> batch, List<StateChange> committed) {
        try {
            return applyAndCommit(batch, committed);
        } catch (RuntimeException | Error unexpected) {
            LOG.error(
                    "Processing a batch of {} calls failed unexpectedly; re-reading the desired state",
                    batch.size(),
                    unexpected);
            guarded.state().undoLog().rollbackTo(0);
            stale = new StoreException(String.valueOf(unexpected), unexpected, StoreException.Outcome.UNKNOWN);
            String reportId =
                    errors.report(unexpected, "applying and committing a batch of " + batch.size() + " calls");
            List<List<ApiCallRc>> replies = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                replies.add(List.of(ApiCallRc.of(RetCodes.FAIL_IMPL_ERROR, "The controller failed to save the change.")
                        .withCause(unexpected + " The change may have been committed.")
                        .withDetails(
                                "The controller re-reads its desired state from the database. Its log has the details.")
                        .withCorrection(
                                "List the object to see whether the change took effect; repeat the call if it did not.")
                        .withErrorReportId(reportId)));
            }
            return replies;
        }
    }

    /** Applies the whole batch and commits it in one transaction; falls back to one by one when refused. */
    private List<List<ApiCallRc>> applyAndCommit(List<Pending> batch, List<StateChange> committed) {
        DesiredState state = guarded.state();
        UndoLog undoLog = state.undoLog();
        List<List<ApiCallRc>> replies = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            replies.add(apply(pending.mutation(), state, undoLog));
        }
        List<Change> changes = undoLog.changes();
        if (changes.isEmpty()) {
            undoLog.clear();
            return replies;
        }
        StoreException failure = commit(changes, state, committed);
        if (failure == null) {
            return replies;
        }
        LOG.error(
                "Commit of {} changes failed ({}); the batch of {} calls is undone",
                changes.size(),
                failure.outcome(),
                batch.size(),
                failure);
        if (failure.outcome() == StoreException.Outcome.REJECTED && batch.size() > 1) {
            // One call's data (a value the database refuses) must not fail the others: each one
            // is applied again and committed alone, so only the offending call fails.
            LOG.warn("Committing the {} calls of the refused batch one by one", batch.size());
            return oneByOne(batch, committed);
        }
        if (failure.outcome() == StoreException.Outcome.UNKNOWN) {
            stale = failure;
        }
        for (int i = 0; i < replies.size(); i++) {
            replies.set(i, sqlFailure(replies.get(i), failure));
        }
        return replies;
    }

    /**
     * Applies and commits each call in its own transaction. After a failure other than a
     * refused statement the rest are not tried (the database is unreachable or in doubt) and
     * answer that nothing was changed.
     */
    private List<List<ApiCallRc>> oneByOne(List<Pending> batch, List<StateChange> committed) {
        DesiredState state = guarded.state();
        UndoLog undoLog = state.undoLog();
        List<List<ApiCallRc>> replies = new ArrayList<>(batch.size());
        StoreException stopped = null;
        for (Pending pending : batch) {
            List<ApiCallRc> reply = apply(pending.mutation(), state, undoLog);
            List<Change> changes = undoLog.changes();
            if (stopped != null) {
                undoLog.rollbackTo(0);
                reply = sqlFailure(reply, notTried(stopped));
            } else if (!changes.isEmpty()) {
                StoreException failure = commit(changes, state, committed);
                if (failure != null) {
                    LOG.error(
                            "Commit of one call's {} changes failed ({})", changes.size(), failure.outcome(), failure);
                    reply = sqlFailure(reply, failure);
                    if (failure.outcome() != StoreException.Outcome.REJECTED) {
                        stopped = failure;
                    }
                    if (failure.outcome() == StoreException.Outcome.UNKNOWN) {
                        stale = failure;
                    }
                }
            }
            undoLog.clear();
            replies.add(reply);
        }
        return replies;
    }

    /** Commits {@code changes}; on failure undoes them in memory and returns why. */
    private StoreException commit(List<Change> changes, DesiredState state, List<StateChange> committed) {
        UndoLog undoLog = state.undoLog();
        try {
            store.write(changes);
        } catch (StoreException e) {
            undoLog.rollbackTo(0);
            return e;
        } catch (RuntimeException e) {
            undoLog.rollbackTo(0);
            return new StoreException(String.valueOf(e.getMessage()), e);
        }
        committed.add(StateChanges.summarise(state.advanceVersion(), changes, state));
        undoLog.clear();
        return null;
    }

    /**
     * Replaces memory with what the database holds, after a commit whose outcome is unknown: the
     * database is the truth, and memory must agree with it before the next change is validated.
     * Returns false (and keeps trying before later batches) when the database cannot be read.
     */
    private boolean reload(List<StateChange> committed) {
        DesiredState reloaded = new DesiredState();
        try {
            store.loadInto(reloaded);
        } catch (StoreException | RuntimeException e) {
            LOG.error(
                    "Re-reading the desired state after a commit with unknown outcome failed; changes wait for it", e);
            return false;
        }
        reloaded.undoLog().clear();
        DesiredState previous = guarded.state();
        reloaded.continueVersionsOf(previous);
        guarded.replace(reloaded);
        stale = null;
        committed.add(StateChanges.everything(reloaded.advanceVersion(), previous, reloaded));
        LOG.warn("Desired state re-read from the database after a commit with unknown outcome");
        return true;
    }

    /** Answers every call of the batch without trying it: the state in memory is in doubt. */
    private List<List<ApiCallRc>> answerUncommitted(List<Pending> batch, StoreException cause) {
        DesiredState state = guarded.state();
        UndoLog undoLog = state.undoLog();
        List<List<ApiCallRc>> replies = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            // Applied only to learn the reply's masks (and any refusal); undone at once.
            List<ApiCallRc> reply = apply(pending.mutation(), state, undoLog);
            undoLog.rollbackTo(0);
            replies.add(sqlFailure(
                    reply,
                    new StoreException(
                            "the controller could not re-read its desired state"
                                    + " from the database after an earlier commit failed: " + cause.getMessage(),
                            cause,
                            StoreException.Outcome.UNAVAILABLE)));
        }
        undoLog.clear();
        return replies;
    }

    private static StoreException notTried(StoreException stopped) {
        return new StoreException(
                "not tried after an earlier commit failed: " + stopped.getMessage(),
                stopped,
                StoreException.Outcome.UNAVAILABLE);
    }

    private List<ApiCallRc> apply(Mutation mutation, DesiredState state, UndoLog undoLog) {
        int mark = undoLog.mark();
        try {
            return List.copyOf(mutation.apply(state));
        } catch (ApiRcException refused) {
            undoLog.rollbackTo(mark);
            return refused.replies();
        } catch (RuntimeException bug) {
            undoLog.rollbackTo(mark);
            LOG.error("A mutation failed unexpectedly; its changes were undone", bug);
            String reportId = errors.report(bug, "applying a mutation (the call's changes were undone)");
            return List.of(ApiCallRc.of(RetCodes.FAIL_IMPL_ERROR, "The controller failed to apply the change.")
                    .withCause(String.valueOf(bug))
                    .withDetails("Nothing was changed. The error report has the details.")
                    .withErrorReportId(reportId));
        }
    }

    /** The FAIL_SQL answer for a call that succeeded in memory but failed to commit; refusals stay. */
    private static List<ApiCallRc> sqlFailure(List<ApiCallRc> reply, StoreException e) {
        if (reply.stream().anyMatch(ApiCallRc::isError)) {
            return reply;
        }
        long masks = reply.isEmpty() ? 0 : reply.get(0).retCode() & (RetCodes.MASK_BITS_OP | RetCodes.MASK_BITS_OBJ);
        Map<String, String> objRefs = reply.isEmpty() ? Map.of() : reply.get(0).objRefs();
        if (e.outcome() == StoreException.Outcome.UNKNOWN) {
            return List.of(ApiCallRc.of(
                            RetCodes.FAIL_SQL | masks,
                            "The database connection broke while the change was being committed.")
                    .withCause(e.getMessage() + " The change may have been committed.")
                    .withDetails("The change may have been committed. The controller re-reads its desired state from"
                            + " the database, so what it lists afterwards is what the database holds.")
                    .withCorrection(
                            "List the object to see whether the change took effect; repeat the call if it did not.")
                    .withObjRefs(objRefs));
        }
        return List.of(ApiCallRc.of(RetCodes.FAIL_SQL | masks, "The change could not be saved in the database.")
                .withCause(e.getMessage())
                .withDetails("Nothing was changed.")
                .withCorrection("Check the database (disk space, connection) and retry.")
                .withObjRefs(objRefs));
    }

    private void notifyListeners(StateChange change) {
        notifier.execute(() -> {
            for (DesiredStateListener listener : listeners) {
                try {
                    listener.desiredStateChanged(change);
                } catch (RuntimeException e) {
                    LOG.warn("Desired-state listener {} failed on change {}", listener, change.version(), e);
                }
            }
        });
    }

    private record Pending(Mutation mutation, CompletableFuture<List<ApiCallRc>> reply) {}
}

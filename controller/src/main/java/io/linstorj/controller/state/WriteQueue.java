package io.linstorj.controller.state;

import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.ApiRcException;
import io.linstorj.protocol.RetCodes;
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
 * alone; if the commit fails, the whole batch is undone and each mutation that had succeeded
 * answers FAIL_SQL. Listeners hear about each committed batch on a separate notifier thread.
 */
public final class WriteQueue implements AutoCloseable {
    /** Most mutations committed in one transaction. */
    public static final int MAX_BATCH = 1024;

    /** Most mutations one submitter may have waiting, unless the constructor says otherwise. */
    public static final int DEFAULT_MAX_PENDING_PER_SUBMITTER = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(WriteQueue.class);

    private final GuardedState guarded;
    private final DesiredStateStore store;
    private final RoundRobinIntake<Pending> intake;
    private final SubmitterScope submitters = new SubmitterScope();
    private final List<DesiredStateListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(
        runnable -> new Thread(runnable, "state-notifier"));
    private final Thread writer;

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
            case ACCEPTED -> {
            }
            case SUBMITTER_FULL -> pending.reply().complete(List.of(ApiCallRc.of(RetCodes.FAIL_UNKNOWN_ERROR,
                "Too many pending changes from this client; the change was not applied.")
                .withCause("This client already has " + intake.maxPendingPerSubmitter()
                    + " changes waiting to be written.")
                .withCorrection("Slow down: wait for answers to earlier calls before sending more, then retry.")));
            case CLOSED -> pending.reply().complete(List.of(ApiCallRc.of(RetCodes.FAIL_UNKNOWN_ERROR,
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
        List<List<ApiCallRc>> replies = new ArrayList<>(batch.size());
        StateChange change = null;
        guarded.writeLock().lock();
        try {
            DesiredState state = guarded.state();
            UndoLog undoLog = state.undoLog();
            for (Pending pending : batch) {
                replies.add(apply(pending.mutation(), state, undoLog));
            }
            List<Change> changes = undoLog.changes();
            if (!changes.isEmpty()) {
                change = commit(changes, state, undoLog, replies);
            }
            undoLog.clear();
        } finally {
            guarded.writeLock().unlock();
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).reply().complete(replies.get(i));
        }
        if (change != null) {
            notifyListeners(change);
        }
    }

    private static List<ApiCallRc> apply(Mutation mutation, DesiredState state, UndoLog undoLog) {
        int mark = undoLog.mark();
        try {
            return List.copyOf(mutation.apply(state));
        } catch (ApiRcException refused) {
            undoLog.rollbackTo(mark);
            return refused.replies();
        } catch (RuntimeException bug) {
            undoLog.rollbackTo(mark);
            LOG.error("A mutation failed unexpectedly; its changes were undone", bug);
            return List.of(ApiCallRc.of(RetCodes.FAIL_IMPL_ERROR, "The controller failed to apply the change.")
                .withCause(String.valueOf(bug))
                .withDetails("Nothing was changed. The controller log has the details."));
        }
    }

    private StateChange commit(List<Change> changes, DesiredState state, UndoLog undoLog,
        List<List<ApiCallRc>> replies) {
        try {
            store.write(changes);
            return StateChanges.summarise(state.advanceVersion(), changes, state);
        } catch (StoreException | RuntimeException e) {
            LOG.error("Commit of {} changes failed; the batch of {} calls is undone",
                changes.size(), replies.size(), e);
            undoLog.rollbackTo(0);
            for (int i = 0; i < replies.size(); i++) {
                replies.set(i, sqlFailure(replies.get(i), e));
            }
            return null;
        }
    }

    private static List<ApiCallRc> sqlFailure(List<ApiCallRc> reply, Exception e) {
        if (reply.stream().anyMatch(ApiCallRc::isError)) {
            return reply;
        }
        long masks = reply.isEmpty() ? 0 : reply.get(0).retCode() & (RetCodes.MASK_BITS_OP | RetCodes.MASK_BITS_OBJ);
        return List.of(ApiCallRc.of(RetCodes.FAIL_SQL | masks, "The change could not be saved in the database.")
            .withCause(e.getMessage())
            .withDetails("Nothing was changed.")
            .withCorrection("Check the database (disk space, connection) and retry.")
            .withObjRefs(reply.isEmpty() ? Map.of() : reply.get(0).objRefs()));
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

    private record Pending(Mutation mutation, CompletableFuture<List<ApiCallRc>> reply) {
    }
}

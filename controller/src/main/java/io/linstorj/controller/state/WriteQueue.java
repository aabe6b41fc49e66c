package io.linstorj.controller.state;

import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.ApiRcException;
import io.linstorj.protocol.RetCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer of the desired state, with group commit.
 *
 * <p>Its thread takes every queued mutation (up to {@value #MAX_BATCH}), applies them one after
 * another under the write lock (each validates against the effects of the earlier ones), writes
 * all their changes in one transaction and commits, and only then completes the replies. A
 * refused mutation is undone alone; if the commit fails, the whole batch is undone and each
 * mutation that had succeeded answers FAIL_SQL. Listeners hear about each committed batch on a
 * separate notifier thread.
 */
public final class WriteQueue implements AutoCloseable {
    /** Most mutations committed in one transaction. */
    public static final int MAX_BATCH = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(WriteQueue.class);

    private final GuardedState guarded;
    private final DesiredStateStore store;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<DesiredStateListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(
        runnable -> new Thread(runnable, "state-notifier"));
    private final Thread writer;
    private volatile boolean accepting = true;

    /** Creates the queue; its writer thread starts at once. */
    public WriteQueue(GuardedState guarded, DesiredStateStore store) {
        this.guarded = guarded;
        this.store = store;
        this.writer = new Thread(this::run, "state-writer");
        writer.start();
    }

    /** Registers a listener for committed batches. */
    public void addListener(DesiredStateListener listener) {
        listeners.add(listener);
    }

    /**
     * Queues {@code mutation}; the future completes with its reply entries once its batch has
     * committed (or with its refusal).
     */
    public CompletableFuture<List<ApiCallRc>> submit(Mutation mutation) {
        Pending pending = new Pending(mutation, new CompletableFuture<>());
        if (!accepting) {
            pending.reply().complete(List.of(ApiCallRc.of(RetCodes.FAIL_UNKNOWN_ERROR,
                "The controller is shutting down; the change was not applied.")));
            return pending.reply();
        }
        queue.add(pending);
        return pending.reply();
    }

    /** Stops accepting mutations, finishes the queued ones and stops the threads. */
    @Override
    public void close() {
        accepting = false;
        queue.add(Pending.STOP);
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
            notifier.shutdown();
            notifier.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            boolean stop = batch.remove(Pending.STOP);
            if (!batch.isEmpty()) {
                process(batch);
            }
            batch.clear();
            if (stop) {
                queue.drainTo(batch);
                if (!batch.isEmpty()) {
                    process(batch);
                }
                return;
            }
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
        static final Pending STOP = new Pending(state -> List.of(), new CompletableFuture<>());
    }
}

package io.linstorj.satellite.reconcile;

import io.linstorj.satellite.plan.DesiredNode;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the node's reconciler on one thread, level-triggered: whatever arrives only marks the
 * node dirty; one pass converges to the newest desired state, however many states arrived
 * meanwhile. A periodic resync runs passes too. Every pass ends with a report, failures included;
 * {@link #refreshReport()} sends one without a pass, when only observed states changed.
 */
public final class ReconcileLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReconcileLoop.class);

    private final NodeReconciler reconciler;
    private final Consumer<NodeReport> reports;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "reconcile");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<DesiredNode> desired = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean reportScheduled = new AtomicBoolean();
    private final AtomicReference<String> pendingTrigger = new AtomicReference<>();
    private final AtomicLong passes = new AtomicLong();

    /**
     * Creates the loop; it runs nothing before the first desired state arrives.
     *
     * @param resync interval of the periodic pass that catches drift nobody announced
     */
    public ReconcileLoop(NodeReconciler reconciler, Consumer<NodeReport> reports, Duration resync) {
        this.reconciler = reconciler;
        this.reports = reports;
        thread.scheduleWithFixedDelay(
                () -> poke("resync"), resync.toMillis(), resync.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Takes a new desired state and schedules a pass. */
    public void submit(DesiredNode state) {
        desired.set(state);
        poke("desired state generation " + state.generation());
    }

    /** Schedules a pass for {@code trigger} unless one is pending already. */
    public void poke(String trigger) {
        if (desired.get() == null) {
            return;
        }
        pendingTrigger.compareAndSet(null, trigger);
        if (scheduled.compareAndSet(false, true)) {
            thread.execute(this::pass);
        }
    }

    private void pass() {
        scheduled.set(false);
        String trigger = pendingTrigger.getAndSet(null);
        DesiredNode state = desired.get();
        long id = passes.incrementAndGet();
        String passId = "pass " + id + " (" + trigger + ")";
        try {
            reconciler.reconcile(state, passId);
        } catch (RuntimeException e) {
            LOG.error("{}: reconcile failed: {}", passId, e.getMessage(), e);
            reconciler.passFailed(passId, e);
        }
        sendReport();
    }

    /** Schedules a report of the current observed state, coalescing with any already pending. */
    public void refreshReport() {
        if (desired.get() != null && reportScheduled.compareAndSet(false, true)) {
            thread.execute(this::sendReport);
        }
    }

    private void sendReport() {
        reportScheduled.set(false);
        try {
            reports.accept(reconciler.report());
        } catch (RuntimeException e) {
            LOG.error("cannot build the observed-state report: {}", e.getMessage(), e);
        }
    }

    /** Stops the loop; a pass under way finishes first. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops the loop as a crash would: queued passes are dropped and a pass under way is
     * interrupted, so that whatever it had not done stays undone.
     */
    public void abort() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs {@code task} on the loop's thread after the passes queued before it. */
    public void runOnLoop(Runnable task) {
        try {
            thread.submit(task).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("reconcile loop did not run the task: " + e.getMessage(), e);
        }
    }
}

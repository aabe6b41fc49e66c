package io.linstorj.controller.snapshot;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.Snapshot;
import io.linstorj.controller.cluster.SnapshotDefinition;
import io.linstorj.controller.cluster.SnapshotDefinitionKey;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.observed.ObservedStateListener;
import io.linstorj.controller.observed.SnapshotObservation;
import io.linstorj.controller.state.WriteQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes stored snapshots on all their nodes at one point in time, as LINSTOR does: every node
 * suspends the resource's I/O; once all of them report it suspended, every node takes its
 * copies; once all report them taken, every node resumes I/O and the snapshots are recorded
 * SUCCESSFUL. Should a node report a problem, go offline, or not get through its stage within
 * the timeout, the snapshots are given up: their nodes resume I/O and delete what they took (the
 * snapshots are no longer sent to them), and the definitions are recorded FAILED_DEPLOYMENT or
 * FAILED_DISCONNECT with the reason in {@link SnapshotProps#FAILURE}.
 *
 * <p>All decisions run on the coordinator's own thread; observed-state changes only enqueue a
 * look at the attempts they concern. Level-triggered: a look reads the observed state of now,
 * whichever change caused it.
 */
public final class SnapshotCoordinator implements ObservedStateListener, AutoCloseable {
    /** How long all nodes of a snapshot get to suspend I/O and then to take their copies. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotCoordinator.class);

    private final WriteQueue writes;
    private final ObservedState observed;
    private final SnapshotStages stages;
    private final Duration timeout;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "snapshot-coordinator");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong attemptIds = new AtomicLong();
    private final List<SnapshotProgressListener> listeners = new CopyOnWriteArrayList<>();
    // Coordinator thread only.
    private final Map<SnapshotDefinitionKey, Attempt> attempts = new HashMap<>();

    /** One take of one or more snapshots at one point in time. Coordinator thread only. */
    private static final class Attempt {
        final String id;
        final List<SnapshotDefinitionKey> keys;
        final List<Snapshot> parts;
        final Set<String> nodeNames = new LinkedHashSet<>();
        /** One part of each snapshot, for its names as created. */
        final List<Snapshot> definitions = new ArrayList<>();

        SnapshotStages.Stage stage = SnapshotStages.Stage.SUSPEND;
        boolean done;

        Attempt(String id, List<SnapshotDefinitionKey> keys, List<Snapshot> parts) {
            this.id = id;
            this.keys = List.copyOf(keys);
            this.parts = List.copyOf(parts);
            Set<SnapshotDefinitionKey> seen = new java.util.HashSet<>();
            for (Snapshot part : parts) {
                nodeNames.add(part.nodeName());
                if (seen.add(SnapshotDefinitionKey.of(part.resourceName(), part.snapshotName()))) {
                    definitions.add(part);
                }
            }
        }

        String describe() {
            return String.join(
                    ", ",
                    parts.stream()
                            .map(p -> p.resourceName() + "/" + p.snapshotName())
                            .distinct()
                            .toList());
        }
    }

    /** Creates the coordinator and listens to {@code observed}. */
    public SnapshotCoordinator(WriteQueue writes, ObservedState observed, SnapshotStages stages, Duration timeout) {
        this.writes = writes;
        this.observed = observed;
        this.stages = stages;
        this.timeout = timeout;
        observed.addListener(this);
    }

    /** Registers a listener of the snapshots' progress. */
    public void addListener(SnapshotProgressListener listener) {
        listeners.add(listener);
    }

    /** Tells the listeners that a snapshot definition was deleted. */
    void removed(String resourceName, String snapshotName) {
        listeners.forEach(listener -> listener.removed(resourceName, snapshotName));
    }

    private void progressed(Attempt attempt, SnapshotProgressListener.Stage stage, List<ApiCallRc> reports) {
        for (Snapshot named : attempt.definitions) {
            listeners.forEach(
                    listener -> listener.progressed(named.resourceName(), named.snapshotName(), stage, reports));
        }
    }

    /** The stages the satellite sender reads. */
    public SnapshotStages stages() {
        return stages;
    }

    /**
     * Marks the snapshots as being taken before they are stored, so that no sender sends them
     * without a stage; false when one of them is being taken already.
     */
    boolean reserve(List<SnapshotDefinitionKey> keys, Object token) {
        return stages.reserve(keys, token);
    }

    /** The reserved snapshots were not stored (the request was refused). */
    void release(List<SnapshotDefinitionKey> keys) {
        stages.forget(keys);
    }

    /** The reserved snapshots are stored with these parts on nodes: take them. */
    void begin(List<SnapshotDefinitionKey> keys, List<Snapshot> parts) {
        Attempt attempt = new Attempt("snapshot-" + attemptIds.incrementAndGet(), keys, parts);
        onThread(() -> {
            keys.forEach(key -> attempts.put(key, attempt));
            LOG.info("{}: suspending I/O of {} on {}", attempt.id, attempt.describe(), attempt.nodeNames);
            thread.schedule(
                    () -> timedOut(attempt, SnapshotStages.Stage.SUSPEND), timeout.toMillis(), TimeUnit.MILLISECONDS);
            stages.refresh(attempt.nodeNames);
            progressed(attempt, SnapshotProgressListener.Stage.SUSPENDING, List.of());
            evaluate(attempt);
        });
    }

    /**
     * At start: gives up every snapshot stored as neither SUCCESSFUL nor failed that no attempt of
     * this controller takes (one the controller was taking when it stopped; its nodes hold I/O
     * suspended for it at most until they hear from this controller, or their lease ends), then
     * tells the listeners how every stored snapshot stands, SUCCESSFUL or FAILED with its reason,
     * so that a watch opened after a restart finds them as one opened before it would.
     */
    public CompletableFuture<List<ApiCallRc>> failUnfinished() {
        List<SnapshotDefinition> stored = new ArrayList<>();
        return writes.submit(desired -> {
                    stored.clear();
                    List<ApiCallRc> replies = new ArrayList<>();
                    for (SnapshotDefinition definition :
                            List.copyOf(desired.snapshotDefinitions().values())) {
                        if (stages.stage(definition.resourceName(), definition.name())
                                .isPresent()) {
                            continue;
                        }
                        if (!definition.successful() && !definition.failed()) {
                            String reason = "The controller stopped while snapshot '" + definition.name()
                                    + "' of resource '" + definition.resourceName() + "' was being taken.";
                            SnapshotDefinition failed = definition.withFlag(
                                    SnapshotDefinition.FLAG_FAILED_DEPLOYMENT, Map.of(SnapshotProps.FAILURE, reason));
                            desired.putSnapshotDefinition(failed);
                            definition = failed;
                            replies.add(ApiCallRc.of(
                                    RetCodes.MASK_SNAPSHOT | RetCodes.MODIFIED, reason + " It is given up."));
                        }
                        stored.add(definition);
                    }
                    return replies;
                })
                .thenApply(replies -> {
                    if (replies.stream().noneMatch(ApiCallRc::isError)) {
                        stored.forEach(this::announce);
                    }
                    return replies;
                });
    }

    /** Tells the listeners the final stage of a stored snapshot. */
    private void announce(SnapshotDefinition definition) {
        SnapshotProgressListener.Stage stage = definition.successful()
                ? SnapshotProgressListener.Stage.SUCCESSFUL
                : SnapshotProgressListener.Stage.FAILED;
        List<ApiCallRc> reports = definition.successful()
                ? List.of()
                : List.of(ApiCallRc.of(
                        RetCodes.FAIL_UNKNOWN_ERROR | RetCodes.MASK_SNAPSHOT,
                        definition.props().getOrDefault(SnapshotProps.FAILURE, "")));
        listeners.forEach(
                listener -> listener.progressed(definition.resourceName(), definition.name(), stage, reports));
    }

    @Override
    public void snapshotChanged(
            String nodeName, String resourceName, String snapshotName, SnapshotObservation observation) {
        SnapshotDefinitionKey key = SnapshotDefinitionKey.of(resourceName, snapshotName);
        onThread(() -> {
            Attempt attempt = attempts.get(key);
            if (attempt != null) {
                evaluate(attempt);
            }
        });
    }

    @Override
    public void connectionStatusChanged(String nodeName, String status) {
        onThread(() -> attempts.values().stream()
                .distinct()
                .filter(attempt -> attempt.nodeNames.stream().anyMatch(nodeName::equalsIgnoreCase))
                .toList()
                .forEach(this::evaluate));
    }

    private void evaluate(Attempt attempt) {
        if (attempt.done) {
            return;
        }
        boolean allSuspended = true;
        boolean allTaken = true;
        for (Snapshot part : attempt.parts) {
            if (!observed.isOnline(part.nodeName())) {
                fail(
                        attempt,
                        SnapshotDefinition.FLAG_FAILED_DISCONNECT,
                        "Node '" + part.nodeName() + "' went "
                                + observed.connectionStatus(part.nodeName()) + " while snapshot '" + part.snapshotName()
                                + "' of resource '" + part.resourceName() + "' was being taken.");
                return;
            }
            Optional<SnapshotObservation> seen =
                    observed.snapshot(part.nodeName(), part.resourceName(), part.snapshotName());
            if (seen.isPresent() && !seen.get().reports().isEmpty()) {
                ApiCallRc report = seen.get().reports().get(0);
                fail(
                        attempt,
                        SnapshotDefinition.FLAG_FAILED_DEPLOYMENT,
                        "Node '" + part.nodeName()
                                + "' could not take snapshot '" + part.snapshotName() + "' of resource '"
                                + part.resourceName()
                                + "': " + report.message()
                                + (report.cause().isEmpty() ? "" : " (" + report.cause() + ")"));
                return;
            }
            allSuspended &= seen.isPresent() && seen.get().ioSuspended();
            allTaken &= seen.isPresent()
                    && seen.get().ioSuspended()
                    && seen.get().takenVolumes().containsAll(part.volumePools().keySet());
        }
        if (attempt.stage == SnapshotStages.Stage.SUSPEND && allSuspended) {
            attempt.stage = SnapshotStages.Stage.TAKE;
            LOG.info("{}: I/O suspended on every node; taking {}", attempt.id, attempt.describe());
            thread.schedule(
                    () -> timedOut(attempt, SnapshotStages.Stage.TAKE), timeout.toMillis(), TimeUnit.MILLISECONDS);
            stages.move(attempt.keys, SnapshotStages.Stage.TAKE, attempt.nodeNames);
            progressed(attempt, SnapshotProgressListener.Stage.TAKING, List.of());
        } else if (attempt.stage == SnapshotStages.Stage.TAKE && allTaken) {
            succeed(attempt);
        }
    }

    private void timedOut(Attempt attempt, SnapshotStages.Stage stage) {
        if (attempt.done || attempt.stage != stage) {
            return;
        }
        List<String> late = new ArrayList<>();
        for (Snapshot part : attempt.parts) {
            Optional<SnapshotObservation> seen =
                    observed.snapshot(part.nodeName(), part.resourceName(), part.snapshotName());
            boolean through = seen.isPresent()
                    && seen.get().ioSuspended()
                    && (stage == SnapshotStages.Stage.SUSPEND
                            || seen.get()
                                    .takenVolumes()
                                    .containsAll(part.volumePools().keySet()));
            if (!through && !late.contains(part.nodeName())) {
                late.add(part.nodeName());
            }
        }
        fail(
                attempt,
                SnapshotDefinition.FLAG_FAILED_DEPLOYMENT,
                "Node(s) '" + String.join(", ", late)
                        + "' did not " + (stage == SnapshotStages.Stage.SUSPEND ? "suspend I/O" : "take the copies")
                        + " of "
                        + attempt.describe() + " within " + seconds(timeout) + "; I/O resumes on every node.");
    }

    /** Every node took its copies: resume I/O everywhere now, and record the snapshots SUCCESSFUL. */
    private void succeed(Attempt attempt) {
        attempt.done = true;
        stages.move(attempt.keys, SnapshotStages.Stage.KEEP, attempt.nodeNames);
        LOG.info("{}: {} taken on {}; I/O resumes", attempt.id, attempt.describe(), attempt.nodeNames);
        writes.submit(desired -> {
                    for (SnapshotDefinitionKey key : attempt.keys) {
                        SnapshotDefinition definition =
                                desired.snapshotDefinitions().get(key);
                        if (definition != null && !definition.failed()) {
                            desired.putSnapshotDefinition(
                                    definition.withFlag(SnapshotDefinition.FLAG_SUCCESSFUL, Map.of()));
                        }
                    }
                    return List.of(ApiCallRc.of(
                            RetCodes.MASK_SNAPSHOT | RetCodes.MODIFIED, attempt.describe() + " recorded SUCCESSFUL."));
                })
                .whenCompleteAsync(
                        (replies, error) -> {
                            if (error != null || replies.stream().anyMatch(ApiCallRc::isError)) {
                                String why = error != null
                                        ? String.valueOf(error)
                                        : replies.get(0).message();
                                LOG.error(
                                        "{}: cannot record {} SUCCESSFUL: {}; giving it up",
                                        attempt.id,
                                        attempt.describe(),
                                        why);
                                attempt.done = false;
                                fail(
                                        attempt,
                                        SnapshotDefinition.FLAG_FAILED_DEPLOYMENT,
                                        "The controller could not record " + attempt.describe() + " as taken: " + why);
                                return;
                            }
                            finish(attempt);
                            progressed(attempt, SnapshotProgressListener.Stage.SUCCESSFUL, List.of());
                        },
                        this::onThread);
    }

    /** Gives the snapshots up: not sent any more (nodes resume I/O and delete their copies), then recorded failed. */
    private void fail(Attempt attempt, String flag, String reason) {
        attempt.done = true;
        stages.move(attempt.keys, SnapshotStages.Stage.ABORT, attempt.nodeNames);
        LOG.warn("{}: giving up {}: {}", attempt.id, attempt.describe(), reason);
        writes.submit(desired -> {
                    for (SnapshotDefinitionKey key : attempt.keys) {
                        SnapshotDefinition definition =
                                desired.snapshotDefinitions().get(key);
                        if (definition != null) {
                            Set<String> flags = new LinkedHashSet<>(definition.flags());
                            flags.remove(SnapshotDefinition.FLAG_SUCCESSFUL);
                            desired.putSnapshotDefinition(new SnapshotDefinition(
                                            definition.resourceName(),
                                            definition.name(),
                                            definition.volumeSizesKib(),
                                            definition.props(),
                                            flags,
                                            definition.uuid())
                                    .withFlag(flag, Map.of(SnapshotProps.FAILURE, reason)));
                        }
                    }
                    return List.of(ApiCallRc.of(RetCodes.MASK_SNAPSHOT | RetCodes.MODIFIED, reason));
                })
                .whenCompleteAsync(
                        (replies, error) -> {
                            progressed(
                                    attempt,
                                    SnapshotProgressListener.Stage.FAILED,
                                    List.of(ApiCallRc.of(
                                            RetCodes.FAIL_UNKNOWN_ERROR | RetCodes.MASK_SNAPSHOT, reason)));
                            if (error != null || replies.stream().anyMatch(ApiCallRc::isError)) {
                                // Stays ABORT in memory, so no node holds copies of it; a restart gives it up for good.
                                LOG.error(
                                        "{}: cannot record {} as failed: {}",
                                        attempt.id,
                                        attempt.describe(),
                                        error != null ? error : replies.get(0).message());
                                attempt.keys.forEach(attempts::remove);
                                return;
                            }
                            finish(attempt);
                        },
                        this::onThread);
    }

    private void finish(Attempt attempt) {
        attempt.keys.forEach(attempts::remove);
        stages.forget(attempt.keys);
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private void onThread(Runnable task) {
        try {
            thread.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.error("snapshot coordinator: {}", e.getMessage(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("snapshot coordinator closed; not running {}", task);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}

package io.linstorj.controller.snapshot;

import io.linstorj.controller.cluster.SnapshotDefinitionKey;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Where each snapshot being taken stands, in memory only: a controller that restarts gives every
 * unfinished snapshot up (see {@link SnapshotCoordinator#failUnfinished}), so no stage needs to
 * outlive it. The satellite sender reads the stage of each snapshot it sends; a snapshot without
 * one is complete (or given up, and then no longer sent). Thread-safe.
 */
public final class SnapshotStages {
    /** What the snapshot's nodes must do now. */
    public enum Stage {
        /** Suspend the resource's I/O and report it suspended. */
        SUSPEND,
        /** Take the copies with I/O still suspended. */
        TAKE,
        /** Hold the copies and resume I/O. */
        KEEP,
        /** Given up: the snapshot is not sent, so its nodes resume I/O and delete what they took of it. */
        ABORT
    }

    private final Map<SnapshotDefinitionKey, Stage> stages = new ConcurrentHashMap<>();
    private final Map<SnapshotDefinitionKey, Object> reservedBy = new ConcurrentHashMap<>();
    private final List<Consumer<Collection<String>>> listeners = new CopyOnWriteArrayList<>();

    /** Registers a listener told the names of the nodes whose snapshots changed stage. */
    public void addListener(Consumer<Collection<String>> nodesToRefresh) {
        listeners.add(nodesToRefresh);
    }

    /** The stage of a snapshot being taken; empty for one that is not. */
    public Optional<Stage> stage(String resourceName, String snapshotName) {
        return Optional.ofNullable(stages.get(SnapshotDefinitionKey.of(resourceName, snapshotName)));
    }

    /**
     * Marks the snapshots as being taken for {@code token}, stage SUSPEND, unless one of them is
     * being taken for another token: then nothing changes and the answer is false. Reserving
     * again for the same token changes nothing and answers true.
     */
    synchronized boolean reserve(Collection<SnapshotDefinitionKey> keys, Object token) {
        if (keys.stream().anyMatch(key -> stages.containsKey(key) && reservedBy.get(key) != token)) {
            return false;
        }
        for (SnapshotDefinitionKey key : keys) {
            reservedBy.put(key, token);
            stages.putIfAbsent(key, Stage.SUSPEND);
        }
        return true;
    }

    /** Moves the snapshots to {@code stage} and tells {@code nodeNames}' senders. */
    void move(Collection<SnapshotDefinitionKey> keys, Stage stage, Collection<String> nodeNames) {
        keys.forEach(key -> stages.put(key, stage));
        refresh(nodeNames);
    }

    /** Tells the senders of {@code nodeNames} that their snapshots' stages may have changed. */
    void refresh(Collection<String> nodeNames) {
        listeners.forEach(listener -> listener.accept(nodeNames));
    }

    /** Forgets the snapshots' stages: they are complete, or stored as given up. */
    synchronized void forget(Collection<SnapshotDefinitionKey> keys) {
        keys.forEach(stages::remove);
        keys.forEach(reservedBy::remove);
    }
}

package io.linstorj.controller.satellite;

import io.linstorj.controller.observed.ObservedState;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Writes a satellite's observed-state report into the controller's observed state, and forgets
 * what a node reported when its connection is lost, since nothing is known about it then.
 */
final class ObservedReportApplier {
    private final ObservedState observed;
    private final DeletionConfirmations deletions;
    private final Map<String, Set<String>> reportedResources = new ConcurrentHashMap<>();
    private final Map<String, Set<SnapshotName>> reportedSnapshots = new ConcurrentHashMap<>();

    ObservedReportApplier(ObservedState observed, DeletionConfirmations deletions) {
        this.observed = observed;
        this.deletions = deletions;
    }

    /**
     * Applies a report; resources the node does not hold in desired state any more are ignored,
     * so that a late report cannot bring back a deleted resource. A resource marked for deletion
     * that the satellite reports gone, in a report of a state that asked for the deletion
     * ({@code deletionApplied}), is handed to the deletion confirmations, which remove it.
     */
    void apply(
            String nodeName, ObservedReport report, Set<String> desiredResources, Predicate<String> deletionApplied) {
        for (ObservedReport.Pool pool : report.pools()) {
            observed.updateStoragePool(nodeName, pool.name(), pool.observation());
        }
        Set<String> now = new HashSet<>();
        for (ObservedReport.Resource resource : report.resources()) {
            if (!desiredResources.contains(resource.name())) {
                continue;
            }
            if (resource.deleted()) {
                // Only a report of the state that asked for the deletion, never an older one, confirms it.
                if (deletionApplied.test(resource.name())) {
                    deletions.resourceGone(nodeName, resource.name());
                }
                continue;
            }
            now.add(resource.name());
            for (ObservedReport.Volume volume : resource.volumes()) {
                observed.updateVolume(nodeName, resource.name(), volume.number(), volume.observation());
            }
            observed.updateResource(nodeName, resource.name(), resource.observation());
        }
        applySnapshots(nodeName, report);
        Set<String> before = reportedResources.put(nodeName, now);
        if (before != null) {
            for (String gone : before) {
                if (!now.contains(gone)) {
                    observed.forgetResource(nodeName, gone);
                }
            }
        }
    }

    /** Records the node's snapshots and forgets those it no longer reports. */
    private void applySnapshots(String nodeName, ObservedReport report) {
        Set<SnapshotName> now = new HashSet<>();
        for (ObservedReport.Snapshot snapshot : report.snapshots()) {
            now.add(new SnapshotName(snapshot.resourceName(), snapshot.snapshotName()));
            observed.updateSnapshot(nodeName, snapshot.resourceName(), snapshot.snapshotName(), snapshot.observation());
        }
        Set<SnapshotName> before = reportedSnapshots.put(nodeName, now);
        if (before != null) {
            for (SnapshotName gone : before) {
                if (!now.contains(gone)) {
                    observed.forgetSnapshot(nodeName, gone.resourceName(), gone.snapshotName());
                }
            }
        }
    }

    /** Forgets every resource and snapshot the node reported: their states are unknown while it is away. */
    void connectionLost(String nodeName) {
        Set<SnapshotName> snapshots = reportedSnapshots.remove(nodeName);
        if (snapshots != null) {
            snapshots.forEach(gone -> observed.forgetSnapshot(nodeName, gone.resourceName(), gone.snapshotName()));
        }
        Set<String> before = reportedResources.remove(nodeName);
        if (before != null) {
            before.forEach(resource -> observed.forgetResource(nodeName, resource));
        }
    }

    private record SnapshotName(String resourceName, String snapshotName) {}
}

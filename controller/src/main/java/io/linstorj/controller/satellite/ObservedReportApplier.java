package io.linstorj.controller.satellite;

import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.observed.ResourceObservation;
import io.linstorj.controller.observed.SnapshotObservation;
import io.linstorj.controller.observed.StoragePoolObservation;
import io.linstorj.controller.observed.VolumeObservation;
import io.linstorj.protocol.proto.MsgApiCallResponse;
import io.linstorj.protocol.proto.MsgNodeObservedState;
import io.linstorj.protocol.proto.ResourceObserved;
import io.linstorj.protocol.proto.SnapshotObserved;
import io.linstorj.protocol.proto.StoragePoolObserved;
import io.linstorj.protocol.proto.VolumeObserved;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
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
            String nodeName,
            MsgNodeObservedState report,
            Set<String> desiredResources,
            Predicate<String> deletionApplied) {
        for (StoragePoolObserved pool : report.getStoragePoolsList()) {
            observed.updateStoragePool(
                    nodeName,
                    pool.getName(),
                    new StoragePoolObservation(
                            pool.hasFreeCapacityKib()
                                    ? OptionalLong.of(pool.getFreeCapacityKib())
                                    : OptionalLong.empty(),
                            pool.hasTotalCapacityKib()
                                    ? OptionalLong.of(pool.getTotalCapacityKib())
                                    : OptionalLong.empty(),
                            toRcs(pool.getReportsList())));
        }
        Set<String> now = new HashSet<>();
        for (ResourceObserved resource : report.getResourcesList()) {
            if (!desiredResources.contains(resource.getName())) {
                continue;
            }
            if (resource.getDeleted()) {
                // Only a report of the state that asked for the deletion, never an older one, confirms it.
                if (deletionApplied.test(resource.getName())) {
                    deletions.resourceGone(nodeName, resource.getName());
                }
                continue;
            }
            now.add(resource.getName());
            for (VolumeObserved volume : resource.getVolumesList()) {
                observed.updateVolume(
                        nodeName,
                        resource.getName(),
                        volume.getVolumeNumber(),
                        new VolumeObservation(
                                volume.getBackingDisk(),
                                volume.getDevicePath(),
                                volume.getDiskState(),
                                volume.hasAllocatedSizeKib()
                                        ? OptionalLong.of(volume.getAllocatedSizeKib())
                                        : OptionalLong.empty()));
            }
            observed.updateResource(
                    nodeName,
                    resource.getName(),
                    new ResourceObservation(
                            resource.getReady(),
                            resource.getInUse() && !resource.getInactive(),
                            toRcs(resource.getReportsList()),
                            resource.getInactive()));
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
    private void applySnapshots(String nodeName, MsgNodeObservedState report) {
        Set<SnapshotName> now = new HashSet<>();
        for (SnapshotObserved snapshot : report.getSnapshotsList()) {
            now.add(new SnapshotName(snapshot.getResourceName(), snapshot.getSnapshotName()));
            observed.updateSnapshot(
                    nodeName,
                    snapshot.getResourceName(),
                    snapshot.getSnapshotName(),
                    new SnapshotObservation(
                            Set.copyOf(snapshot.getTakenVolumesList()),
                            toRcs(snapshot.getReportsList()),
                            snapshot.getIoSuspended()));
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

    private static List<ApiCallRc> toRcs(List<MsgApiCallResponse> responses) {
        return responses.stream()
                .map(r -> new ApiCallRc(
                        r.getRetCode(),
                        r.getMessage(),
                        r.getCause(),
                        r.getCorrection(),
                        r.getDetails(),
                        r.getObjRefsMap()))
                .toList();
    }
}

package io.linstorj.satellite.link;

import io.linstorj.common.RetCodes;
import io.linstorj.protocol.proto.MsgApiCallResponse;
import io.linstorj.protocol.proto.MsgNodeObservedState;
import io.linstorj.protocol.proto.ResourceObserved;
import io.linstorj.protocol.proto.SnapshotObserved;
import io.linstorj.protocol.proto.StoragePoolObserved;
import io.linstorj.protocol.proto.VolumeObserved;
import io.linstorj.satellite.drbd.DiskState;
import io.linstorj.satellite.drbd.DrbdResourceState;
import io.linstorj.satellite.drbd.DrbdVolumeState;
import io.linstorj.satellite.plan.Problem;
import io.linstorj.satellite.reconcile.NodeReport;
import io.linstorj.satellite.reconcile.PoolOutcome;
import io.linstorj.satellite.reconcile.ResourceOutcome;
import io.linstorj.satellite.reconcile.SnapshotOutcome;
import io.linstorj.satellite.storage.ProvidedVolume;
import io.linstorj.satellite.storage.StorageProblem;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Translates the node's report into the controller's observed-state message. */
public final class ObservedReports {
    private ObservedReports() {}

    /** The message that reports {@code node}. */
    public static MsgNodeObservedState of(NodeReport node) {
        MsgNodeObservedState.Builder report =
                MsgNodeObservedState.newBuilder().setAppliedGeneration(node.appliedGeneration());
        for (PoolOutcome pool : node.pools()) {
            report.addStoragePools(pool(pool));
        }
        for (ResourceOutcome resource : node.resources()) {
            report.addResources(
                    resource(resource, Optional.ofNullable(node.drbd().get(resource.name()))));
        }
        for (SnapshotOutcome snapshot : node.snapshots()) {
            SnapshotObserved.Builder observed = SnapshotObserved.newBuilder()
                    .setResourceName(snapshot.resourceName())
                    .setSnapshotName(snapshot.snapshotName())
                    .addAllTakenVolumes(new TreeSet<>(snapshot.takenVolumes()))
                    .setIoSuspended(snapshot.ioSuspended());
            for (Problem problem : snapshot.problems()) {
                observed.addReports(MsgApiCallResponse.newBuilder()
                        .setRetCode(RetCodes.FAIL_UNKNOWN_ERROR | RetCodes.MASK_SNAPSHOT)
                        .setMessage(problem.message())
                        .setCause(problem.cause())
                        .setCorrection(problem.correction())
                        .putObjRefs("RscDfn", snapshot.resourceName())
                        .putObjRefs("Snapshot", snapshot.snapshotName()));
            }
            report.addSnapshots(observed);
        }
        node.failure()
                .ifPresent(f -> report.addReports(MsgApiCallResponse.newBuilder()
                        .setRetCode(RetCodes.FAIL_UNKNOWN_ERROR)
                        .setMessage("The satellite's last reconcile pass failed.")
                        .setCause(f)
                        .setCorrection("See the satellite's log; the next pass tries again.")));
        return report.build();
    }

    private static StoragePoolObserved pool(PoolOutcome pool) {
        StoragePoolObserved.Builder observed = StoragePoolObserved.newBuilder().setName(pool.name());
        pool.capacity().ifPresent(c -> observed.setFreeCapacityKib(c.freeKib()).setTotalCapacityKib(c.totalKib()));
        for (StorageProblem problem : pool.problems()) {
            observed.addReports(MsgApiCallResponse.newBuilder()
                    .setRetCode(RetCodes.FAIL_STOR_POOL_CONFIGURATION_ERROR | RetCodes.MASK_STOR_POOL)
                    .setMessage(problem.message())
                    .setCause(problem.cause())
                    .setCorrection(problem.correction())
                    .putObjRefs("StorPool", pool.name()));
        }
        return observed.build();
    }

    private static ResourceObserved resource(ResourceOutcome outcome, Optional<DrbdResourceState> state) {
        ResourceObserved.Builder observed = ResourceObserved.newBuilder()
                .setName(outcome.name())
                .setInUse(state.map(DrbdResourceState::inUse).orElse(false))
                .setInactive(outcome.inactive());
        if (outcome.deleting()) {
            addProblems(observed, outcome);
            return observed.setDeleted(outcome.gone()).build();
        }
        // A deactivated resource is down on purpose: never ready, whatever DRBD still shows.
        boolean ready = state.isPresent() && outcome.problems().isEmpty() && !outcome.inactive();
        for (Map.Entry<Integer, Integer> minor : new TreeMap<>(outcome.minors()).entrySet()) {
            int number = minor.getKey();
            Optional<DrbdVolumeState> volumeState = state.flatMap(s -> s.volume(number));
            DiskState disk = volumeState.map(DrbdVolumeState::diskState).orElse(null);
            ready &= disk == DiskState.UP_TO_DATE || (outcome.diskless() && disk == DiskState.DISKLESS);
            VolumeObserved.Builder volume = VolumeObserved.newBuilder()
                    .setVolumeNumber(number)
                    .setDevicePath("/dev/drbd" + minor.getValue())
                    .setDiskState(disk == null ? "Unknown" : disk.drbdName());
            volumeState.ifPresent(v -> volume.setReplicationState(replication(v)));
            ProvidedVolume backing = outcome.volumes().get(number);
            if (backing != null) {
                volume.setBackingDisk(backing.backingDisk()).setAllocatedSizeKib(backing.allocatedSizeKib());
            } else if (outcome.diskless()) {
                volume.setBackingDisk("none");
            }
            observed.addVolumes(volume);
        }
        addProblems(observed, outcome);
        return observed.setReady(ready).build();
    }

    private static void addProblems(ResourceObserved.Builder observed, ResourceOutcome outcome) {
        for (Problem problem : outcome.problems()) {
            observed.addReports(MsgApiCallResponse.newBuilder()
                    .setRetCode(RetCodes.FAIL_UNKNOWN_ERROR | RetCodes.MASK_RSC)
                    .setMessage(problem.message())
                    .setCause(problem.cause())
                    .setCorrection(problem.correction())
                    .putObjRefs("RscDfn", outcome.name()));
        }
    }

    private static String replication(DrbdVolumeState volume) {
        String name = volume.replicationState().drbdName();
        return volume.syncDonePercent().isPresent()
                ? String.format("%s %.1f%%", name, volume.syncDonePercent().getAsDouble())
                : name;
    }
}

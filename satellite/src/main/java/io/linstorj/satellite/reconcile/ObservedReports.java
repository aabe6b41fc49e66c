package io.linstorj.satellite.reconcile;

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
import io.linstorj.satellite.storage.ProvidedVolume;
import io.linstorj.satellite.storage.StorageProblem;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds the observed-state report from a pass's outcome and the DRBD states of now. */
final class ObservedReports {
    private ObservedReports() {}

    static MsgNodeObservedState of(
            long generation,
            Collection<PoolOutcome> pools,
            Collection<ResourceOutcome> resources,
            Collection<SnapshotOutcome> snapshots,
            Map<String, DrbdResourceState> drbd,
            Optional<String> failure) {
        MsgNodeObservedState.Builder report = MsgNodeObservedState.newBuilder().setAppliedGeneration(generation);
        for (PoolOutcome pool : pools) {
            report.addStoragePools(pool(pool));
        }
        for (ResourceOutcome resource : resources) {
            report.addResources(resource(resource, Optional.ofNullable(drbd.get(resource.name()))));
        }
        for (SnapshotOutcome snapshot : snapshots) {
            SnapshotObserved.Builder observed = SnapshotObserved.newBuilder()
                    .setResourceName(snapshot.resourceName())
                    .setSnapshotName(snapshot.snapshotName())
                    .addAllTakenVolumes(new TreeSet<>(snapshot.takenVolumes()))
                    .setIoSuspended(snapshot.ioSuspended());
            for (ResourceOutcome.Problem problem : snapshot.problems()) {
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
        failure.ifPresent(f -> report.addReports(MsgApiCallResponse.newBuilder()
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
        for (ResourceOutcome.Problem problem : outcome.problems()) {
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

package io.linstorj.controller.satellite;

import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.observed.ResourceObservation;
import io.linstorj.controller.observed.SnapshotObservation;
import io.linstorj.controller.observed.StoragePoolObservation;
import io.linstorj.controller.observed.VolumeObservation;
import io.linstorj.protocol.proto.MsgApiCallResponse;
import io.linstorj.protocol.proto.MsgNodeObservedState;
import io.linstorj.protocol.proto.MsgSatelliteInfo;
import io.linstorj.protocol.proto.ResourceObserved;
import io.linstorj.protocol.proto.SnapshotObserved;
import io.linstorj.protocol.proto.StoragePoolObserved;
import io.linstorj.protocol.proto.VolumeObserved;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Translates what satellites send into the controller's records, at the link, so that nothing
 * past {@link SatelliteConnection} sees the satellite protocol's messages.
 */
final class ObservedReports {
    private ObservedReports() {}

    /** The report a {@code MsgNodeObservedState} carries. */
    static ObservedReport fromMessage(MsgNodeObservedState message) {
        return new ObservedReport(
                message.getAppliedGeneration(),
                message.getStoragePoolsList().stream()
                        .map(ObservedReports::pool)
                        .toList(),
                message.getResourcesList().stream()
                        .map(ObservedReports::resource)
                        .toList(),
                message.getSnapshotsList().stream()
                        .map(ObservedReports::snapshot)
                        .toList());
    }

    /** What a {@code MsgSatelliteInfo} says, without the satellite's proof. */
    static SatelliteInfo info(MsgSatelliteInfo message) {
        return new SatelliteInfo(message.getDrbdDriver(), message.getDrbdVersion(), message.getSatelliteInfo());
    }

    private static ObservedReport.Pool pool(StoragePoolObserved pool) {
        return new ObservedReport.Pool(
                pool.getName(),
                new StoragePoolObservation(
                        pool.hasFreeCapacityKib() ? OptionalLong.of(pool.getFreeCapacityKib()) : OptionalLong.empty(),
                        pool.hasTotalCapacityKib() ? OptionalLong.of(pool.getTotalCapacityKib()) : OptionalLong.empty(),
                        toRcs(pool.getReportsList())));
    }

    private static ObservedReport.Resource resource(ResourceObserved resource) {
        return new ObservedReport.Resource(
                resource.getName(),
                resource.getDeleted(),
                new ResourceObservation(
                        resource.getReady(),
                        // A deactivated resource is never in use, whatever DRBD said last.
                        resource.getInUse() && !resource.getInactive(),
                        toRcs(resource.getReportsList()),
                        resource.getInactive()),
                resource.getVolumesList().stream().map(ObservedReports::volume).toList());
    }

    private static ObservedReport.Volume volume(VolumeObserved volume) {
        return new ObservedReport.Volume(
                volume.getVolumeNumber(),
                new VolumeObservation(
                        volume.getBackingDisk(),
                        volume.getDevicePath(),
                        volume.getDiskState(),
                        volume.hasAllocatedSizeKib()
                                ? OptionalLong.of(volume.getAllocatedSizeKib())
                                : OptionalLong.empty()));
    }

    private static ObservedReport.Snapshot snapshot(SnapshotObserved snapshot) {
        return new ObservedReport.Snapshot(
                snapshot.getResourceName(),
                snapshot.getSnapshotName(),
                new SnapshotObservation(
                        Set.copyOf(snapshot.getTakenVolumesList()),
                        toRcs(snapshot.getReportsList()),
                        snapshot.getIoSuspended()));
    }

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

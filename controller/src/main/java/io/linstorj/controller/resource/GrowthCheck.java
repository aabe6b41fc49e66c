package io.linstorj.controller.resource;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.ProviderKind;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.cluster.VolumeKey;
import io.linstorj.controller.placement.CandidatePool;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.storage.NodePools;
import io.linstorj.controller.storage.PoolMeasurement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether every diskful replica's storage pool has room for a volume to grow, by the rule
 * placement uses (thick pools: reported free space less what is still to be allocated; thin
 * pools: total × MaxOversubscriptionRatio less what is provisioned, while some space is free).
 *
 * <p>Without this check a resize the pools cannot hold would be stored and then fail on the
 * satellites on every reconcile, with no way back but a resize nobody can do (volumes do not
 * shrink). A pool whose capacity is unknown — its node is offline or has not reported yet — does
 * not block the resize: refusing would make any resize wait for every node of the resource, so
 * the resize is accepted with a warning naming that node and pool, and the satellite grows the
 * volume (or reports why it cannot) when it is back. Runs inside a mutation.
 */
final class GrowthCheck {
    private final PoolMeasurement measurement;

    GrowthCheck(PoolMeasurement measurement) {
        this.measurement = measurement;
    }

    /**
     * Refuses with FAIL_NOT_ENOUGH_FREE_SPACE when a pool lacks room for growing {@code volume}
     * to {@code sizeKib}; answers the warnings for pools of unknown capacity.
     */
    List<ApiCallRc> check(DesiredState desired, VolumeDefinition volume, long sizeKib, CallContext ctx) {
        long growthKib = sizeKib - volume.sizeKib();
        if (growthKib <= 0) {
            return List.of();
        }
        List<String> shortfalls = new ArrayList<>();
        List<ApiCallRc> warnings = new ArrayList<>();
        for (Resource replica : List.copyOf(desired.resourcesOf(volume.resourceName()))) {
            Optional<StoragePool> pool = diskfulPool(desired, replica, volume.volumeNumber());
            Node node = desired.node(replica.nodeName());
            if (pool.isEmpty() || node == null) {
                continue;
            }
            NodePools measured = measurement.measure(desired, node);
            Optional<CandidatePool> candidate = measured.pool(pool.get().name());
            if (candidate.isEmpty()) {
                warnings.add(ctx.rc(
                                RetCodes.WARN_NOT_CONNECTED,
                                "Capacity of storage pool '" + pool.get().name() + "' on node '" + node.name()
                                        + "' is unknown; the resize was not checked against it.")
                        .withDetails(
                                "Its satellite grows the volume when it is connected and reports whether it fit."));
                continue;
            }
            candidate
                    .get()
                    .shortfall(growthKib, measured.provisionedKib(pool.get().name()))
                    .ifPresent(lack -> shortfalls.add("node '" + node.name() + "': " + lack));
        }
        if (!shortfalls.isEmpty()) {
            throw ctx.refuse(
                    RetCodes.FAIL_NOT_ENOUGH_FREE_SPACE,
                    "Volume " + volume.volumeNumber() + " of '"
                            + volume.resourceName() + "' cannot grow from " + volume.sizeKib() + " KiB to " + sizeKib
                            + " KiB: " + String.join("; ", shortfalls) + ".",
                    "The storage pools' last reported capacity leaves no room for the growth on every diskful replica.",
                    "Free space in those pools, grow them, or give a smaller size.");
        }
        return warnings;
    }

    private static Optional<StoragePool> diskfulPool(DesiredState desired, Resource replica, int volumeNumber) {
        if (replica.isDiskless()) {
            return Optional.empty();
        }
        Volume local = desired.volumes().get(VolumeKey.of(replica.resourceName(), replica.nodeName(), volumeNumber));
        if (local == null) {
            return Optional.empty();
        }
        StoragePool pool = desired.storagePool(replica.nodeName(), local.storagePoolName());
        if (pool == null || pool.providerKind() == ProviderKind.DISKLESS) {
            return Optional.empty();
        }
        return Optional.of(pool);
    }
}

package io.linstorj.satellite.plan;

import io.linstorj.satellite.drbd.DrbdMetadata;
import io.linstorj.satellite.storage.BackingType;
import io.linstorj.satellite.storage.ProvidedVolume;
import io.linstorj.satellite.storage.SnapshotId;
import io.linstorj.satellite.storage.VolumeId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides a pass's steps from the desired and the observed node, touching nothing. The order is
 * the pass's: resources no longer wanted are taken down first (freeing their ports and minors),
 * then each desired resource gets its rollback, its volumes and its DRBD configuration, then the
 * snapshot stages run, and volumes nobody wants are deleted last, once nothing uses them and their
 * snapshots are gone. Only volumes a pool's provider lists as LinstorJ's are ever deleted.
 */
public final class Planner {
    private Planner() {}

    /** The steps that converge {@code observed} to {@code desired}, in the order they must run. */
    public static List<Step> plan(DesiredNode desired, ObservedNode observed) {
        List<Step> steps = new ArrayList<>();
        Set<String> wanted = new HashSet<>();
        desired.resources().stream().filter(r -> !r.deleting()).forEach(r -> wanted.add(r.name()));
        for (String present : new TreeSet<>(observed.resources())) {
            if (!wanted.contains(present)) {
                steps.add(new Step.TakeDown(present));
            }
        }
        for (DesiredResource resource : desired.resources()) {
            if (!resource.deleting()) {
                steps.addAll(resourceSteps(desired, resource, observed));
            }
        }
        steps.add(new Step.SnapshotStages(desired.snapshots()));
        steps.addAll(orphanDeletions(desired, observed));
        for (DesiredResource resource : desired.resources()) {
            if (resource.deleting()) {
                steps.addAll(deletionBlocked(resource, observed));
            }
        }
        return List.copyOf(steps);
    }

    private static List<Step> resourceSteps(DesiredNode desired, DesiredResource resource, ObservedNode observed) {
        List<Step> steps = new ArrayList<>();
        if (resource.inactive()) {
            steps.add(new Step.Deactivate(resource.name(), existingVolumes(resource, observed)));
            return steps;
        }
        boolean rollingBack = false;
        if (!resource.diskless()) {
            Optional<DesiredResource.Rollback> rollback = resource.rollback()
                    .filter(r -> !r.id().equals(observed.rollbacksDone().get(resource.name())));
            if (rollback.isPresent()) {
                rollingBack = true;
                steps.add(new Step.RollBack(
                        resource.name(),
                        rollback.get().snapshotName(),
                        rollback.get().id(),
                        resource.volumes().stream()
                                .map(v -> new PoolVolume(
                                        v.storagePoolName(), new VolumeId(resource.name(), v.volumeNumber())))
                                .toList()));
            }
            int peerSlots = Math.max(resource.peerSlots(), DrbdMetadata.DEFAULT_PEER_SLOTS);
            for (DesiredVolume volume : resource.volumes()) {
                steps.add(volumeStep(resource, volume, peerSlots, observed, rollingBack));
            }
        }
        steps.add(new Step.AdjustDrbd(resource, desired.nodeName(), desired.nodeAddress()));
        return steps;
    }

    /**
     * The step that gives one volume the backing storage it needs. An existing volume big enough
     * is kept, unless it was just rolled back (its attachments were released) or is a backing
     * file (its loop device is attached on demand): then it is attached again.
     */
    private static Step volumeStep(
            DesiredResource resource, DesiredVolume volume, int peerSlots, ObservedNode observed, boolean rolledBack) {
        String poolName = volume.storagePoolName();
        Optional<ObservedPool> pool = observed.pool(poolName);
        if (pool.isEmpty() || !pool.get().isUsable()) {
            String why = pool.flatMap(ObservedPool::unusable).orElse("the node has no such pool");
            return new Step.Blocked(
                    resource.name(),
                    new Problem(
                            "Volume " + volume.volumeNumber() + " of '" + resource.name()
                                    + "' has no backing storage: storage pool '" + poolName + "' is unusable.",
                            why,
                            "Repair the storage pool or move the replica to another pool."));
        }
        VolumeId id = new VolumeId(resource.name(), volume.volumeNumber());
        long backingKib = DrbdMetadata.backingSizeKib(volume.sizeKib(), peerSlots);
        ProvidedVolume existing = pool.get().volumes().get(id);
        if (existing == null) {
            return new Step.CreateVolume(
                    poolName,
                    id,
                    backingKib,
                    volume.restoreFrom()
                            .map(source -> new SnapshotId(
                                    new VolumeId(source.resourceName(), volume.volumeNumber()),
                                    source.snapshotName())));
        }
        if (existing.allocatedSizeKib() < backingKib) {
            return new Step.GrowVolume(poolName, id, backingKib);
        }
        if (rolledBack || existing.backingType() == BackingType.FILE) {
            return new Step.AttachVolume(poolName, id, backingKib);
        }
        return new Step.KeepVolume(poolName, existing);
    }

    private static List<PoolVolume> existingVolumes(DesiredResource resource, ObservedNode observed) {
        List<PoolVolume> existing = new ArrayList<>();
        if (resource.diskless()) {
            return existing;
        }
        for (DesiredVolume volume : resource.volumes()) {
            VolumeId id = new VolumeId(resource.name(), volume.volumeNumber());
            observed.pool(volume.storagePoolName())
                    .filter(pool -> pool.isUsable() && pool.volumes().containsKey(id))
                    .ifPresent(pool -> existing.add(new PoolVolume(pool.name(), id)));
        }
        return existing;
    }

    /**
     * Deletes every listed volume of a usable pool that no wanted diskful resource has there,
     * those of resources marked for deletion included. A pool that cannot be looked into now is
     * left alone.
     */
    private static List<Step> orphanDeletions(DesiredNode desired, ObservedNode observed) {
        Map<VolumeId, String> wantedPool = new HashMap<>();
        Set<String> deleting = new HashSet<>();
        for (DesiredResource resource : desired.resources()) {
            if (resource.deleting()) {
                deleting.add(resource.name());
            } else if (!resource.diskless()) {
                for (DesiredVolume volume : resource.volumes()) {
                    wantedPool.put(new VolumeId(resource.name(), volume.volumeNumber()), volume.storagePoolName());
                }
            }
        }
        List<Step> steps = new ArrayList<>();
        for (ObservedPool pool : observed.pools().values()) {
            if (!pool.isUsable()) {
                continue;
            }
            for (VolumeId id : pool.volumes().keySet()) {
                if (!pool.name().equals(wantedPool.get(id))) {
                    Optional<String> reportsTo =
                            deleting.contains(id.resourceName()) ? Optional.of(id.resourceName()) : Optional.empty();
                    steps.add(new Step.DeleteVolume(pool.name(), id, reportsTo));
                }
            }
        }
        return steps;
    }

    /** A resource marked for deletion cannot be gone while one of its pools cannot be looked into. */
    private static List<Step> deletionBlocked(DesiredResource resource, ObservedNode observed) {
        List<Step> steps = new ArrayList<>();
        if (resource.diskless()) {
            return steps;
        }
        for (DesiredVolume volume : resource.volumes()) {
            observed.pool(volume.storagePoolName())
                    .flatMap(ObservedPool::unusable)
                    .ifPresent(why -> steps.add(new Step.Blocked(
                            resource.name(),
                            new Problem(
                                    "Volume " + volume.volumeNumber() + " of '" + resource.name()
                                            + "', marked for deletion, is in storage pool '"
                                            + volume.storagePoolName() + "', which is unusable now.",
                                    why,
                                    "Repair the storage pool; the next pass deletes the volume."))));
        }
        return steps;
    }
}

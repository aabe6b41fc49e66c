package io.linstorj.satellite.reconcile;

import io.linstorj.protocol.proto.MsgNodeDesiredState;
import io.linstorj.protocol.proto.MsgNodeObservedState;
import io.linstorj.protocol.proto.ResourceSpec;
import io.linstorj.protocol.proto.StoragePoolSpec;
import io.linstorj.protocol.proto.VolumeSpec;
import io.linstorj.satellite.drbd.DrbdApplyResult;
import io.linstorj.satellite.drbd.DrbdDriver;
import io.linstorj.satellite.drbd.DrbdException;
import io.linstorj.satellite.drbd.DrbdMetadata;
import io.linstorj.satellite.drbd.DrbdResource;
import io.linstorj.satellite.drbd.ResFileWriter;
import io.linstorj.satellite.storage.BackingType;
import io.linstorj.satellite.storage.Capacity;
import io.linstorj.satellite.storage.Change;
import io.linstorj.satellite.storage.PoolOwner;
import io.linstorj.satellite.storage.ProvidedVolume;
import io.linstorj.satellite.storage.SnapshotId;
import io.linstorj.satellite.storage.StorageException;
import io.linstorj.satellite.storage.StorageProblem;
import io.linstorj.satellite.storage.StorageProvider;
import io.linstorj.satellite.storage.StorageProviderFactory;
import io.linstorj.satellite.storage.VolumeApplied;
import io.linstorj.satellite.storage.VolumeId;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converges this node to the controller's desired state: storage pools are observed, resources
 * that are no longer desired are taken down, each desired resource gets its backing volumes and
 * its DRBD configuration, and volumes nobody wants any more are deleted last. Each step is
 * idempotent; a problem of one pool or resource is recorded for the report and does not stop
 * the others. Runs on the reconcile loop's thread only.
 */
public final class SatelliteReconciler implements NodeReconciler {
    private static final Logger LOG = LoggerFactory.getLogger(SatelliteReconciler.class);

    /**
     * Longest time a resource's I/O stays suspended for a snapshot: longer than the controller
     * waits for its satellites (it gives up first and has everything resumed), short enough that
     * a controller gone mid-snapshot leaves no application hanging for long.
     */
    static final Duration SNAPSHOT_SUSPEND_LEASE = Duration.ofSeconds(90);

    private final StoragePools pools;
    private final DrbdDriver drbd;
    private final ResFileWriter resFiles;
    private final SnapshotSteps snapshots;
    private volatile PassOutcome last = PassOutcome.NONE;

    /** Everything the last pass learnt, for reports between passes. */
    private record PassOutcome(
            long generation,
            Map<String, PoolOutcome> pools,
            Map<String, ResourceOutcome> resources,
            Map<String, SnapshotOutcome> snapshots,
            Optional<String> failure) {
        static final PassOutcome NONE = new PassOutcome(0, Map.of(), Map.of(), Map.of(), Optional.empty());
    }

    /**
     * Creates the reconciler over the node's storage providers and DRBD driver; the rollbacks
     * done are recorded in {@code rollbackLedger}, a directory of the satellite's.
     */
    public SatelliteReconciler(
            StorageProviderFactory providers, DrbdDriver drbd, ResFileWriter resFiles, Path rollbackLedger) {
        this(providers, drbd, resFiles, rollbackLedger, Clock.systemUTC(), SNAPSHOT_SUSPEND_LEASE);
    }

    /** As above, with the clock and the longest time I/O stays suspended for a snapshot. */
    SatelliteReconciler(
            StorageProviderFactory providers,
            DrbdDriver drbd,
            ResFileWriter resFiles,
            Path rollbackLedger,
            Clock clock,
            Duration suspendLease) {
        this.pools = new StoragePools(providers);
        this.drbd = drbd;
        this.resFiles = resFiles;
        this.snapshots = new SnapshotSteps(drbd, new RollbackLedger(rollbackLedger), clock, suspendLease);
    }

    @Override
    public void reconcile(MsgNodeDesiredState desired, String passId) {
        snapshots.resumeLeftoversOnce(desired, passId);
        Map<String, PoolOutcome> observedPools = observePools(desired, passId);
        Set<String> wanted = new HashSet<>();
        desired.getResourcesList().stream().filter(r -> !r.getDelete()).forEach(r -> wanted.add(r.getName()));
        Map<String, String> stillUp = takeDownUnwanted(wanted, passId);
        Map<String, ResourceOutcome> resources = new LinkedHashMap<>();
        for (ResourceSpec spec : desired.getResourcesList()) {
            if (!spec.getDelete()) {
                resources.put(spec.getName(), applyResource(desired, spec, observedPools, passId));
            }
        }
        Map<String, SnapshotOutcome> taken = snapshots.apply(desired, observedPools, passId);
        Set<VolumeId> notDeleted = deleteOrphanVolumes(desired, observedPools, passId);
        for (ResourceSpec spec : desired.getResourcesList()) {
            if (spec.getDelete()) {
                resources.put(spec.getName(), deletionOutcome(spec, stillUp, notDeleted, observedPools));
            }
        }
        last = new PassOutcome(
                desired.getGeneration(), withCapacities(observedPools), resources, taken, Optional.empty());
    }

    @Override
    public void passFailed(String passId, RuntimeException failure) {
        PassOutcome previous = last;
        last = new PassOutcome(
                previous.generation(),
                previous.pools(),
                previous.resources(),
                previous.snapshots(),
                Optional.of(passId + " failed: " + failure.getMessage()));
    }

    @Override
    public MsgNodeObservedState report() {
        PassOutcome outcome = last;
        return ObservedReports.of(
                outcome.generation(),
                outcome.pools().values(),
                outcome.resources().values(),
                outcome.snapshots().values(),
                drbd.states(),
                outcome.failure());
    }

    /**
     * Takes every local resource down, and lets go of its storage attachments, without deleting
     * anything: for a satellite that stops and should leave nothing attached behind.
     */
    public void releaseAll() {
        for (String name : drbd.states().keySet()) {
            downQuietly(name, "release");
        }
        for (StorageProvider provider : pools.all()) {
            try {
                for (ProvidedVolume volume : provider.list()) {
                    provider.release(volume.id());
                }
            } catch (StorageException e) {
                LOG.warn(
                        "release: storage pool '{}': {}",
                        provider.storagePoolName(),
                        e.problem().describe());
            }
        }
    }

    private Map<String, PoolOutcome> observePools(MsgNodeDesiredState desired, String passId) {
        Map<String, PoolOutcome> outcomes = new HashMap<>();
        for (StoragePoolSpec spec : desired.getStoragePoolsList()) {
            outcomes.put(spec.getName(), observePool(spec, PoolOwner.of(desired.getNodeName()), passId));
        }
        return outcomes;
    }

    private PoolOutcome observePool(StoragePoolSpec spec, PoolOwner owner, String passId) {
        StorageProvider provider;
        try {
            provider = pools.provider(spec, owner);
        } catch (StorageException e) {
            LOG.warn(
                    "{}: storage pool '{}': {}",
                    passId,
                    spec.getName(),
                    e.problem().describe());
            return new PoolOutcome(spec.getName(), Optional.empty(), Optional.empty(), Map.of(), List.of(e.problem()));
        }
        List<StorageProblem> problems = provider.check();
        if (!problems.isEmpty()) {
            problems.forEach(p -> LOG.warn("{}: storage pool '{}': {}", passId, spec.getName(), p.describe()));
            return new PoolOutcome(spec.getName(), Optional.of(provider), Optional.empty(), Map.of(), problems);
        }
        try {
            provider.prepare();
            Map<VolumeId, ProvidedVolume> volumes = new HashMap<>();
            provider.list().forEach(v -> volumes.put(v.id(), v));
            return new PoolOutcome(spec.getName(), Optional.of(provider), Optional.empty(), volumes, List.of());
        } catch (StorageException e) {
            LOG.warn(
                    "{}: storage pool '{}': {}",
                    passId,
                    spec.getName(),
                    e.problem().describe());
            return new PoolOutcome(
                    spec.getName(), Optional.of(provider), Optional.empty(), Map.of(), List.of(e.problem()));
        }
    }

    private static Map<String, PoolOutcome> withCapacities(Map<String, PoolOutcome> observed) {
        Map<String, PoolOutcome> result = new LinkedHashMap<>();
        for (PoolOutcome pool : observed.values()) {
            if (!pool.usable()) {
                result.put(pool.name(), pool);
                continue;
            }
            try {
                Capacity capacity = pool.provider().orElseThrow().capacity();
                result.put(
                        pool.name(),
                        new PoolOutcome(
                                pool.name(), pool.provider(), Optional.of(capacity), pool.volumes(), List.of()));
            } catch (StorageException e) {
                result.put(
                        pool.name(),
                        new PoolOutcome(
                                pool.name(), pool.provider(), Optional.empty(), pool.volumes(), List.of(e.problem())));
            }
        }
        return result;
    }

    /** Takes down every resource not wanted; returns those DRBD could not take down, with why. */
    private Map<String, String> takeDownUnwanted(Set<String> wanted, String passId) {
        Set<String> present = new HashSet<>(drbd.states().keySet());
        present.addAll(configuredResources());
        Map<String, String> stillUp = new HashMap<>();
        for (String name : present) {
            if (!wanted.contains(name)) {
                downQuietly(name, passId).ifPresent(why -> stillUp.put(name, why));
                resFiles.delete(name);
                snapshots.forget(name);
            }
        }
        return stillUp;
    }

    /** Takes the resource down; returns why it could not, if it could not. */
    private Optional<String> downQuietly(String name, String passId) {
        try {
            drbd.down(name);
            LOG.info("{}: resource '{}' taken down", passId, name);
            return Optional.empty();
        } catch (DrbdException e) {
            LOG.warn("{}: resource '{}': cannot take it down: {}", passId, name, e.getMessage());
            return Optional.of(e.getMessage());
        }
    }

    /**
     * What is left of a resource marked for deletion after this pass: nothing (it is gone), or
     * the DRBD resource that would not go down, volumes that could not be deleted, or volumes in
     * a pool that cannot be looked into now.
     */
    private static ResourceOutcome deletionOutcome(
            ResourceSpec spec,
            Map<String, String> stillUp,
            Set<VolumeId> notDeleted,
            Map<String, PoolOutcome> observedPools) {
        List<ResourceOutcome.Problem> problems = new ArrayList<>();
        String why = stillUp.get(spec.getName());
        if (why != null) {
            problems.add(new ResourceOutcome.Problem(
                    "DRBD could not take resource '" + spec.getName() + "', marked for deletion, down.",
                    why,
                    "Stop using the resource on this node; the next pass tries" + " again."));
        }
        for (VolumeId id : notDeleted) {
            if (id.resourceName().equals(spec.getName())) {
                problems.add(new ResourceOutcome.Problem(
                        "Volume " + id.volumeNumber() + " of '" + spec.getName()
                                + "', marked for deletion, could not be deleted.",
                        "See the satellite's log.",
                        "The next pass tries again."));
            }
        }
        if (!spec.getDiskless()) {
            for (VolumeSpec volume : spec.getVolumesList()) {
                PoolOutcome pool = observedPools.get(volume.getStoragePoolName());
                if (pool != null && !pool.usable()) {
                    problems.add(new ResourceOutcome.Problem(
                            "Volume " + volume.getVolumeNumber() + " of '"
                                    + spec.getName() + "', marked for deletion, is in storage pool '"
                                    + volume.getStoragePoolName() + "', which is unusable now.",
                            pool.problems().get(0).message(),
                            "Repair the storage pool; the next pass deletes the volume."));
                }
            }
        }
        return ResourceOutcome.deletion(spec.getName(), spec.getDiskless(), problems);
    }

    private Set<String> configuredResources() {
        Set<String> names = new HashSet<>();
        if (!Files.isDirectory(resFiles.directory())) {
            return names;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(resFiles.directory(), "*.res")) {
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                names.add(fileName.substring(0, fileName.length() - ".res".length()));
            }
        } catch (IOException e) {
            LOG.warn("cannot list {}: {}", resFiles.directory(), e.getMessage());
        }
        return names;
    }

    private ResourceOutcome applyResource(
            MsgNodeDesiredState desired, ResourceSpec spec, Map<String, PoolOutcome> observedPools, String passId) {
        List<ResourceOutcome.Problem> problems = new ArrayList<>();
        Map<Integer, ProvidedVolume> volumes = new HashMap<>();
        Map<Integer, Integer> minors = new HashMap<>();
        List<Integer> grown = new ArrayList<>();
        spec.getVolumesList().forEach(v -> minors.put(v.getVolumeNumber(), v.getMinor()));
        if (spec.getInactive()) {
            return deactivated(spec, minors, observedPools, passId);
        }
        SnapshotSteps.Rollback rollback = snapshots.rollbackIfAsked(spec, observedPools, passId, problems);
        if (!spec.getDiskless() && rollback != SnapshotSteps.Rollback.FAILED) {
            int peerSlots = Math.max(spec.getPeerSlots(), DrbdMetadata.DEFAULT_PEER_SLOTS);
            for (VolumeSpec volume : spec.getVolumesList()) {
                applyVolume(
                        spec,
                        volume,
                        peerSlots,
                        observedPools,
                        passId,
                        problems,
                        volumes,
                        grown,
                        rollback == SnapshotSteps.Rollback.DONE);
            }
        }
        if (problems.isEmpty()) {
            applyDrbd(desired, spec, volumes, grown, passId, problems);
        }
        return new ResourceOutcome(spec.getName(), spec.getDiskless(), minors, volumes, problems, false, false);
    }

    /**
     * A deactivated resource: DRBD down, then its backing volumes released (a loop device
     * detached) but never deleted, as they still belong to a desired resource; activating it
     * takes them up again. While DRBD cannot go down (the device is open) nothing is released.
     */
    private ResourceOutcome deactivated(
            ResourceSpec spec, Map<Integer, Integer> minors, Map<String, PoolOutcome> observedPools, String passId) {
        try {
            if (drbd.down(spec.getName()) == DrbdApplyResult.DELETED) {
                LOG.info("{}: resource '{}' deactivated: DRBD taken down, volumes kept", passId, spec.getName());
            }
        } catch (DrbdException e) {
            LOG.warn(
                    "{}: resource '{}': cannot take the deactivated resource down: {}",
                    passId,
                    spec.getName(),
                    e.getMessage());
            return new ResourceOutcome(
                    spec.getName(),
                    spec.getDiskless(),
                    minors,
                    Map.of(),
                    List.of(new ResourceOutcome.Problem(
                            "DRBD could not take deactivated resource '" + spec.getName() + "' down.",
                            e.getMessage(),
                            "Stop using the resource on this node; the next pass tries again.")),
                    true,
                    false);
        }
        List<ResourceOutcome.Problem> problems = new ArrayList<>();
        if (!spec.getDiskless()) {
            for (VolumeSpec volume : spec.getVolumesList()) {
                release(spec, volume, observedPools.get(volume.getStoragePoolName()), passId, problems);
            }
        }
        return new ResourceOutcome(spec.getName(), spec.getDiskless(), minors, Map.of(), problems, true, false);
    }

    private static void release(
            ResourceSpec spec,
            VolumeSpec volume,
            PoolOutcome pool,
            String passId,
            List<ResourceOutcome.Problem> problems) {
        VolumeId id = new VolumeId(spec.getName(), volume.getVolumeNumber());
        if (pool == null || !pool.usable() || !pool.volumes().containsKey(id)) {
            return;
        }
        try {
            if (pool.provider().orElseThrow().release(id) == Change.UPDATED) {
                LOG.info(
                        "{}: volume {} of deactivated '{}' released", passId, volume.getVolumeNumber(), spec.getName());
            }
        } catch (StorageException e) {
            StorageProblem p = e.problem();
            LOG.warn("{}: volume {} of '{}': {}", passId, volume.getVolumeNumber(), spec.getName(), p.describe());
            problems.add(new ResourceOutcome.Problem(p.message(), p.cause(), p.correction()));
        }
    }

    private static void applyVolume(
            ResourceSpec spec,
            VolumeSpec volume,
            int peerSlots,
            Map<String, PoolOutcome> observedPools,
            String passId,
            List<ResourceOutcome.Problem> problems,
            Map<Integer, ProvidedVolume> volumes,
            List<Integer> grown,
            boolean rolledBack) {
        PoolOutcome pool = observedPools.get(volume.getStoragePoolName());
        if (pool == null || !pool.usable()) {
            String why = pool == null
                    ? "the node has no such pool"
                    : pool.problems().get(0).message();
            problems.add(new ResourceOutcome.Problem(
                    "Volume " + volume.getVolumeNumber() + " of '" + spec.getName()
                            + "' has no backing storage: storage pool '" + volume.getStoragePoolName()
                            + "' is unusable.",
                    why,
                    "Repair the storage pool or move the replica to another pool."));
            return;
        }
        VolumeId id = new VolumeId(spec.getName(), volume.getVolumeNumber());
        long backingKib = DrbdMetadata.backingSizeKib(volume.getSizeKib(), peerSlots);
        ProvidedVolume existing = pool.volumes().get(id);
        if (existing != null
                && !rolledBack
                && existing.allocatedSizeKib() >= backingKib
                && existing.backingType() != BackingType.FILE) {
            volumes.put(volume.getVolumeNumber(), existing);
            return;
        }
        try {
            var storageSpec = new io.linstorj.satellite.storage.VolumeSpec(id, backingKib);
            VolumeApplied applied = existing == null && volume.hasRestoreFrom()
                    ? pool.provider()
                            .orElseThrow()
                            .restoreVolume(
                                    storageSpec,
                                    new SnapshotId(
                                            new VolumeId(
                                                    volume.getRestoreFrom().getResourceName(),
                                                    volume.getVolumeNumber()),
                                            volume.getRestoreFrom().getSnapshotName()))
                    : pool.provider().orElseThrow().createOrGrow(storageSpec);
            volumes.put(volume.getVolumeNumber(), applied.volume());
            if (applied.change() == Change.UPDATED && existing != null && existing.allocatedSizeKib() < backingKib) {
                grown.add(volume.getVolumeNumber());
            }
            if (applied.change() != Change.NOOP) {
                LOG.info(
                        "{}: volume {} of '{}': {} {} ({} KiB)",
                        passId,
                        volume.getVolumeNumber(),
                        spec.getName(),
                        applied.change(),
                        applied.volume().backingDisk(),
                        applied.volume().allocatedSizeKib());
            }
        } catch (StorageException e) {
            StorageProblem p = e.problem();
            LOG.warn("{}: volume {} of '{}': {}", passId, volume.getVolumeNumber(), spec.getName(), p.describe());
            problems.add(new ResourceOutcome.Problem(p.message(), p.cause(), p.correction()));
        }
    }

    private void applyDrbd(
            MsgNodeDesiredState desired,
            ResourceSpec spec,
            Map<Integer, ProvidedVolume> volumes,
            List<Integer> grown,
            String passId,
            List<ResourceOutcome.Problem> problems) {
        Map<Integer, String> backingDisks = new HashMap<>();
        volumes.forEach((nr, v) -> backingDisks.put(nr, v.backingDisk()));
        try {
            DrbdResource config = DrbdConfigs.of(spec, desired.getNodeName(), desired.getNodeAddress(), backingDisks);
            var result = drbd.adjust(config);
            for (int volumeNumber : grown) {
                drbd.resize(config, volumeNumber);
            }
            if (!"NOOP".equals(result.name())) {
                LOG.info("{}: resource '{}': DRBD {}", passId, spec.getName(), result);
            }
        } catch (DrbdException | IllegalArgumentException e) {
            LOG.warn("{}: resource '{}': DRBD refused: {}", passId, spec.getName(), e.getMessage());
            problems.add(new ResourceOutcome.Problem(
                    "DRBD could not configure resource '" + spec.getName() + "'.",
                    e.getMessage(),
                    "Check the satellite's log; the next pass tries again."));
        }
    }

    /** Deletes the volumes no resource wants (also those of resources marked for deletion); returns those left. */
    private static Set<VolumeId> deleteOrphanVolumes(
            MsgNodeDesiredState desired, Map<String, PoolOutcome> observedPools, String passId) {
        Map<VolumeId, String> wantedPool = new HashMap<>();
        Set<VolumeId> notDeleted = new HashSet<>();
        for (ResourceSpec spec : desired.getResourcesList()) {
            if (!spec.getDiskless() && !spec.getDelete()) {
                for (VolumeSpec volume : spec.getVolumesList()) {
                    wantedPool.put(new VolumeId(spec.getName(), volume.getVolumeNumber()), volume.getStoragePoolName());
                }
            }
        }
        for (PoolOutcome pool : observedPools.values()) {
            if (!pool.usable()) {
                continue;
            }
            for (VolumeId id : pool.volumes().keySet()) {
                if (!pool.name().equals(wantedPool.get(id)) && !deleteQuietly(pool, id, passId)) {
                    notDeleted.add(id);
                }
            }
        }
        return notDeleted;
    }

    private static boolean deleteQuietly(PoolOutcome pool, VolumeId id, String passId) {
        try {
            pool.provider().orElseThrow().delete(id);
            LOG.info("{}: deleted volume {} from storage pool '{}'", passId, id, pool.name());
            return true;
        } catch (StorageException e) {
            LOG.warn(
                    "{}: cannot delete volume {} from storage pool '{}': {}",
                    passId,
                    id,
                    pool.name(),
                    e.problem().describe());
            return false;
        }
    }
}

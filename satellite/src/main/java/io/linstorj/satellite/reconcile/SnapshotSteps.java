package io.linstorj.satellite.reconcile;

import io.linstorj.protocol.proto.MsgNodeDesiredState;
import io.linstorj.protocol.proto.ResourceSpec;
import io.linstorj.protocol.proto.SnapshotSpec;
import io.linstorj.protocol.proto.SnapshotVolumeSpec;
import io.linstorj.protocol.proto.VolumeSpec;
import io.linstorj.satellite.drbd.DrbdDriver;
import io.linstorj.satellite.drbd.DrbdException;
import io.linstorj.satellite.storage.SnapshotId;
import io.linstorj.satellite.storage.StorageException;
import io.linstorj.satellite.storage.StorageProblem;
import io.linstorj.satellite.storage.StorageProvider;
import io.linstorj.satellite.storage.VolumeId;
import java.io.IOException;
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
 * The snapshot steps of a pass: rolling a resource back to a snapshot once per rollback id,
 * taking the desired snapshots that are missing (with the resource's I/O suspended around the
 * storage snapshots and resumed whatever happens) and deleting the snapshots this node took that
 * are no longer desired. Runs on the reconcile loop's thread only.
 */
final class SnapshotSteps {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotSteps.class);

    private final DrbdDriver drbd;
    private final RollbackLedger ledger;
    /** Resources whose I/O this node suspended and could not resume yet: each pass tries again. */
    private final Set<String> stillSuspended = new HashSet<>();

    SnapshotSteps(DrbdDriver drbd, RollbackLedger ledger) {
        this.drbd = drbd;
        this.ledger = ledger;
    }

    /** What {@link #rollbackIfAsked} did. */
    enum Rollback {
        /** Nothing to do. */
        NONE,
        /** Rolled back now: the volumes' attachments were released. */
        DONE,
        /** Failed: the resource must not come up in this pass (the problem says why). */
        FAILED
    }

    /**
     * Rolls the resource's volumes back if its spec names a rollback this node has not done:
     * DRBD down, every volume's snapshot copied back, the rollback recorded.
     */
    Rollback rollbackIfAsked(ResourceSpec spec, Map<String, PoolOutcome> pools, String passId,
                            List<ResourceOutcome.Problem> problems) {
        if (spec.getDiskless() || spec.getRollbackId().isEmpty()) {
            return Rollback.NONE;
        }
        String name = spec.getName();
        try {
            if (ledger.applied(name).filter(spec.getRollbackId()::equals).isPresent()) {
                return Rollback.NONE;
            }
            Map<SnapshotId, StorageProvider> sources = new LinkedHashMap<>();
            for (VolumeSpec volume : spec.getVolumesList()) {
                SnapshotId id = new SnapshotId(new VolumeId(name, volume.getVolumeNumber()), spec.getRollbackSnapshot());
                StorageProvider provider = usable(pools, volume.getStoragePoolName());
                if (!provider.listSnapshots().contains(id)) {
                    throw new StorageException(new StorageProblem(StorageProblem.Reason.CONFIGURATION,
                        "snapshot " + id + " not found in storage pool '" + volume.getStoragePoolName() + "'",
                        "a rollback needs the snapshot of every volume on this node",
                        "delete this replica or restore the snapshot into a new resource"));
                }
                sources.put(id, provider);
            }
            drbd.down(name);
            for (Map.Entry<SnapshotId, StorageProvider> source : sources.entrySet()) {
                source.getValue().rollback(source.getKey());
            }
            ledger.record(name, spec.getRollbackId());
            LOG.info("{}: resource '{}' rolled back to snapshot '{}' (rollback {})", passId, name,
                spec.getRollbackSnapshot(), spec.getRollbackId());
            return Rollback.DONE;
        } catch (StorageException e) {
            StorageProblem p = e.problem();
            problems.add(new ResourceOutcome.Problem("Rollback of '" + name + "' to snapshot '"
                + spec.getRollbackSnapshot() + "' failed: " + p.message(), p.cause(), p.correction()));
        } catch (DrbdException | IOException e) {
            problems.add(new ResourceOutcome.Problem("Rollback of '" + name + "' to snapshot '"
                + spec.getRollbackSnapshot() + "' failed.", e.getMessage(), "The next pass tries again."));
        }
        LOG.warn("{}: {}", passId, problems.get(problems.size() - 1).message());
        return Rollback.FAILED;
    }

    /** Takes the missing desired snapshots and deletes the undesired ones; returns what exists of each desired one. */
    Map<String, SnapshotOutcome> apply(MsgNodeDesiredState desired, Map<String, PoolOutcome> pools, String passId) {
        resumeLeftovers(passId);
        Map<String, Set<SnapshotId>> listed = new HashMap<>();
        for (PoolOutcome pool : pools.values()) {
            if (pool.usable()) {
                try {
                    listed.put(pool.name(), new HashSet<>(pool.provider().orElseThrow().listSnapshots()));
                } catch (StorageException e) {
                    LOG.warn("{}: storage pool '{}': {}", passId, pool.name(), e.problem().describe());
                }
            }
        }
        Map<String, SnapshotOutcome> outcomes = new LinkedHashMap<>();
        Map<String, Set<SnapshotId>> wanted = new HashMap<>();
        for (SnapshotSpec spec : desired.getSnapshotsList()) {
            for (SnapshotVolumeSpec volume : spec.getVolumesList()) {
                wanted.computeIfAbsent(volume.getStoragePoolName(), pool -> new HashSet<>()).add(id(spec, volume));
            }
            outcomes.put(spec.getResourceName() + "/" + spec.getSnapshotName(), take(spec, pools, listed, passId));
        }
        for (Map.Entry<String, Set<SnapshotId>> pool : listed.entrySet()) {
            for (SnapshotId id : pool.getValue()) {
                if (!wanted.getOrDefault(pool.getKey(), Set.of()).contains(id)) {
                    deleteQuietly(pools.get(pool.getKey()), id, passId);
                }
            }
        }
        return outcomes;
    }

    private SnapshotOutcome take(SnapshotSpec spec, Map<String, PoolOutcome> pools, Map<String, Set<SnapshotId>> listed,
                                 String passId) {
        Set<Integer> taken = new HashSet<>();
        List<ResourceOutcome.Problem> problems = new ArrayList<>();
        List<SnapshotVolumeSpec> missing = new ArrayList<>();
        for (SnapshotVolumeSpec volume : spec.getVolumesList()) {
            if (listed.getOrDefault(volume.getStoragePoolName(), Set.of()).contains(id(spec, volume))) {
                taken.add(volume.getVolumeNumber());
            } else {
                missing.add(volume);
            }
        }
        if (missing.isEmpty()) {
            return new SnapshotOutcome(spec.getResourceName(), spec.getSnapshotName(), taken, problems);
        }
        String resource = spec.getResourceName();
        boolean suspend = drbd.state(resource).isPresent();
        try {
            if (suspend) {
                drbd.suspendIo(resource);
                stillSuspended.add(resource);
            }
            for (SnapshotVolumeSpec volume : missing) {
                SnapshotId id = id(spec, volume);
                try {
                    usable(pools, volume.getStoragePoolName()).createSnapshot(id);
                    taken.add(volume.getVolumeNumber());
                    LOG.info("{}: took snapshot {} in storage pool '{}'{}", passId, id, volume.getStoragePoolName(),
                        suspend ? " with I/O suspended" : "");
                } catch (StorageException e) {
                    StorageProblem p = e.problem();
                    LOG.warn("{}: snapshot {}: {}", passId, id, p.describe());
                    problems.add(new ResourceOutcome.Problem(p.message(), p.cause(), p.correction()));
                }
            }
        } catch (DrbdException e) {
            problems.add(new ResourceOutcome.Problem("Could not suspend I/O of '" + resource + "' for snapshot '"
                + spec.getSnapshotName() + "'.", e.getMessage(), "The next pass tries again."));
        } finally {
            if (suspend) {
                resume(resource, passId).ifPresent(problems::add);
            }
        }
        return new SnapshotOutcome(resource, spec.getSnapshotName(), taken, problems);
    }

    private Optional<ResourceOutcome.Problem> resume(String resource, String passId) {
        try {
            drbd.resumeIo(resource);
            stillSuspended.remove(resource);
            return Optional.empty();
        } catch (DrbdException e) {
            LOG.error("{}: resource '{}': cannot resume I/O after a snapshot: {}", passId, resource, e.getMessage());
            return Optional.of(new ResourceOutcome.Problem("I/O of '" + resource + "' may still be suspended.",
                e.getMessage(), "The satellite tries to resume it on every pass; 'drbdsetup resume-io " + resource
                    + "' resumes it by hand."));
        }
    }

    private void resumeLeftovers(String passId) {
        for (String resource : List.copyOf(stillSuspended)) {
            resume(resource, passId);
        }
    }

    /** Forgets the rollbacks of a resource that left this node. */
    void forget(String resourceName) {
        try {
            ledger.forget(resourceName);
        } catch (IOException e) {
            LOG.warn("cannot forget the rollbacks of '{}': {}", resourceName, e.getMessage());
        }
    }

    private static StorageProvider usable(Map<String, PoolOutcome> pools, String poolName) {
        PoolOutcome pool = pools.get(poolName);
        if (pool == null || !pool.usable()) {
            throw new StorageException(new StorageProblem(StorageProblem.Reason.POOL_UNUSABLE,
                "storage pool '" + poolName + "' is unusable",
                pool == null ? "the node has no such pool" : pool.problems().get(0).message(),
                "repair the storage pool"));
        }
        return pool.provider().orElseThrow();
    }

    private static SnapshotId id(SnapshotSpec spec, SnapshotVolumeSpec volume) {
        return new SnapshotId(new VolumeId(spec.getResourceName(), volume.getVolumeNumber()), spec.getSnapshotName());
    }

    private static void deleteQuietly(PoolOutcome pool, SnapshotId id, String passId) {
        try {
            pool.provider().orElseThrow().deleteSnapshot(id);
            LOG.info("{}: deleted snapshot {} from storage pool '{}'", passId, id, pool.name());
        } catch (StorageException e) {
            LOG.warn("{}: cannot delete snapshot {} from storage pool '{}': {}", passId, id, pool.name(),
                e.problem().describe());
        }
    }
}

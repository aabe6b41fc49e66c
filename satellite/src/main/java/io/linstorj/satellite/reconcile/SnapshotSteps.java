package io.linstorj.satellite.reconcile;

import io.linstorj.satellite.drbd.DrbdDriver;
import io.linstorj.satellite.drbd.DrbdException;
import io.linstorj.satellite.plan.ApplyResult;
import io.linstorj.satellite.plan.DesiredNode;
import io.linstorj.satellite.plan.DesiredResource;
import io.linstorj.satellite.plan.DesiredSnapshot;
import io.linstorj.satellite.plan.PoolVolume;
import io.linstorj.satellite.plan.Problem;
import io.linstorj.satellite.plan.Step;
import io.linstorj.satellite.storage.SnapshotId;
import io.linstorj.satellite.storage.StorageException;
import io.linstorj.satellite.storage.StorageProblem;
import io.linstorj.satellite.storage.StorageProvider;
import io.linstorj.satellite.storage.VolumeId;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The snapshot steps of a pass: rolling a resource back to a snapshot once per rollback id,
 * doing this node's part of each snapshot's stage (suspend I/O, take the copies with I/O still
 * suspended, keep them and resume I/O: the controller moves every node of a snapshot through the
 * stages together, so all copies are of one moment) and deleting the snapshots this node took
 * that are no longer desired. Runs on the reconcile loop's thread only.
 */
final class SnapshotSteps {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotSteps.class);

    private final DrbdDriver drbd;
    private final RollbackLedger ledger;
    private final Clock clock;
    private final Duration lease;
    /** Resources whose I/O this node suspended for a snapshot, and since when. */
    private final Map<String, Instant> suspendedSince = new HashMap<>();
    /** The snapshots (resource/snapshot) a resource's suspension is for. */
    private final Map<String, Set<String>> suspendedFor = new HashMap<>();
    /** Snapshots whose suspension outlived the lease: never suspended or taken again. */
    private final Set<String> expired = new HashSet<>();

    private boolean firstPassDone;

    /**
     * Creates the steps; a resource's I/O is never kept suspended for a snapshot longer than
     * {@code lease}, whatever the controller says.
     */
    SnapshotSteps(DrbdDriver drbd, RollbackLedger ledger, Clock clock, Duration lease) {
        this.drbd = drbd;
        this.ledger = ledger;
        this.clock = clock;
        this.lease = lease;
    }

    /**
     * Rolls the resource's volumes back, unless the ledger says this rollback is done already:
     * DRBD down, every volume's snapshot copied back, the rollback recorded. A failure halts the
     * resource, which must not come up in this pass.
     */
    ApplyResult rollBack(Step.RollBack step, Map<String, PoolOutcome> pools, String passId) {
        String name = step.resourceName();
        Problem problem;
        try {
            if (ledger.applied(name).filter(step.rollbackId()::equals).isPresent()) {
                return ApplyResult.done();
            }
            Map<SnapshotId, StorageProvider> sources = new LinkedHashMap<>();
            for (PoolVolume volume : step.volumes()) {
                SnapshotId id = new SnapshotId(volume.id(), step.snapshotName());
                StorageProvider provider = usable(pools, volume.pool());
                if (!provider.listSnapshots().contains(id)) {
                    throw new StorageException(new StorageProblem(
                            StorageProblem.Reason.CONFIGURATION,
                            "snapshot " + id + " not found in storage pool '" + volume.pool() + "'",
                            "a rollback needs the snapshot of every volume on this node",
                            "delete this replica or restore the snapshot into a new resource"));
                }
                sources.put(id, provider);
            }
            drbd.down(name);
            for (Map.Entry<SnapshotId, StorageProvider> source : sources.entrySet()) {
                source.getValue().rollback(source.getKey());
            }
            ledger.record(name, step.rollbackId());
            LOG.info(
                    "{}: resource '{}' rolled back to snapshot '{}' (rollback {})",
                    passId,
                    name,
                    step.snapshotName(),
                    step.rollbackId());
            return ApplyResult.done();
        } catch (StorageException e) {
            StorageProblem p = e.problem();
            problem = new Problem(
                    "Rollback of '" + name + "' to snapshot '" + step.snapshotName() + "' failed: " + p.message(),
                    p.cause(),
                    p.correction());
        } catch (DrbdException | IOException e) {
            problem = new Problem(
                    "Rollback of '" + name + "' to snapshot '" + step.snapshotName() + "' failed.",
                    e.getMessage(),
                    "The next pass tries again.");
        }
        LOG.warn("{}: {}", passId, problem.message());
        return ApplyResult.halted(problem);
    }

    /**
     * Does this node's part of each desired snapshot's stage and deletes the snapshots no longer
     * desired; returns what exists of each desired one. SUSPEND suspends the resource's I/O, TAKE
     * takes the missing copies while it stays suspended, KEEP holds the copies and takes none (a
     * copy taken later would not be of the moment the other nodes' copies are of). I/O that no
     * SUSPEND or TAKE asks for any more is resumed, and so is I/O suspended longer than the lease:
     * a controller that went away mid-snapshot cannot leave a resource hanging.
     */
    Map<String, SnapshotOutcome> apply(List<DesiredSnapshot> desired, Map<String, PoolOutcome> pools, String passId) {
        Set<String> mustStaySuspended = new HashSet<>();
        for (DesiredSnapshot spec : desired) {
            if (spec.stage() != DesiredSnapshot.Stage.KEEP && !expired.contains(key(spec))) {
                mustStaySuspended.add(spec.resourceName());
            }
        }
        Map<String, List<Problem>> expiredNow = expireLeases(passId);
        Map<String, Set<SnapshotId>> listed = listSnapshots(pools, passId);
        Map<String, SnapshotOutcome> outcomes = new LinkedHashMap<>();
        Map<String, Set<SnapshotId>> wanted = new HashMap<>();
        for (DesiredSnapshot spec : desired) {
            for (DesiredSnapshot.Volume volume : spec.volumes()) {
                wanted.computeIfAbsent(volume.storagePoolName(), pool -> new HashSet<>())
                        .add(id(spec, volume));
            }
            List<Problem> problems = new ArrayList<>(expiredNow.getOrDefault(spec.resourceName(), List.of()));
            outcomes.put(key(spec), stage(spec, pools, listed, problems, passId));
        }
        for (String resource : List.copyOf(suspendedSince.keySet())) {
            if (!mustStaySuspended.contains(resource)) {
                resume(resource, passId);
            }
        }
        expired.retainAll(outcomes.keySet());
        for (Map.Entry<String, Set<SnapshotId>> pool : listed.entrySet()) {
            for (SnapshotId id : pool.getValue()) {
                if (!wanted.getOrDefault(pool.getKey(), Set.of()).contains(id)) {
                    deleteQuietly(pools.get(pool.getKey()), id, passId);
                }
            }
        }
        return outcomes;
    }

    private Map<String, Set<SnapshotId>> listSnapshots(Map<String, PoolOutcome> pools, String passId) {
        Map<String, Set<SnapshotId>> listed = new HashMap<>();
        for (PoolOutcome pool : pools.values()) {
            if (pool.usable()) {
                try {
                    listed.put(
                            pool.name(),
                            new HashSet<>(pool.provider().orElseThrow().listSnapshots()));
                } catch (StorageException e) {
                    LOG.warn(
                            "{}: storage pool '{}': {}",
                            passId,
                            pool.name(),
                            e.problem().describe());
                }
            }
        }
        return listed;
    }

    private SnapshotOutcome stage(
            DesiredSnapshot spec,
            Map<String, PoolOutcome> pools,
            Map<String, Set<SnapshotId>> listed,
            List<Problem> problems,
            String passId) {
        Set<Integer> taken = new HashSet<>();
        List<DesiredSnapshot.Volume> missing = new ArrayList<>();
        for (DesiredSnapshot.Volume volume : spec.volumes()) {
            if (listed.getOrDefault(volume.storagePoolName(), Set.of()).contains(id(spec, volume))) {
                taken.add(volume.volumeNumber());
            } else {
                missing.add(volume);
            }
        }
        String resource = spec.resourceName();
        boolean running = drbd.state(resource).isPresent();
        if (spec.stage() == DesiredSnapshot.Stage.KEEP || expired.contains(key(spec))) {
            return new SnapshotOutcome(resource, spec.snapshotName(), taken, problems, false);
        }
        if (spec.stage() == DesiredSnapshot.Stage.SUSPEND) {
            if (running && !suspendedSince.containsKey(resource)) {
                try {
                    drbd.suspendIo(resource);
                    suspendedSince.put(resource, clock.instant());
                    suspendedFor.computeIfAbsent(resource, r -> new HashSet<>()).add(key(spec));
                    LOG.info("{}: suspended I/O of '{}' for snapshot '{}'", passId, resource, spec.snapshotName());
                } catch (DrbdException e) {
                    problems.add(new Problem(
                            "Could not suspend I/O of '" + resource + "' for snapshot '" + spec.snapshotName() + "'.",
                            e.getMessage(),
                            "Check DRBD on this node; the controller gives the snapshot up and may be asked again."));
                    // A failed suspend-io may still have suspended: resuming is a no-op otherwise.
                    suspendedSince.put(resource, clock.instant());
                }
            }
            boolean suspended = problems.isEmpty() && (!running || suspendedSince.containsKey(resource));
            return new SnapshotOutcome(resource, spec.snapshotName(), taken, problems, suspended);
        }
        if (running && !suspendedSince.containsKey(resource)) {
            problems.add(new Problem(
                    "I/O of '" + resource + "' is not suspended for snapshot '" + spec.snapshotName()
                            + "'; a copy taken now would not be of the other nodes' moment.",
                    "The satellite resumed the resource's I/O (it restarted, or the suspension outlived its lease).",
                    "Delete the snapshot and take it again."));
            return new SnapshotOutcome(resource, spec.snapshotName(), taken, problems, false);
        }
        for (DesiredSnapshot.Volume volume : missing) {
            SnapshotId id = id(spec, volume);
            try {
                usable(pools, volume.storagePoolName()).createSnapshot(id);
                taken.add(volume.volumeNumber());
                LOG.info(
                        "{}: took snapshot {} in storage pool '{}'{}",
                        passId,
                        id,
                        volume.storagePoolName(),
                        running ? " with I/O suspended" : "");
            } catch (StorageException e) {
                StorageProblem p = e.problem();
                LOG.warn("{}: snapshot {}: {}", passId, id, p.describe());
                problems.add(new Problem(p.message(), p.cause(), p.correction()));
            }
        }
        return new SnapshotOutcome(resource, spec.snapshotName(), taken, problems, true);
    }

    /** Resumes I/O suspended longer than the lease; the problems are reported with the resource's snapshots. */
    private Map<String, List<Problem>> expireLeases(String passId) {
        Map<String, List<Problem>> problems = new HashMap<>();
        Instant now = clock.instant();
        for (Map.Entry<String, Instant> entry : List.copyOf(suspendedSince.entrySet())) {
            if (entry.getValue().plus(lease).isAfter(now)) {
                continue;
            }
            String resource = entry.getKey();
            LOG.warn(
                    "{}: I/O of '{}' suspended for a snapshot longer than {} s: resuming it",
                    passId,
                    resource,
                    lease.toSeconds());
            expired.addAll(suspendedFor.getOrDefault(resource, Set.of()));
            resume(resource, passId);
            problems.computeIfAbsent(resource, r -> new ArrayList<>())
                    .add(new Problem(
                            "I/O of '"
                                    + resource + "' was suspended for a snapshot longer than " + lease.toSeconds()
                                    + " s and was resumed.",
                            "The controller did not finish the snapshot in time.",
                            "Delete the snapshot and take it again."));
        }
        return problems;
    }

    /**
     * On the first pass only, before it brings anything up: resumes the I/O of every resource
     * DRBD runs already (a satellite before this one started it) that no SUSPEND stage asks to
     * suspend. DRBD's suspension is kernel state and outlives a satellite killed while it held
     * one; a TAKE stage cannot be trusted to this process (its suspension is not known to have
     * lasted), and resuming a resource whose I/O runs is a no-op.
     */
    void resumeLeftoversOnce(DesiredNode desired, String passId) {
        if (firstPassDone) {
            return;
        }
        firstPassDone = true;
        Set<String> toSuspend = new HashSet<>();
        for (DesiredSnapshot spec : desired.snapshots()) {
            if (spec.stage() == DesiredSnapshot.Stage.SUSPEND) {
                toSuspend.add(spec.resourceName());
            }
        }
        for (DesiredResource resource : desired.resources()) {
            String name = resource.name();
            if (!toSuspend.contains(name) && drbd.state(name).isPresent()) {
                suspendedSince.put(name, clock.instant());
                resume(name, passId);
            }
        }
    }

    private void resume(String resource, String passId) {
        try {
            drbd.resumeIo(resource);
            suspendedSince.remove(resource);
            suspendedFor.remove(resource);
            LOG.info("{}: resumed I/O of '{}'", passId, resource);
        } catch (DrbdException e) {
            LOG.error(
                    "{}: resource '{}': cannot resume I/O after a snapshot: {}; the next pass tries again "
                            + "('drbdsetup resume-io {}' resumes it by hand)",
                    passId,
                    resource,
                    e.getMessage(),
                    resource);
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
            throw new StorageException(new StorageProblem(
                    StorageProblem.Reason.POOL_UNUSABLE,
                    "storage pool '" + poolName + "' is unusable",
                    pool == null
                            ? "the node has no such pool"
                            : pool.problems().get(0).message(),
                    "repair the storage pool"));
        }
        return pool.provider().orElseThrow();
    }

    private static String key(DesiredSnapshot spec) {
        return spec.key();
    }

    private static SnapshotId id(DesiredSnapshot spec, DesiredSnapshot.Volume volume) {
        return new SnapshotId(new VolumeId(spec.resourceName(), volume.volumeNumber()), spec.snapshotName());
    }

    private static void deleteQuietly(PoolOutcome pool, SnapshotId id, String passId) {
        try {
            pool.provider().orElseThrow().deleteSnapshot(id);
            LOG.info("{}: deleted snapshot {} from storage pool '{}'", passId, id, pool.name());
        } catch (StorageException e) {
            LOG.warn(
                    "{}: cannot delete snapshot {} from storage pool '{}': {}",
                    passId,
                    id,
                    pool.name(),
                    e.problem().describe());
        }
    }
}

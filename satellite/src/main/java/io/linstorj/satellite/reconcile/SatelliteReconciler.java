package io.linstorj.satellite.reconcile;

import io.linstorj.satellite.drbd.DrbdDriver;
import io.linstorj.satellite.drbd.ResFileWriter;
import io.linstorj.satellite.plan.ApplyResult;
import io.linstorj.satellite.plan.DesiredNode;
import io.linstorj.satellite.plan.DesiredPool;
import io.linstorj.satellite.plan.DesiredResource;
import io.linstorj.satellite.plan.DesiredVolume;
import io.linstorj.satellite.plan.ObservedNode;
import io.linstorj.satellite.plan.ObservedPool;
import io.linstorj.satellite.plan.Planner;
import io.linstorj.satellite.plan.Step;
import io.linstorj.satellite.storage.Capacity;
import io.linstorj.satellite.storage.PoolOwner;
import io.linstorj.satellite.storage.ProvidedVolume;
import io.linstorj.satellite.storage.StorageException;
import io.linstorj.satellite.storage.StorageProblem;
import io.linstorj.satellite.storage.StorageProvider;
import io.linstorj.satellite.storage.StorageProviderFactory;
import io.linstorj.satellite.storage.VolumeId;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
 * Converges this node to the desired state in three moves: observe (the storage pools, the
 * resources DRBD has, the rollbacks done), plan ({@link Planner}, pure), apply (each step by
 * {@link StepApplier}, one {@link ApplyResult} each), then sums the results up per resource for
 * the report. A problem of one pool or resource is recorded for the report and does not stop the
 * others. Runs on the reconcile loop's thread only.
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
    private final RollbackLedger ledger;
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
        this.ledger = new RollbackLedger(rollbackLedger);
        this.snapshots = new SnapshotSteps(drbd, ledger, clock, suspendLease);
    }

    @Override
    public void reconcile(DesiredNode desired, String passId) {
        snapshots.resumeLeftoversOnce(desired, passId);
        Map<String, PoolOutcome> observedPools = observePools(desired, passId);
        List<Step> steps = Planner.plan(desired, observe(desired, observedPools));
        PassResults results = new PassResults();
        StepApplier applier = new StepApplier(drbd, resFiles, snapshots, observedPools, results, passId);
        for (Step step : steps) {
            if (results.runs(step)) {
                results.record(step, step.applyWith(applier));
            }
        }
        Map<String, ResourceOutcome> resources = new LinkedHashMap<>();
        for (DesiredResource resource : desired.resources()) {
            if (!resource.deleting()) {
                resources.put(resource.name(), outcome(resource, results));
            }
        }
        for (DesiredResource resource : desired.resources()) {
            if (resource.deleting()) {
                resources.put(
                        resource.name(),
                        ResourceOutcome.deletion(
                                resource.name(), resource.diskless(), results.problems(resource.name())));
            }
        }
        last = new PassOutcome(
                desired.generation(),
                withCapacities(observedPools),
                resources,
                applier.snapshotOutcomes(),
                Optional.empty());
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
    public NodeReport report() {
        PassOutcome outcome = last;
        return new NodeReport(
                outcome.generation(),
                List.copyOf(outcome.pools().values()),
                List.copyOf(outcome.resources().values()),
                List.copyOf(outcome.snapshots().values()),
                drbd.states(),
                outcome.failure());
    }

    /**
     * Takes every local resource down, and lets go of its storage attachments, without deleting
     * anything: for a satellite that stops and should leave nothing attached behind.
     */
    public void releaseAll() {
        for (String name : drbd.states().keySet()) {
            StepApplier.downQuietly(drbd, name, "release");
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

    /** What the planner needs of the node: pools as values, resources DRBD has, rollbacks done. */
    private ObservedNode observe(DesiredNode desired, Map<String, PoolOutcome> observedPools) {
        Map<String, ObservedPool> pools = new HashMap<>();
        for (PoolOutcome pool : observedPools.values()) {
            pools.put(
                    pool.name(),
                    pool.usable()
                            ? ObservedPool.usable(pool.name(), pool.volumes())
                            : ObservedPool.unusable(
                                    pool.name(), pool.problems().get(0).message()));
        }
        Set<String> present = new HashSet<>(drbd.states().keySet());
        present.addAll(configuredResources());
        Map<String, String> rollbacksDone = new HashMap<>();
        for (DesiredResource resource : desired.resources()) {
            if (resource.rollback().isPresent()) {
                try {
                    ledger.applied(resource.name()).ifPresent(id -> rollbacksDone.put(resource.name(), id));
                } catch (IOException e) {
                    // Planned as not done: the rollback step reads the ledger again and reports why it cannot.
                    LOG.warn("cannot read the rollbacks of '{}': {}", resource.name(), e.getMessage());
                }
            }
        }
        return new ObservedNode(pools, present, rollbacksDone);
    }

    private static ResourceOutcome outcome(DesiredResource resource, PassResults results) {
        Map<Integer, Integer> minors = new HashMap<>();
        for (DesiredVolume volume : resource.volumes()) {
            minors.put(volume.volumeNumber(), volume.minor());
        }
        return new ResourceOutcome(
                resource.name(),
                resource.diskless(),
                minors,
                resource.inactive() ? Map.of() : results.volumes(resource.name()),
                results.problems(resource.name()),
                resource.inactive(),
                false);
    }

    private Map<String, PoolOutcome> observePools(DesiredNode desired, String passId) {
        Map<String, PoolOutcome> outcomes = new HashMap<>();
        for (DesiredPool spec : desired.pools()) {
            outcomes.put(spec.name(), observePool(spec, PoolOwner.of(desired.nodeName()), passId));
        }
        return outcomes;
    }

    private PoolOutcome observePool(DesiredPool spec, PoolOwner owner, String passId) {
        StorageProvider provider;
        try {
            provider = pools.provider(spec, owner);
        } catch (StorageException e) {
            LOG.warn(
                    "{}: storage pool '{}': {}",
                    passId,
                    spec.name(),
                    e.problem().describe());
            return new PoolOutcome(spec.name(), Optional.empty(), Optional.empty(), Map.of(), List.of(e.problem()));
        }
        List<StorageProblem> problems = provider.check();
        if (!problems.isEmpty()) {
            problems.forEach(p -> LOG.warn("{}: storage pool '{}': {}", passId, spec.name(), p.describe()));
            return new PoolOutcome(spec.name(), Optional.of(provider), Optional.empty(), Map.of(), problems);
        }
        try {
            provider.prepare();
            Map<VolumeId, ProvidedVolume> volumes = new HashMap<>();
            provider.list().forEach(v -> volumes.put(v.id(), v));
            return new PoolOutcome(spec.name(), Optional.of(provider), Optional.empty(), volumes, List.of());
        } catch (StorageException e) {
            LOG.warn(
                    "{}: storage pool '{}': {}",
                    passId,
                    spec.name(),
                    e.problem().describe());
            return new PoolOutcome(
                    spec.name(), Optional.of(provider), Optional.empty(), Map.of(), List.of(e.problem()));
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
}

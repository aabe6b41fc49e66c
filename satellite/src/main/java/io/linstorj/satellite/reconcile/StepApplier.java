package io.linstorj.satellite.reconcile;

import io.linstorj.satellite.drbd.DrbdApplyResult;
import io.linstorj.satellite.drbd.DrbdDriver;
import io.linstorj.satellite.drbd.DrbdException;
import io.linstorj.satellite.drbd.DrbdResource;
import io.linstorj.satellite.drbd.ResFileWriter;
import io.linstorj.satellite.plan.ApplyResult;
import io.linstorj.satellite.plan.PoolVolume;
import io.linstorj.satellite.plan.Problem;
import io.linstorj.satellite.plan.Step;
import io.linstorj.satellite.storage.Change;
import io.linstorj.satellite.storage.StorageException;
import io.linstorj.satellite.storage.StorageProblem;
import io.linstorj.satellite.storage.StorageProvider;
import io.linstorj.satellite.storage.VolumeApplied;
import io.linstorj.satellite.storage.VolumeId;
import io.linstorj.satellite.storage.VolumeSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does one pass's steps against the node's storage providers and DRBD driver. Each step is
 * idempotent and ends in one {@link ApplyResult}; a failure is logged and becomes the result's
 * problem, never an exception, so one resource's trouble does not stop the others.
 */
final class StepApplier implements Step.Applier {
    private static final Logger LOG = LoggerFactory.getLogger(StepApplier.class);

    private final DrbdDriver drbd;
    private final ResFileWriter resFiles;
    private final SnapshotSteps snapshots;
    private final Map<String, PoolOutcome> pools;
    private final PassResults results;
    private final String passId;
    private final Map<String, SnapshotOutcome> snapshotOutcomes = new LinkedHashMap<>();

    StepApplier(
            DrbdDriver drbd,
            ResFileWriter resFiles,
            SnapshotSteps snapshots,
            Map<String, PoolOutcome> pools,
            PassResults results,
            String passId) {
        this.drbd = drbd;
        this.resFiles = resFiles;
        this.snapshots = snapshots;
        this.pools = pools;
        this.results = results;
        this.passId = passId;
    }

    /** What the snapshot stages found of each desired snapshot, once they ran. */
    Map<String, SnapshotOutcome> snapshotOutcomes() {
        return snapshotOutcomes;
    }

    @Override
    public ApplyResult takeDown(Step.TakeDown step) {
        String name = step.resourceName();
        Optional<String> why = downQuietly(drbd, name, passId);
        resFiles.delete(name);
        snapshots.forget(name);
        return why.map(w -> ApplyResult.failed(new Problem(
                        "DRBD could not take resource '" + name + "', marked for deletion, down.",
                        w,
                        "Stop using the resource on this node; the next pass tries again.")))
                .orElse(ApplyResult.done());
    }

    /** Takes the resource down; returns why it could not, if it could not. */
    static Optional<String> downQuietly(DrbdDriver drbd, String name, String passId) {
        try {
            drbd.down(name);
            LOG.info("{}: resource '{}' taken down", passId, name);
            return Optional.empty();
        } catch (DrbdException e) {
            LOG.warn("{}: resource '{}': cannot take it down: {}", passId, name, e.getMessage());
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public ApplyResult deactivate(Step.Deactivate step) {
        String name = step.resourceName();
        try {
            if (drbd.down(name) == DrbdApplyResult.DELETED) {
                LOG.info("{}: resource '{}' deactivated: DRBD taken down, volumes kept", passId, name);
            }
        } catch (DrbdException e) {
            LOG.warn("{}: resource '{}': cannot take the deactivated resource down: {}", passId, name, e.getMessage());
            return ApplyResult.halted(new Problem(
                    "DRBD could not take deactivated resource '" + name + "' down.",
                    e.getMessage(),
                    "Stop using the resource on this node; the next pass tries again."));
        }
        List<Problem> problems = new ArrayList<>();
        for (PoolVolume volume : step.release()) {
            VolumeId id = volume.id();
            try {
                if (provider(volume.pool()).release(id) == Change.UPDATED) {
                    LOG.info("{}: volume {} of deactivated '{}' released", passId, id.volumeNumber(), name);
                }
            } catch (StorageException e) {
                problems.add(problem(id, e));
            }
        }
        return new ApplyResult(problems, Optional.empty(), false, false);
    }

    @Override
    public ApplyResult rollBack(Step.RollBack step) {
        return snapshots.rollBack(step, pools, passId);
    }

    @Override
    public ApplyResult createVolume(Step.CreateVolume step) {
        try {
            StorageProvider provider = provider(step.pool());
            VolumeSpec spec = new VolumeSpec(step.id(), step.backingKib());
            VolumeApplied applied = step.restoreFrom().isPresent()
                    ? provider.restoreVolume(spec, step.restoreFrom().get())
                    : provider.createOrGrow(spec);
            logChange(step.id(), applied);
            return ApplyResult.volume(applied.volume(), false);
        } catch (StorageException e) {
            return ApplyResult.failed(problem(step.id(), e));
        }
    }

    @Override
    public ApplyResult growVolume(Step.GrowVolume step) {
        try {
            VolumeApplied applied = provider(step.pool()).createOrGrow(new VolumeSpec(step.id(), step.backingKib()));
            logChange(step.id(), applied);
            return ApplyResult.volume(applied.volume(), applied.change() == Change.UPDATED);
        } catch (StorageException e) {
            return ApplyResult.failed(problem(step.id(), e));
        }
    }

    @Override
    public ApplyResult attachVolume(Step.AttachVolume step) {
        try {
            VolumeApplied applied = provider(step.pool()).createOrGrow(new VolumeSpec(step.id(), step.backingKib()));
            logChange(step.id(), applied);
            return ApplyResult.volume(applied.volume(), false);
        } catch (StorageException e) {
            return ApplyResult.failed(problem(step.id(), e));
        }
    }

    @Override
    public ApplyResult keepVolume(Step.KeepVolume step) {
        return ApplyResult.volume(step.volume(), false);
    }

    @Override
    public ApplyResult adjustDrbd(Step.AdjustDrbd step) {
        String name = step.resource().name();
        Map<Integer, String> backingDisks = new HashMap<>();
        results.volumes(name).forEach((nr, v) -> backingDisks.put(nr, v.backingDisk()));
        try {
            DrbdResource config = DrbdConfigs.of(step.resource(), step.nodeName(), step.nodeAddress(), backingDisks);
            DrbdApplyResult result = drbd.adjust(config);
            for (int volumeNumber : results.grown(name)) {
                drbd.resize(config, volumeNumber);
            }
            if (result != DrbdApplyResult.NOOP) {
                LOG.info("{}: resource '{}': DRBD {}", passId, name, result);
            }
            return ApplyResult.done();
        } catch (DrbdException | IllegalArgumentException e) {
            LOG.warn("{}: resource '{}': DRBD refused: {}", passId, name, e.getMessage());
            return ApplyResult.failed(new Problem(
                    "DRBD could not configure resource '" + name + "'.",
                    e.getMessage(),
                    "Check the satellite's log; the next pass tries again."));
        }
    }

    @Override
    public ApplyResult snapshotStages(Step.SnapshotStages step) {
        snapshotOutcomes.putAll(snapshots.apply(step.snapshots(), pools, passId));
        return ApplyResult.done();
    }

    @Override
    public ApplyResult deleteVolume(Step.DeleteVolume step) {
        try {
            provider(step.pool()).delete(step.id());
            LOG.info("{}: deleted volume {} from storage pool '{}'", passId, step.id(), step.pool());
            return ApplyResult.done();
        } catch (StorageException e) {
            LOG.warn(
                    "{}: cannot delete volume {} from storage pool '{}': {}",
                    passId,
                    step.id(),
                    step.pool(),
                    e.problem().describe());
            return ApplyResult.failed(new Problem(
                    "Volume " + step.id().volumeNumber() + " of '" + step.id().resourceName()
                            + "', marked for deletion, could not be deleted.",
                    "See the satellite's log.",
                    "The next pass tries again."));
        }
    }

    @Override
    public ApplyResult blocked(Step.Blocked step) {
        return ApplyResult.failed(step.problem());
    }

    /** The provider of a pool the plan found usable. */
    private StorageProvider provider(String pool) {
        return pools.get(pool).provider().orElseThrow();
    }

    private void logChange(VolumeId id, VolumeApplied applied) {
        if (applied.change() != Change.NOOP) {
            LOG.info(
                    "{}: volume {} of '{}': {} {} ({} KiB)",
                    passId,
                    id.volumeNumber(),
                    id.resourceName(),
                    applied.change(),
                    applied.volume().backingDisk(),
                    applied.volume().allocatedSizeKib());
        }
    }

    private Problem problem(VolumeId id, StorageException e) {
        StorageProblem p = e.problem();
        LOG.warn("{}: volume {} of '{}': {}", passId, id.volumeNumber(), id.resourceName(), p.describe());
        return new Problem(p.message(), p.cause(), p.correction());
    }
}

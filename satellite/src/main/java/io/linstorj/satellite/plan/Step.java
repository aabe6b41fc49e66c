package io.linstorj.satellite.plan;

import io.linstorj.satellite.storage.ProvidedVolume;
import io.linstorj.satellite.storage.SnapshotId;
import io.linstorj.satellite.storage.VolumeId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a pass does to converge the node, as a value. The {@link Planner} decides the steps
 * and their order; an {@link Applier} does them, each returning one {@link ApplyResult}.
 *
 * <p>Steps of one resource run in plan order: once a step {@linkplain ApplyResult#halts() halts}
 * its resource, the resource's later steps are skipped, and a step that {@link
 * #needsEarlierSuccess()} is skipped after any problem of its resource.
 */
public sealed interface Step {

    /**
     * The resource whose outcome this step's result joins; empty for a step whose result is only
     * logged (an orphan of no desired resource, the snapshot stages).
     */
    Optional<String> reportsTo();

    /** True for a step that must not run once an earlier step of its resource met a problem. */
    default boolean needsEarlierSuccess() {
        return false;
    }

    /** Has {@code applier} do this step. */
    ApplyResult applyWith(Applier applier);

    /**
     * Does steps; one method per kind of step, so that a new kind does not compile until every
     * applier can do it.
     */
    interface Applier {
        ApplyResult takeDown(TakeDown step);

        ApplyResult deactivate(Deactivate step);

        ApplyResult rollBack(RollBack step);

        ApplyResult createVolume(CreateVolume step);

        ApplyResult growVolume(GrowVolume step);

        ApplyResult attachVolume(AttachVolume step);

        ApplyResult keepVolume(KeepVolume step);

        ApplyResult adjustDrbd(AdjustDrbd step);

        ApplyResult snapshotStages(SnapshotStages step);

        ApplyResult deleteVolume(DeleteVolume step);

        ApplyResult blocked(Blocked step);
    }

    /**
     * Takes down a resource that DRBD runs or has a configuration of but that is not wanted (any
     * more, or marked for deletion): DRBD down, its configuration and its rollback record
     * forgotten. Volumes are left to {@link DeleteVolume}.
     */
    record TakeDown(String resourceName) implements Step {
        public TakeDown {
            Objects.requireNonNull(resourceName, "resourceName");
        }

        @Override
        public Optional<String> reportsTo() {
            return Optional.of(resourceName);
        }

        @Override
        public ApplyResult applyWith(Applier applier) {
            return applier.takeDown(this);
        }
    }

    /**
     * Deactivates a resource: DRBD down, then the attachments of its existing volumes released,
     * never deleted; while DRBD cannot go down nothing is released.
     */
    record Deactivate(String resourceName, List<PoolVolume> release) implements Step {
        public Deactivate {
            Objects.requireNonNull(resourceName, "resourceName");
            release = List.copyOf(release);
        }

        @Override
        public Optional<String> reportsTo() {
            return Optional.of(resourceName);
        }

        @Override
        public ApplyResult applyWith(Applier applier) {
            return applier.deactivate(this);
        }
    }

    /**
     * Rolls a resource's volumes back to its snapshot {@code snapshotName}: DRBD down, every
     * volume's snapshot copied back, the rollback {@code rollbackId} recorded. A failure halts
     * the resource: it must not come up on half-rolled-back data.
     */
    record RollBack(String resourceName, String snapshotName, String rollbackId, List<PoolVolume> volumes)
            implements Step {
        public RollBack {
            Objects.requireNonNull(resourceName, "resourceName");
            Objects.requireNonNull(snapshotName, "snapshotName");
            Objects.requireNonNull(rollbackId, "rollbackId");
            volumes = List.copyOf(volumes);
        }

        @Override
        public Optional<String> reportsTo() {
            return Optional.of(resourceName);
        }

        @Override
        public ApplyResult applyWith(Applier applier) {
            return applier.rollBack(this);
        }
    }

    /** A step on the backing storage of one volume: its result joins that volume's resource. */
    sealed interface OnBacking extends Step {
        /** The volume whose backing storage the step works on. */
        VolumeId id();

        @Override
        default Optional<String> reportsTo() {
            return Optional.of(id().resourceName());
        }
    }

    /** Creates a volume's backing storage, empty or with a snapshot's content. */
    record CreateVolume(String pool, VolumeId id, long backingKib, Optional<SnapshotId> restoreFrom)
            implements OnBacking {
        public CreateVolume {
            Objects.requireNonNull(pool, "pool");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(restoreFrom, "restoreFrom");
        }

        @Override
        public ApplyResult applyWith(Applier applier) {
            return applier.createVolume(this);
        }
    }

    /** Grows a volume's backing storage that is smaller than {@code backingKib}. */
    record GrowVolume(String pool, VolumeId id, long backingKib) implements OnBacking {
        public GrowVolume {
            Objects.requireNonNull(pool, "pool");
            Objects.requireNonNull(id, "id");
        }

        @Override
        public ApplyResult applyWith(Applier applier) {
            return applier.growVolume(this);
        }
    }

    /**
     * Makes an existing volume's backing storage usable again without changing its size: a
     * backing file whose loop device may be gone, a volume just rolled back whose attachments
     * were released.
     */
    record AttachVolume(String pool, VolumeId id, long backingKib) implements OnBacking {
        public AttachVolume {
            Objects.requireNonNull(pool, "pool");
            Objects.requireNonNull(id, "id");
        }

        @Override
        public ApplyResult applyWith(Applier applier) {
            return applier.attachVolume(this);
        }
    }

    /** Uses an existing volume as it is. */
    record KeepVolume(String pool, ProvidedVolume volume) implements Step {
        public KeepVolume {
            Objects.requireNonNull(pool, "pool");
            Objects.requireNonNull(volume, "volume");
        }

        @Override
        public Optional<String> reportsTo() {
            return Optional.of(volume.id().resourceName());
        }

        @Override
        public ApplyResult applyWith(Applier applier) {
            return applier.keepVolume(this);
        }
    }

    /**
     * Brings a resource's DRBD configuration to {@code resource} on this node, over the backing
     * disks its volume steps left, and resizes the volumes they grew.
     */
    record AdjustDrbd(DesiredResource resource, String nodeName, String nodeAddress) implements Step {
        public AdjustDrbd {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(nodeName, "nodeName");
            Objects.requireNonNull(nodeAddress, "nodeAddress");
        }

        @Override
        public Optional<String> reportsTo() {
            return Optional.of(resource.name());
        }

        @Override
        public boolean needsEarlierSuccess() {
            return true;
        }

        @Override
        public ApplyResult applyWith(Applier applier) {
            return applier.adjustDrbd(this);
        }
    }

    /**
     * Does this node's part of each desired snapshot's stage and deletes the snapshots of ours no
     * longer desired. Its decisions rest on what the satellite remembers between passes (which
     * I/O it suspended, since when), so they are made where that memory is, not here.
     */
    record SnapshotStages(List<DesiredSnapshot> snapshots) implements Step {
        public SnapshotStages {
            snapshots = List.copyOf(snapshots);
        }

        @Override
        public Optional<String> reportsTo() {
            return Optional.empty();
        }

        @Override
        public ApplyResult applyWith(Applier applier) {
            return applier.snapshotStages(this);
        }
    }

    /**
     * Deletes a volume of ours that no desired resource wants in this pool.
     *
     * @param reportsTo the resource marked for deletion whose volume this is; empty for an orphan
     */
    record DeleteVolume(String pool, VolumeId id, Optional<String> reportsTo) implements Step {
        public DeleteVolume {
            Objects.requireNonNull(pool, "pool");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(reportsTo, "reportsTo");
        }

        @Override
        public ApplyResult applyWith(Applier applier) {
            return applier.deleteVolume(this);
        }
    }

    /** Something a resource needs that cannot be done now; applying it reports {@code problem}. */
    record Blocked(String resourceName, Problem problem) implements Step {
        public Blocked {
            Objects.requireNonNull(resourceName, "resourceName");
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public Optional<String> reportsTo() {
            return Optional.of(resourceName);
        }

        @Override
        public ApplyResult applyWith(Applier applier) {
            return applier.blocked(this);
        }
    }
}

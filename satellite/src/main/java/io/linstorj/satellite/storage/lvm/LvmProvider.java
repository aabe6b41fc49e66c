package io.linstorj.satellite.storage.lvm;

import io.linstorj.satellite.command.CommandResult;
import io.linstorj.satellite.command.CommandRunner;
import io.linstorj.satellite.storage.BackingType;
import io.linstorj.satellite.storage.Capacity;
import io.linstorj.satellite.storage.Change;
import io.linstorj.satellite.storage.ProvidedVolume;
import io.linstorj.satellite.storage.ProviderKind;
import io.linstorj.satellite.storage.SizeDecision;
import io.linstorj.satellite.storage.SnapshotId;
import io.linstorj.satellite.storage.StorageCommands;
import io.linstorj.satellite.storage.StorageException;
import io.linstorj.satellite.storage.StorageProblem;
import io.linstorj.satellite.storage.StorageProvider;
import io.linstorj.satellite.storage.VolumeApplied;
import io.linstorj.satellite.storage.VolumeId;
import io.linstorj.satellite.storage.VolumeSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider of LVM and LVM_THIN pools: one logical volume per volume, named
 * {@code <rsc>_<nr>} and tagged {@code linstorj_pool=<storage pool>} so that only the volumes
 * LinstorJ created are listed, grown or removed.
 *
 * <p>An LVM_THIN pool takes snapshots as thin snapshots ({@code lvcreate --snapshot}), named as
 * {@link ThinSnapshotNames} says and tagged like its volumes: only a logical volume with both the
 * name and the tag is taken for one of its snapshots, listed or removed. A restore is a writable
 * thin snapshot of the snapshot under the new volume's name; a rollback builds such a copy beside
 * the volume and then puts it in the volume's place, so that the snapshot stays and a crash at any
 * step leaves either the old or the new content under the volume's name (or, between the two
 * renames, the new content under its temporary name, which the next rollback or create takes up).
 * Thin snapshots share blocks with their origin and depend on nothing: each one can be removed
 * alone, and removing it frees the blocks only it holds. Thick LVM takes no snapshots.
 *
 * <pre>{@code
 * var pool = new LvmProvider("pool1", LvmPool.parse("pool1", "vg0/thin", true), runner);
 * pool.createOrGrow(new VolumeSpec(new VolumeId("web", 0), 102_400)).volume().backingDisk();
 * // "/dev/vg0/web_00000"
 * }</pre>
 */
public final class LvmProvider implements StorageProvider {

    private static final Logger log = LoggerFactory.getLogger(LvmProvider.class);
    private static final Map<String, String> TOOLS = Map.of(
            "vgs",
            "lvm2",
            "lvs",
            "lvm2",
            "lvcreate",
            "lvm2",
            "lvextend",
            "lvm2",
            "lvremove",
            "lvm2",
            "lvrename",
            "lvm2",
            "dmsetup",
            "dmsetup");

    private final String poolName;
    private final LvmPool pool;
    private final LvmCommands lvm;
    private final StorageCommands commands;
    private final VgsParser vgsParser = new VgsParser();
    private final LvsParser lvsParser = new LvsParser();

    /** Creates the provider of the LinstorJ storage pool {@code poolName} on {@code pool}. */
    public LvmProvider(String poolName, LvmPool pool, CommandRunner runner) {
        this.poolName = poolName;
        this.pool = pool;
        this.lvm = new LvmCommands(pool);
        this.commands = new StorageCommands(runner, poolName, TOOLS);
    }

    @Override
    public ProviderKind kind() {
        return pool.thinPool().isPresent() ? ProviderKind.LVM_THIN : ProviderKind.LVM;
    }

    @Override
    public String storagePoolName() {
        return poolName;
    }

    /** Returns the tag that marks the logical volumes of this storage pool. */
    public String ownerTag() {
        return "linstorj_pool=" + poolName;
    }

    @Override
    public VolumeApplied createOrGrow(VolumeSpec spec) {
        Observed observed = observe();
        String name = spec.id().storageName();
        Optional<LogicalVolumeInfo> existing = observed.volume(name);
        if (existing.isEmpty()) {
            Optional<LogicalVolumeInfo> rolledBack =
                    observed.volume(ThinSnapshotNames.rollbackOf(spec.id())).filter(this::owned);
            if (rolledBack.isPresent()) {
                // A crash came between the two steps of a rollback: its copy is the volume's content.
                rename(rolledBack.get().name(), name);
                return new VolumeApplied(Change.UPDATED, createOrGrow(spec).volume());
            }
            create(name, spec.sizeKib());
            return new VolumeApplied(Change.CREATED, provided(spec.id(), reread(name, "created")));
        }
        LogicalVolumeInfo volume = requireOwned(existing.get());
        long extent = observed.group().extentSizeKib();
        if (SizeDecision.decide(poolName, spec.id(), volume.sizeKib(), spec.sizeKib(), extent) == SizeDecision.KEEP) {
            return new VolumeApplied(Change.NOOP, provided(spec.id(), volume));
        }
        grow(volume, spec.sizeKib());
        return new VolumeApplied(Change.UPDATED, provided(spec.id(), reread(name, "grown")));
    }

    private void create(String name, long sizeKib) {
        commands.runChecked(
                lvm.create(name, sizeKib, ownerTag()),
                "create logical volume " + lvm.path(name) + " of " + sizeKib + " KiB");
        log.info("storage pool '{}': created {} with {} KiB", poolName, lvm.path(name), sizeKib);
    }

    private void grow(LogicalVolumeInfo volume, long sizeKib) {
        String path = lvm.path(volume.name());
        commands.runChecked(
                lvm.extend(volume.name(), sizeKib),
                "grow logical volume " + path + " from " + volume.sizeKib() + " to " + sizeKib + " KiB");
        log.info("storage pool '{}': grew {} from {} to {} KiB", poolName, path, volume.sizeKib(), sizeKib);
    }

    /** Reads a volume again after a change, for the size LVM actually allocated. */
    private LogicalVolumeInfo reread(String name, String changed) {
        return logicalVolumes().stream()
                .filter(volume -> volume.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new StorageException(commands.failed(
                        "find " + lvm.path(name), "lvs does not list it right after it was " + changed)));
    }

    @Override
    public Change delete(VolumeId id) {
        Observed observed = observe();
        Optional<LogicalVolumeInfo> existing = observed.volume(id.storageName());
        Optional<LogicalVolumeInfo> rollbackCopy =
                observed.volume(ThinSnapshotNames.rollbackOf(id)).filter(this::owned);
        if (rollbackCopy.isPresent()) {
            // What a crash left of a rollback of this volume: part of the volume, so it goes with it.
            commands.runChecked(
                    lvm.remove(rollbackCopy.get().name()),
                    "remove " + lvm.path(rollbackCopy.get().name()));
            log.info(
                    "storage pool '{}': removed {}",
                    poolName,
                    lvm.path(rollbackCopy.get().name()));
        }
        if (existing.isEmpty()) {
            return rollbackCopy.isPresent() ? Change.DELETED : Change.NOOP;
        }
        requireOwned(existing.get());
        String path = lvm.path(id.storageName());
        commands.runChecked(lvm.remove(id.storageName()), "remove logical volume " + path);
        log.info("storage pool '{}': removed {}", poolName, path);
        return Change.DELETED;
    }

    @Override
    public Change createSnapshot(SnapshotId id) {
        requireThin();
        Observed observed = observe();
        String name = ThinSnapshotNames.of(id);
        Optional<LogicalVolumeInfo> existing = observed.volume(name);
        if (existing.isPresent()) {
            requireOwned(existing.get());
            return Change.NOOP;
        }
        LogicalVolumeInfo origin = observed.volume(id.volume().storageName())
                .orElseThrow(() -> new StorageException(noVolume(id.volume(), "snapshot")));
        requireOwned(origin);
        commands.runChecked(
                lvm.snapshot(origin.name(), name, ownerTag()),
                "take snapshot " + lvm.path(name) + " of " + lvm.path(origin.name()));
        log.info("storage pool '{}': took thin snapshot {} of {}", poolName, lvm.path(name), lvm.path(origin.name()));
        return Change.CREATED;
    }

    @Override
    public Change deleteSnapshot(SnapshotId id) {
        if (pool.thinPool().isEmpty()) {
            return Change.NOOP;
        }
        String name = ThinSnapshotNames.of(id);
        Optional<LogicalVolumeInfo> existing = observe().volume(name);
        if (existing.isEmpty()) {
            return Change.NOOP;
        }
        if (!owned(existing.get())) {
            log.info("storage pool '{}': left {} alone: it lacks the tag {}", poolName, lvm.path(name), ownerTag());
            return Change.NOOP;
        }
        commands.runChecked(lvm.remove(name), "remove snapshot " + lvm.path(name));
        log.info("storage pool '{}': removed snapshot {}", poolName, lvm.path(name));
        return Change.DELETED;
    }

    @Override
    public List<SnapshotId> listSnapshots() {
        if (pool.thinPool().isEmpty()) {
            return List.of();
        }
        return observe().volumes().stream()
                .filter(this::owned)
                .flatMap(volume -> ThinSnapshotNames.parse(volume.name()).stream())
                .toList();
    }

    @Override
    public VolumeApplied restoreVolume(VolumeSpec spec, SnapshotId source) {
        requireThin();
        Observed observed = observe();
        String name = spec.id().storageName();
        if (observed.volume(name).isPresent()) {
            return createOrGrow(spec);
        }
        String snapshot = requireSnapshot(observed, source);
        commands.runChecked(
                lvm.thinCopy(snapshot, name, ownerTag()),
                "restore " + lvm.path(name) + " from snapshot " + lvm.path(snapshot));
        log.info("storage pool '{}': restored {} from snapshot {}", poolName, lvm.path(name), lvm.path(snapshot));
        return new VolumeApplied(Change.CREATED, createOrGrow(spec).volume());
    }

    @Override
    public Change rollback(SnapshotId id) {
        requireThin();
        Observed observed = observe();
        String snapshot = requireSnapshot(observed, id);
        String name = id.volume().storageName();
        String copy = ThinSnapshotNames.rollbackOf(id.volume());
        Optional<LogicalVolumeInfo> leftover = observed.volume(copy);
        if (leftover.isPresent()) {
            // An earlier rollback stopped half-way; its copy may be of another snapshot.
            requireOwned(leftover.get());
            commands.runChecked(lvm.remove(copy), "remove the unfinished rollback copy " + lvm.path(copy));
        }
        Optional<LogicalVolumeInfo> volume = observed.volume(name);
        if (volume.isPresent()) {
            requireOwned(volume.get());
        }
        commands.runChecked(
                lvm.thinCopy(snapshot, copy, ownerTag()),
                "copy snapshot " + lvm.path(snapshot) + " for a rollback of " + lvm.path(name));
        if (volume.isPresent()) {
            commands.runChecked(lvm.remove(name), "remove " + lvm.path(name) + " for its rollback");
        }
        rename(copy, name);
        log.info("storage pool '{}': rolled {} back to snapshot {}", poolName, lvm.path(name), lvm.path(snapshot));
        return Change.UPDATED;
    }

    private void rename(String from, String to) {
        commands.runChecked(lvm.rename(from, to), "rename " + lvm.path(from) + " to " + to);
        log.info("storage pool '{}': renamed {} to {}", poolName, lvm.path(from), to);
    }

    private String requireSnapshot(Observed observed, SnapshotId id) {
        String name = ThinSnapshotNames.of(id);
        return observed.volume(name)
                .filter(this::owned)
                .map(LogicalVolumeInfo::name)
                .orElseThrow(() -> new StorageException(new StorageProblem(
                        StorageProblem.Reason.CONFIGURATION,
                        "storage pool '" + poolName + "': snapshot " + id + " not found",
                        "there is no logical volume " + lvm.path(name) + " with the tag " + ownerTag(),
                        "take the snapshot on this node first, or restore on a node that holds it")));
    }

    private StorageProblem noVolume(VolumeId id, String what) {
        return new StorageProblem(
                StorageProblem.Reason.CONFIGURATION,
                "storage pool '" + poolName + "': volume " + id + " has no logical volume to " + what,
                "lvs does not list " + lvm.path(id.storageName()),
                "create the resource's volume in this pool first");
    }

    private void requireThin() {
        if (pool.thinPool().isEmpty()) {
            throw new StorageException(snapshotsUnsupported());
        }
    }

    private boolean owned(LogicalVolumeInfo volume) {
        return volume.tags().contains(ownerTag());
    }

    @Override
    public Capacity capacity() {
        Observed observed = observe();
        if (observed.thinPool().isEmpty()) {
            return new Capacity(observed.group().freeKib(), observed.group().sizeKib());
        }
        LogicalVolumeInfo thin = observed.thinPool().get();
        BigDecimal used = BigDecimal.valueOf(thin.sizeKib())
                .multiply(thin.dataPercent().orElse(BigDecimal.ZERO))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING);
        long usedKib = Math.min(used.longValueExact(), thin.sizeKib());
        return new Capacity(thin.sizeKib() - usedKib, thin.sizeKib());
    }

    @Override
    public List<ProvidedVolume> list() {
        var volumes = new ArrayList<ProvidedVolume>();
        for (LogicalVolumeInfo volume : observe().volumes()) {
            if (volume.tags().contains(ownerTag())) {
                VolumeId.parseStorageName(volume.name()).ifPresent(id -> volumes.add(provided(id, volume)));
            }
        }
        return List.copyOf(volumes);
    }

    @Override
    public List<StorageProblem> check() {
        return commands.toolOrPoolProblem(this::observe)
                .or(this::deviceMapperProblem)
                .map(List::of)
                .orElse(List.of());
    }

    /**
     * Returns the problem of a kernel without a working device-mapper: vgs and lvs still answer
     * there, but no logical volume can be created or activated.
     */
    private Optional<StorageProblem> deviceMapperProblem() {
        CommandResult result = commands.run(lvm.deviceMapperVersion(), "ask for device-mapper");
        if (result.succeeded()) {
            return Optional.empty();
        }
        return Optional.of(new StorageProblem(
                StorageProblem.Reason.POOL_UNUSABLE,
                "device-mapper does not work on this node, so storage pool '" + poolName
                        + "' cannot create logical volumes",
                "dmsetup version says: " + result.stderr().strip(),
                "load the kernel modules (modprobe dm_mod" + (pool.thinPool().isPresent() ? " dm_thin_pool" : "")
                        + "); in a container, give it the host's device-mapper"));
    }

    private Observed observe() {
        VolumeGroupInfo group = volumeGroup();
        List<LogicalVolumeInfo> volumes = logicalVolumes();
        Optional<LogicalVolumeInfo> thinPool = Optional.empty();
        if (pool.thinPool().isPresent()) {
            thinPool = Optional.of(thinPool(pool.thinPool().get(), volumes));
        }
        return new Observed(group, volumes, thinPool);
    }

    private VolumeGroupInfo volumeGroup() {
        String purpose = "read volume group '" + pool.volumeGroup() + "'";
        CommandResult result = commands.run(lvm.volumeGroupReport(), purpose);
        if (!result.succeeded() && !result.stderr().contains("not found")) {
            throw new StorageException(commands.failed(purpose, result.stderr().strip()));
        }
        List<VolumeGroupInfo> groups =
                result.succeeded() ? parse(purpose, () -> vgsParser.parse(result.stdout())) : List.of();
        return groups.stream()
                .filter(group -> group.name().equals(pool.volumeGroup()))
                .findFirst()
                .orElseThrow(() -> new StorageException(new StorageProblem(
                        StorageProblem.Reason.POOL_MISSING,
                        "volume group '" + pool.volumeGroup() + "' of storage pool '" + poolName + "' not found",
                        result.stderr().isBlank()
                                ? "vgs does not list it on this node"
                                : "vgs says: " + result.stderr().strip(),
                        "create it (vgcreate " + pool.volumeGroup() + " <physical volumes>) or set"
                                + " StorDriver/StorPoolName of the pool to an existing volume group")));
    }

    private List<LogicalVolumeInfo> logicalVolumes() {
        String purpose = "list the logical volumes of '" + pool.volumeGroup() + "'";
        String output = commands.runChecked(lvm.logicalVolumeReport(), purpose);
        return parse(purpose, () -> lvsParser.parse(output));
    }

    private LogicalVolumeInfo thinPool(String name, List<LogicalVolumeInfo> volumes) {
        String where = "thin pool '" + pool + "' of storage pool '" + poolName + "'";
        LogicalVolumeInfo thin = volumes.stream()
                .filter(volume -> volume.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new StorageException(new StorageProblem(
                        StorageProblem.Reason.POOL_MISSING,
                        where + " not found",
                        "lvs does not list a logical volume '" + name + "' in '" + pool.volumeGroup() + "'",
                        "create it (lvcreate --type thin-pool --size <size> --name " + name + " " + pool.volumeGroup()
                                + ") or correct StorDriver/StorPoolName")));
        if (!thin.isThinPool()) {
            throw new StorageException(new StorageProblem(
                    StorageProblem.Reason.POOL_UNUSABLE,
                    where + " is not a thin pool",
                    "logical volume '" + pool + "' has the attributes '" + thin.attributes() + "'",
                    "name a thin pool in StorDriver/StorPoolName, or use an LVM (thick) pool"));
        }
        return thin;
    }

    private LogicalVolumeInfo requireOwned(LogicalVolumeInfo volume) {
        if (volume.tags().contains(ownerTag())) {
            return volume;
        }
        String path = lvm.path(volume.name());
        throw new StorageException(new StorageProblem(
                StorageProblem.Reason.FOREIGN_VOLUME,
                "logical volume " + path + " exists, but storage pool '" + poolName
                        + "' did not create it; it is left alone",
                "it lacks the tag '" + ownerTag() + "' (its tags: " + volume.tags() + ")",
                "remove or rename it, or, if it holds this volume's data, adopt it: lvchange --addtag " + ownerTag()
                        + " " + path));
    }

    private ProvidedVolume provided(VolumeId id, LogicalVolumeInfo volume) {
        return new ProvidedVolume(id, "/dev/" + lvm.path(volume.name()), volume.sizeKib(), BackingType.BLOCK_DEVICE);
    }

    private <T> T parse(String purpose, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new StorageException(commands.failed(purpose, e.getMessage()), e);
        }
    }

    private record Observed(
            VolumeGroupInfo group, List<LogicalVolumeInfo> volumes, Optional<LogicalVolumeInfo> thinPool) {

        Optional<LogicalVolumeInfo> volume(String name) {
            return volumes.stream().filter(volume -> volume.name().equals(name)).findFirst();
        }
    }
}

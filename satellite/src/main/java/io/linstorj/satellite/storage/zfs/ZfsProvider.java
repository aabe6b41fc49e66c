package io.linstorj.satellite.storage.zfs;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider of ZFS and ZFS_THIN pools: one zvol per volume, {@code <dataset>/<rsc>_<nr>},
 * sparse ({@code -s}) for ZFS_THIN, with the user property {@code linstorj:pool=<storage pool>}
 * so that only the zvols LinstorJ created are listed, grown or destroyed.
 *
 * <p>Snapshots are ZFS snapshots, {@code <dataset>/<rsc>_<nr>@<snap>}, with the user property
 * {@code linstorj:snapshot=<storage pool>}: only a snapshot with both the name and the property is
 * taken for one of this pool's, listed or destroyed, so a snapshot someone else took of a LinstorJ
 * zvol (which carries no such property of its own) is left alone. A restore clones the snapshot
 * ({@code zfs clone}): instant and sharing blocks, but the snapshot cannot be destroyed while the
 * clone lives, and a delete says so. A rollback is {@code zfs rollback}, which ZFS allows to the
 * latest snapshot of the zvol only; a later one is named in the refusal, never destroyed.
 *
 * <p>Sizes are rounded up to 16 KiB (and to the zvol's volblocksize when it is larger), because
 * ZFS accepts only multiples of the block size.
 * <pre>{@code
 * var pool = new ZfsProvider("pool1", ZfsPool.parse("pool1", "tank"), false, runner);
 * pool.createOrGrow(new VolumeSpec(new VolumeId("web", 0), 102_400)).volume().backingDisk();
 * // "/dev/zvol/tank/web_00000"
 * }</pre>
 */
public final class ZfsProvider implements StorageProvider {

    /** The unit ZFS volumes are created in: a multiple of every default volblocksize. */
    public static final long CREATE_UNIT_KIB = 16;

    private static final Logger log = LoggerFactory.getLogger(ZfsProvider.class);

    private final String poolName;
    private final ZfsPool pool;
    private final boolean sparse;
    private final ZfsCommands zfs;
    private final StorageCommands commands;
    private final ZfsSpaceParser spaceParser = new ZfsSpaceParser();
    private final ZfsVolumeParser volumeParser = new ZfsVolumeParser();
    private final ZfsSnapshotParser snapshotParser = new ZfsSnapshotParser();

    /**
     * Creates the provider of the LinstorJ storage pool {@code poolName} on {@code pool}; sparse
     * for ZFS_THIN.
     */
    public ZfsProvider(String poolName, ZfsPool pool, boolean sparse, CommandRunner runner) {
        this.poolName = poolName;
        this.pool = pool;
        this.sparse = sparse;
        this.zfs = new ZfsCommands(pool, sparse);
        this.commands = new StorageCommands(runner, poolName, Map.of("zfs", "zfsutils-linux"));
    }

    @Override
    public ProviderKind kind() {
        return sparse ? ProviderKind.ZFS_THIN : ProviderKind.ZFS;
    }

    @Override
    public String storagePoolName() {
        return poolName;
    }

    @Override
    public VolumeApplied createOrGrow(VolumeSpec spec) {
        space();
        String name = spec.id().storageName();
        Optional<ZfsVolumeInfo> existing = volume(name);
        if (existing.isEmpty()) {
            create(name, SizeDecision.roundUp(spec.sizeKib(), CREATE_UNIT_KIB));
            return new VolumeApplied(Change.CREATED, provided(spec.id(), reread(name, "created")));
        }
        ZfsVolumeInfo volume = requireOwned(existing.get());
        long unit = Math.max(CREATE_UNIT_KIB, volume.blockSizeKib());
        if (SizeDecision.decide(poolName, spec.id(), volume.sizeKib(), spec.sizeKib(), unit) == SizeDecision.KEEP) {
            return new VolumeApplied(Change.NOOP, provided(spec.id(), volume));
        }
        grow(name, volume, SizeDecision.roundUp(spec.sizeKib(), unit));
        return new VolumeApplied(Change.UPDATED, provided(spec.id(), reread(name, "grown")));
    }

    private void create(String name, long sizeKib) {
        commands.runChecked(
                zfs.create(name, sizeKib, poolName),
                "create ZFS volume " + pool.volume(name) + " of " + sizeKib + " KiB");
        log.info("storage pool '{}': created {} with {} KiB", poolName, pool.volume(name), sizeKib);
    }

    private void grow(String name, ZfsVolumeInfo volume, long sizeKib) {
        commands.runChecked(
                zfs.resize(name, sizeKib),
                "grow ZFS volume " + volume.name() + " from " + volume.sizeKib() + " to " + sizeKib + " KiB");
        log.info("storage pool '{}': grew {} from {} to {} KiB", poolName, volume.name(), volume.sizeKib(), sizeKib);
    }

    /** Reads a volume again after a change, for the size ZFS reports. */
    private ZfsVolumeInfo reread(String name, String changed) {
        return volume(name)
                .orElseThrow(() -> new StorageException(commands.failed(
                        "find " + pool.volume(name), "zfs list does not list it right after it was " + changed)));
    }

    @Override
    public Change delete(VolumeId id) {
        space();
        Optional<ZfsVolumeInfo> existing = volume(id.storageName());
        if (existing.isEmpty()) {
            return Change.NOOP;
        }
        requireOwned(existing.get());
        commands.runChecked(zfs.destroy(id.storageName()), "destroy ZFS volume " + pool.volume(id.storageName()));
        log.info("storage pool '{}': destroyed {}", poolName, pool.volume(id.storageName()));
        return Change.DELETED;
    }

    @Override
    public Change createSnapshot(SnapshotId id) {
        space();
        String name = id.storageName();
        Optional<ZfsSnapshotInfo> existing = snapshot(name);
        if (existing.isPresent()) {
            requireOwnedSnapshot(existing.get());
            return Change.NOOP;
        }
        ZfsVolumeInfo origin = volume(id.volume().storageName())
                .orElseThrow(() -> new StorageException(new StorageProblem(
                        StorageProblem.Reason.CONFIGURATION,
                        "storage pool '" + poolName + "': volume " + id.volume() + " has no ZFS volume to snapshot",
                        "zfs list does not list " + pool.volume(id.volume().storageName()),
                        "create the resource's volume in this pool first")));
        requireOwned(origin);
        commands.runChecked(zfs.snapshot(name, poolName), "take snapshot " + pool.volume(name));
        log.info("storage pool '{}': took snapshot {}", poolName, pool.volume(name));
        return Change.CREATED;
    }

    @Override
    public Change deleteSnapshot(SnapshotId id) {
        space();
        String name = id.storageName();
        Optional<ZfsSnapshotInfo> existing = snapshot(name);
        if (existing.isEmpty()) {
            return Change.NOOP;
        }
        ZfsSnapshotInfo snapshot = existing.get();
        if (!snapshot.owner().equals(poolName)) {
            log.info(
                    "storage pool '{}': left {} alone: its {} is '{}'",
                    poolName,
                    snapshot.name(),
                    ZfsSnapshotParser.OWNER_PROPERTY,
                    snapshot.owner());
            return Change.NOOP;
        }
        if (!snapshot.clones().isEmpty()) {
            throw new StorageException(new StorageProblem(
                    StorageProblem.Reason.IN_USE,
                    "storage pool '" + poolName + "': snapshot " + snapshot.name() + " cannot be deleted while"
                            + " volumes cloned from it exist: " + String.join(", ", snapshot.clones()),
                    "ZFS keeps a snapshot as long as a clone of it shares its blocks; the volumes restored from"
                            + " it are such clones",
                    "delete the resources restored from this snapshot first (or 'zfs promote' their volumes),"
                            + " then delete the snapshot again"));
        }
        commands.runChecked(zfs.destroy(name), "destroy snapshot " + pool.volume(name));
        log.info("storage pool '{}': destroyed snapshot {}", poolName, pool.volume(name));
        return Change.DELETED;
    }

    @Override
    public List<SnapshotId> listSnapshots() {
        space();
        return snapshots().stream()
                .filter(snapshot -> snapshot.owner().equals(poolName))
                .flatMap(snapshot -> ownName(snapshot.name()).flatMap(SnapshotId::parseStorageName).stream())
                .toList();
    }

    @Override
    public VolumeApplied restoreVolume(VolumeSpec spec, SnapshotId source) {
        space();
        String name = spec.id().storageName();
        if (volume(name).isPresent()) {
            return createOrGrow(spec);
        }
        String snapshot = source.storageName();
        requireSnapshot(snapshot, source);
        commands.runChecked(
                zfs.clone(snapshot, name, poolName),
                "restore " + pool.volume(name) + " from snapshot " + pool.volume(snapshot));
        log.info("storage pool '{}': restored {} as a clone of {}", poolName, pool.volume(name), pool.volume(snapshot));
        return new VolumeApplied(Change.CREATED, createOrGrow(spec).volume());
    }

    @Override
    public Change rollback(SnapshotId id) {
        space();
        String snapshot = id.storageName();
        requireSnapshot(snapshot, id);
        volume(id.volume().storageName()).ifPresent(this::requireOwned);
        CommandResult result = commands.run(zfs.rollback(snapshot), "roll back to " + pool.volume(snapshot));
        if (!result.succeeded()) {
            String stderr = result.stderr().strip();
            if (stderr.contains("more recent snapshots")) {
                throw new StorageException(new StorageProblem(
                        StorageProblem.Reason.IN_USE,
                        "storage pool '" + poolName + "': "
                                + pool.volume(id.volume().storageName()) + " cannot be rolled back to "
                                + id.snapshotName() + ": it has later snapshots",
                        "ZFS rolls a volume back to its latest snapshot only; zfs says: " + stderr,
                        "delete the later snapshots first, or restore snapshot '" + id.snapshotName()
                                + "' into a new resource instead"));
            }
            throw new StorageException(commands.failed("roll back to " + pool.volume(snapshot), stderr));
        }
        log.info(
                "storage pool '{}': rolled {} back to {}",
                poolName,
                pool.volume(id.volume().storageName()),
                pool.volume(snapshot));
        return Change.UPDATED;
    }

    private void requireSnapshot(String name, SnapshotId id) {
        if (snapshot(name).filter(found -> found.owner().equals(poolName)).isEmpty()) {
            throw new StorageException(new StorageProblem(
                    StorageProblem.Reason.CONFIGURATION,
                    "storage pool '" + poolName + "': snapshot " + id + " not found",
                    "zfs list lists no snapshot " + pool.volume(name) + " with " + ZfsSnapshotParser.OWNER_PROPERTY
                            + "=" + poolName,
                    "take the snapshot on this node first, or restore on a node that holds it"));
        }
    }

    private void requireOwnedSnapshot(ZfsSnapshotInfo snapshot) {
        if (!snapshot.owner().equals(poolName)) {
            throw new StorageException(new StorageProblem(
                    StorageProblem.Reason.FOREIGN_VOLUME,
                    "ZFS snapshot " + snapshot.name() + " exists, but storage pool '" + poolName
                            + "' did not take it; it is left alone",
                    "its property " + ZfsSnapshotParser.OWNER_PROPERTY + " is '" + snapshot.owner() + "'",
                    "destroy or rename it if it is not needed"));
        }
    }

    private List<ZfsSnapshotInfo> snapshots() {
        String purpose = "list the ZFS snapshots of '" + pool.dataset() + "'";
        String output = commands.runChecked(zfs.snapshotReport(), purpose);
        return parse(purpose, () -> snapshotParser.parse(output));
    }

    private Optional<ZfsSnapshotInfo> snapshot(String name) {
        return snapshots().stream()
                .filter(snapshot -> snapshot.name().equals(pool.volume(name)))
                .findFirst();
    }

    /** The name of a snapshot of a zvol directly in the pool's dataset, without the dataset. */
    private Optional<String> ownName(String fullName) {
        String prefix = pool.dataset() + "/";
        if (!fullName.startsWith(prefix) || fullName.indexOf('/', prefix.length()) >= 0) {
            return Optional.empty();
        }
        return Optional.of(fullName.substring(prefix.length()));
    }

    @Override
    public Capacity capacity() {
        ZfsSpace space = space();
        return new Capacity(space.availableKib(), space.usedKib() + space.availableKib());
    }

    @Override
    public List<ProvidedVolume> list() {
        space();
        var volumes = new ArrayList<ProvidedVolume>();
        for (ZfsVolumeInfo volume : volumes()) {
            if (volume.owner().equals(poolName)) {
                VolumeId.parseStorageName(shortName(volume)).ifPresent(id -> volumes.add(provided(id, volume)));
            }
        }
        return List.copyOf(volumes);
    }

    @Override
    public List<StorageProblem> check() {
        return commands.toolOrPoolProblem(this::space).map(List::of).orElse(List.of());
    }

    private ZfsSpace space() {
        String purpose = "read ZFS dataset '" + pool.dataset() + "'";
        CommandResult result = commands.run(zfs.spaceReport(), purpose);
        if (!result.succeeded()) {
            if (result.stderr().contains("does not exist")) {
                throw new StorageException(datasetMissing(result.stderr().strip()));
            }
            throw new StorageException(commands.failed(purpose, result.stderr().strip()));
        }
        return parse(purpose, () -> spaceParser.parse(result.stdout())).stream()
                .filter(space -> space.name().equals(pool.dataset()))
                .findFirst()
                .orElseThrow(() -> new StorageException(datasetMissing("zfs list does not list it")));
    }

    private StorageProblem datasetMissing(String cause) {
        return new StorageProblem(
                StorageProblem.Reason.POOL_MISSING,
                "ZFS dataset '" + pool.dataset() + "' of storage pool '" + poolName + "' not found",
                cause,
                "create it (zpool create " + pool.dataset().split("/")[0] + " <devices>, or zfs create "
                        + pool.dataset() + ") or set StorDriver/StorPoolName to an existing dataset");
    }

    private List<ZfsVolumeInfo> volumes() {
        String purpose = "list the ZFS volumes of '" + pool.dataset() + "'";
        String output = commands.runChecked(zfs.volumeReport(), purpose);
        return parse(purpose, () -> volumeParser.parse(output));
    }

    private Optional<ZfsVolumeInfo> volume(String name) {
        return volumes().stream()
                .filter(volume -> volume.name().equals(pool.volume(name)))
                .findFirst();
    }

    private ZfsVolumeInfo requireOwned(ZfsVolumeInfo volume) {
        if (volume.owner().equals(poolName)) {
            return volume;
        }
        String property = ZfsVolumeParser.OWNER_PROPERTY + "=" + poolName;
        throw new StorageException(new StorageProblem(
                StorageProblem.Reason.FOREIGN_VOLUME,
                "ZFS volume " + volume.name() + " exists, but storage pool '" + poolName
                        + "' did not create it; it is left alone",
                "its property " + ZfsVolumeParser.OWNER_PROPERTY + " is '" + volume.owner() + "', not '" + poolName
                        + "'",
                "destroy or rename it, or, if it holds this volume's data, adopt it: zfs set " + property + " "
                        + volume.name()));
    }

    private String shortName(ZfsVolumeInfo volume) {
        return volume.name().substring(volume.name().lastIndexOf('/') + 1);
    }

    private ProvidedVolume provided(VolumeId id, ZfsVolumeInfo volume) {
        return new ProvidedVolume(id, "/dev/zvol/" + volume.name(), volume.sizeKib(), BackingType.BLOCK_DEVICE);
    }

    private <T> T parse(String purpose, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new StorageException(commands.failed(purpose, e.getMessage()), e);
        }
    }
}

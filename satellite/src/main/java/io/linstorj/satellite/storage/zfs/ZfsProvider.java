package io.linstorj.satellite.storage.zfs;

import io.linstorj.satellite.command.CommandResult;
import io.linstorj.satellite.command.CommandRunner;
import io.linstorj.satellite.storage.BackingType;
import io.linstorj.satellite.storage.Capacity;
import io.linstorj.satellite.storage.Change;
import io.linstorj.satellite.storage.ProvidedVolume;
import io.linstorj.satellite.storage.ProviderKind;
import io.linstorj.satellite.storage.SizeDecision;
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
        if (SizeDecision.decide(poolName, spec.id(), volume.sizeKib(), spec.sizeKib(), unit)
                == SizeDecision.KEEP) {
            return new VolumeApplied(Change.NOOP, provided(spec.id(), volume));
        }
        grow(name, volume, SizeDecision.roundUp(spec.sizeKib(), unit));
        return new VolumeApplied(Change.UPDATED, provided(spec.id(), reread(name, "grown")));
    }

    private void create(String name, long sizeKib) {
        commands.runChecked(zfs.create(name, sizeKib, poolName),
                "create ZFS volume " + pool.volume(name) + " of " + sizeKib + " KiB");
        log.info("storage pool '{}': created {} with {} KiB", poolName, pool.volume(name), sizeKib);
    }

    private void grow(String name, ZfsVolumeInfo volume, long sizeKib) {
        commands.runChecked(zfs.resize(name, sizeKib), "grow ZFS volume " + volume.name()
                + " from " + volume.sizeKib() + " to " + sizeKib + " KiB");
        log.info("storage pool '{}': grew {} from {} to {} KiB", poolName, volume.name(),
                volume.sizeKib(), sizeKib);
    }

    /** Reads a volume again after a change, for the size ZFS reports. */
    private ZfsVolumeInfo reread(String name, String changed) {
        return volume(name).orElseThrow(() -> new StorageException(commands.failed(
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
        commands.runChecked(zfs.destroy(id.storageName()),
                "destroy ZFS volume " + pool.volume(id.storageName()));
        log.info("storage pool '{}': destroyed {}", poolName, pool.volume(id.storageName()));
        return Change.DELETED;
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
                VolumeId.parseStorageName(shortName(volume))
                        .ifPresent(id -> volumes.add(provided(id, volume)));
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
        return volumes().stream().filter(volume -> volume.name().equals(pool.volume(name)))
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
                "its property " + ZfsVolumeParser.OWNER_PROPERTY + " is '" + volume.owner()
                        + "', not '" + poolName + "'",
                "destroy or rename it, or, if it holds this volume's data, adopt it: zfs set "
                        + property + " " + volume.name()));
    }

    private String shortName(ZfsVolumeInfo volume) {
        return volume.name().substring(volume.name().lastIndexOf('/') + 1);
    }

    private ProvidedVolume provided(VolumeId id, ZfsVolumeInfo volume) {
        return new ProvidedVolume(id, "/dev/zvol/" + volume.name(), volume.sizeKib(),
                BackingType.BLOCK_DEVICE);
    }

    private <T> T parse(String purpose, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new StorageException(commands.failed(purpose, e.getMessage()), e);
        }
    }
}

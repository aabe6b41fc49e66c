package io.linstorj.satellite.storage.file;

import io.linstorj.satellite.command.CommandRunner;
import io.linstorj.satellite.storage.BackingType;
import io.linstorj.satellite.storage.Capacity;
import io.linstorj.satellite.storage.Change;
import io.linstorj.satellite.storage.PoolOwner;
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
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider of FILE and FILE_THIN pools: one file per volume, {@code <dir>/<rsc>_<nr>.img},
 * attached to a loop device where {@link LoopSupport} allows, else the file is the backing disk.
 *
 * <p>The pool owns its directory through a {@link PoolMarker} ({@value PoolMarker#FILE_NAME}),
 * written when the pool is first prepared: a directory marked for another pool, node or cluster
 * is refused, and only the volume files the marker lists (those this pool created) are listed,
 * grown, detached or deleted. A file with a volume's name that the marker does not list is
 * foreign and never touched; one that was there before the marker (a pool of an earlier version)
 * is taken over only when {@link #createOrGrow} is asked for exactly that volume, i.e. when the
 * controller's desired state names it for this pool.
 *
 * <pre>{@code
 * var pool = new FileProvider("pool1", Path.of("/var/lib/linstorj/pools/pool1"),
 *     FileAllocation.SPARSE, PoolOwner.of("alpha"), runner, LoopSupport.detect(runner));
 * pool.createOrGrow(new VolumeSpec(new VolumeId("web", 0), 65_536)).volume().backingDisk();
 * // "/dev/loop0", or the file's path where loop devices are not available
 * }</pre>
 */
public final class FileProvider implements StorageProvider {

    private static final Logger log = LoggerFactory.getLogger(FileProvider.class);
    private static final String SUFFIX = ".img";
    private static final String SNAPSHOT_SUFFIX = ".snap";
    private static final long KIB = 1024;

    private final String poolName;
    private final Path directory;
    private final FileAllocation allocation;
    private final LoopSupport loopSupport;
    private final StorageCommands commands;
    private final VolumeFiles files;
    private final LoopDevices loops;
    private final PoolOwnership ownership;
    private final FileCopies copies;

    /**
     * Creates the provider of a FILE ({@link FileAllocation#PREALLOCATED}) or FILE_THIN
     * ({@link FileAllocation#SPARSE}) pool in {@code directory}, which must be absolute, for the
     * node (and cluster) {@code owner}.
     */
    public FileProvider(
            String poolName,
            Path directory,
            FileAllocation allocation,
            PoolOwner owner,
            CommandRunner runner,
            LoopSupport loopSupport) {
        if (!directory.isAbsolute()) {
            throw new IllegalArgumentException("the directory of a FILE pool must be absolute: " + directory);
        }
        this.poolName = poolName;
        this.directory = directory.normalize();
        this.allocation = allocation;
        this.loopSupport = loopSupport;
        this.commands = new StorageCommands(runner, poolName, toolsNeeded(allocation, loopSupport));
        this.files = new VolumeFiles(commands, allocation);
        this.loops = new LoopDevices(commands, Path.of("/sys/block"));
        this.ownership = new PoolOwnership(poolName, owner, this::realDirectory, commands);
        this.copies = new FileCopies(commands, allocation);
    }

    private static Map<String, String> toolsNeeded(FileAllocation allocation, LoopSupport loops) {
        var tools = new HashMap<String, String>();
        if (allocation == FileAllocation.PREALLOCATED) {
            tools.put("fallocate", "util-linux");
        }
        if (loops.enabled()) {
            tools.put("losetup", "mount");
        }
        return tools;
    }

    @Override
    public ProviderKind kind() {
        return allocation == FileAllocation.PREALLOCATED ? ProviderKind.FILE : ProviderKind.FILE_THIN;
    }

    @Override
    public String storagePoolName() {
        return poolName;
    }

    /** Returns the pool's directory as configured. */
    public Path directory() {
        return directory;
    }

    /** Returns whether files are attached to loop devices here, and why. */
    public LoopSupport loopSupport() {
        return loopSupport;
    }

    @Override
    public VolumeApplied createOrGrow(VolumeSpec spec) {
        requireUsable();
        claimDirectory();
        Path file = fileOf(spec.id());
        ensureOwned(spec.id(), file);
        Change fileChange = ensureFileSize(file, spec);
        Backing backing = ensureBacking(file, fileChange);
        Change change = fileChange != Change.NOOP ? fileChange : backing.change();
        long sizeKib = files.sizeKib(file).orElseThrow();
        return new VolumeApplied(change, new ProvidedVolume(spec.id(), backing.disk(), sizeKib, backing.type()));
    }

    /**
     * Prepares the pool: marks its directory as this pool's if it is not marked yet, and removes
     * what a crash (a {@code kill -9} of the satellite during a snapshot, restore or rollback copy)
     * left of this pool's copies: every {@code .part} file of a volume or snapshot the marker
     * lists, and the marker's record of each snapshot whose file was never completed. No copy runs
     * while the pool is prepared, so such leftovers are always a crash's; a snapshot still desired
     * is taken again from the start. A {@code .part} file the marker does not list is left alone.
     *
     * @return {@link Change#CREATED} if the marker was written now, else {@link Change#NOOP}
     * @throws StorageException if the pool is unusable, e.g. its directory is another pool's
     */
    @Override
    public Change prepare() {
        requireUsable();
        Change claimed = claimDirectory();
        removeCrashLeftovers();
        return claimed;
    }

    private void removeCrashLeftovers() {
        PoolMarker marker = ownership.marker().orElseThrow();
        try (Stream<Path> entries = Files.list(realDirectory())) {
            for (Path part : entries.filter(
                            path -> path.getFileName().toString().endsWith(FileCopies.PART))
                    .toList()) {
                String copied = part.getFileName().toString();
                copied = copied.substring(0, copied.length() - FileCopies.PART.length());
                String owner = copied.endsWith(SUFFIX)
                        ? copied.substring(0, copied.length() - SUFFIX.length())
                        : copied.endsWith(SNAPSHOT_SUFFIX)
                                ? copied.substring(0, copied.length() - SNAPSHOT_SUFFIX.length())
                                : null;
                if (owner != null && marker.owns(owner) && Files.isRegularFile(part, LinkOption.NOFOLLOW_LINKS)) {
                    copies.deleteIfExists(part);
                    log.warn("storage pool '{}': removed {}, an unfinished copy a crash left", poolName, part);
                }
            }
        } catch (IOException e) {
            throw new StorageException(commands.failed("list " + directory, e.toString()), e);
        }
        for (String name : marker.volumes()) {
            Optional<SnapshotId> snapshot = SnapshotId.parseStorageName(name);
            if (snapshot.isPresent() && !Files.exists(snapshotFileOf(snapshot.get()), LinkOption.NOFOLLOW_LINKS)) {
                ownership.forget(name);
                log.warn(
                        "storage pool '{}': forgot snapshot {}, whose copy a crash left unfinished",
                        poolName,
                        snapshot.get());
            }
        }
    }

    private Change claimDirectory() {
        Set<String> found = new TreeSet<>();
        for (Path file : volumeFiles()) {
            volumeId(file).ifPresent(id -> found.add(id.storageName()));
        }
        return ownership.claim(found);
    }

    /** Records the volume's file as the pool's before it is created, or refuses a foreign one. */
    private void ensureOwned(VolumeId id, Path file) {
        PoolMarker marker = ownership.marker().orElseThrow();
        String name = id.storageName();
        if (marker.owns(name)) {
            return;
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            ownership.record(name);
            return;
        }
        if (marker.isLegacy(name) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            ownership.record(name);
            log.warn(
                    "storage pool '{}': took over {}, which predates the pool's marker, for volume {}",
                    poolName,
                    file,
                    id);
            return;
        }
        throw new StorageException(new StorageProblem(
                StorageProblem.Reason.FOREIGN_VOLUME,
                "storage pool '" + poolName + "': " + file + " exists but was not created by this pool",
                "the pool's marker " + directory.resolve(PoolMarker.FILE_NAME) + " does not list it, so it"
                        + " may hold someone else's data; the satellite neither uses nor deletes it",
                "move the file away if it is not needed, or place the resource in another pool"));
    }

    private Change ensureFileSize(Path file, VolumeSpec spec) {
        var current = files.sizeKib(file);
        if (current.isEmpty()) {
            files.create(file, spec.sizeKib());
            log.info("storage pool '{}': created {} with {} KiB ({})", poolName, file, spec.sizeKib(), allocation);
            return Change.CREATED;
        }
        if (SizeDecision.decide(poolName, spec.id(), current.get(), spec.sizeKib(), 1) == SizeDecision.KEEP) {
            return Change.NOOP;
        }
        files.grow(file, spec.sizeKib());
        log.info("storage pool '{}': grew {} from {} to {} KiB", poolName, file, current.get(), spec.sizeKib());
        return Change.UPDATED;
    }

    private Backing ensureBacking(Path file, Change fileChange) {
        if (!loopSupport.enabled()) {
            return new Backing(file.toString(), BackingType.FILE, Change.NOOP);
        }
        var attached = loops.attachmentsOf(file).stream()
                .filter(attachment -> !attachment.backingFileDeleted())
                .findFirst();
        if (attached.isEmpty()) {
            String device = loops.attach(file);
            log.info("storage pool '{}': attached {} to {}", poolName, file, device);
            return new Backing(device, BackingType.LOOP_DEVICE, Change.UPDATED);
        }
        String device = attached.get().device();
        if (loops.sizeBytes(device) != fileBytes(file)) {
            loops.refreshSize(device);
            log.info("storage pool '{}': refreshed the size of {} after {} grew", poolName, device, file);
            return new Backing(device, BackingType.LOOP_DEVICE, Change.UPDATED);
        }
        return new Backing(device, BackingType.LOOP_DEVICE, fileChange);
    }

    @Override
    public Change delete(VolumeId id) {
        requireUsable();
        Path file = fileOf(id);
        if (!owns(id)) {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                log.info("storage pool '{}': left {} alone: this pool did not create it", poolName, file);
            }
            return Change.NOOP;
        }
        boolean changed = false;
        if (loopSupport.enabled()) {
            for (LoopAttachment attachment : loops.attachmentsOf(file)) {
                loops.detach(attachment.device());
                log.info("storage pool '{}': detached {} from {}", poolName, attachment.device(), file);
                changed = true;
            }
        }
        if (files.deleteIfExists(file)) {
            log.info("storage pool '{}': deleted {}", poolName, file);
            changed = true;
        }
        ownership.forget(id.storageName());
        return changed ? Change.DELETED : Change.NOOP;
    }

    @Override
    public Change release(VolumeId id) {
        requireUsable();
        boolean changed = false;
        if (loopSupport.enabled() && owns(id)) {
            for (LoopAttachment attachment : loops.attachmentsOf(fileOf(id))) {
                loops.detach(attachment.device());
                log.info("storage pool '{}': released {} of {}", poolName, attachment.device(), id);
                changed = true;
            }
        }
        return changed ? Change.UPDATED : Change.NOOP;
    }

    /**
     * Copies the volume's file to {@code <rsc>_<nr>@<snap>.snap} (see {@link FileCopies}); the
     * snapshot is recorded in the pool's marker before its file is written, so that only
     * snapshots this pool took are ever listed or deleted.
     */
    @Override
    public Change createSnapshot(SnapshotId id) {
        requireUsable();
        Path volume = fileOf(id.volume());
        if (!owns(id.volume()) || !Files.isRegularFile(volume, LinkOption.NOFOLLOW_LINKS)) {
            throw new StorageException(new StorageProblem(
                    StorageProblem.Reason.CONFIGURATION,
                    "storage pool '" + poolName + "': volume " + id.volume() + " has no file to snapshot",
                    "the pool holds no volume file " + volume + " of its own",
                    "create the resource's volume in this pool first"));
        }
        Path snapshot = snapshotFileOf(id);
        String name = id.storageName();
        if (ownership.marker().orElseThrow().owns(name)) {
            if (Files.isRegularFile(snapshot, LinkOption.NOFOLLOW_LINKS)) {
                return Change.NOOP;
            }
        } else if (Files.exists(snapshot, LinkOption.NOFOLLOW_LINKS)) {
            throw new StorageException(new StorageProblem(
                    StorageProblem.Reason.FOREIGN_VOLUME,
                    "storage pool '" + poolName + "': " + snapshot + " exists but was not created by this pool",
                    "the pool's marker does not list it",
                    "move the file away if it is not needed"));
        } else {
            ownership.record(name);
        }
        copies.copy(volume, snapshot, FileCopies.SNAPSHOT_TIMEOUT);
        log.info("storage pool '{}': took snapshot {} of {} ({})", poolName, snapshot, volume, allocation);
        return Change.CREATED;
    }

    @Override
    public Change deleteSnapshot(SnapshotId id) {
        requireUsable();
        String name = id.storageName();
        if (!ownership.marker().map(marker -> marker.owns(name)).orElse(false)) {
            return Change.NOOP;
        }
        Path snapshot = snapshotFileOf(id);
        copies.deleteIfExists(snapshot.resolveSibling(snapshot.getFileName() + FileCopies.PART));
        boolean deleted = files.deleteIfExists(snapshot);
        ownership.forget(name);
        if (deleted) {
            log.info("storage pool '{}': deleted snapshot {}", poolName, snapshot);
        }
        return deleted ? Change.DELETED : Change.NOOP;
    }

    @Override
    public List<SnapshotId> listSnapshots() {
        requireUsable();
        Optional<PoolMarker> marker = ownership.marker();
        if (marker.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(realDirectory())) {
            return entries.filter(path -> path.getFileName().toString().endsWith(SNAPSHOT_SUFFIX))
                    .filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .map(path -> {
                        String fileName = path.getFileName().toString();
                        return fileName.substring(0, fileName.length() - SNAPSHOT_SUFFIX.length());
                    })
                    .filter(marker.get()::owns)
                    .sorted()
                    .flatMap(name -> SnapshotId.parseStorageName(name).stream())
                    .toList();
        } catch (IOException e) {
            throw new StorageException(commands.failed("list " + directory, e.toString()), e);
        }
    }

    @Override
    public VolumeApplied restoreVolume(VolumeSpec spec, SnapshotId source) {
        requireUsable();
        claimDirectory();
        Path file = fileOf(spec.id());
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return createOrGrow(spec);
        }
        Path snapshot = requireSnapshot(source);
        ensureOwned(spec.id(), file);
        copies.copy(snapshot, file, FileCopies.DATA_TIMEOUT);
        log.info("storage pool '{}': restored {} from snapshot {}", poolName, file, snapshot);
        VolumeApplied grown = createOrGrow(spec);
        return new VolumeApplied(Change.CREATED, grown.volume());
    }

    @Override
    public Change rollback(SnapshotId id) {
        requireUsable();
        Path snapshot = requireSnapshot(id);
        Path volume = fileOf(id.volume());
        if (!owns(id.volume())) {
            throw new StorageException(new StorageProblem(
                    StorageProblem.Reason.CONFIGURATION,
                    "storage pool '" + poolName + "': volume " + id.volume() + " has no file to roll back",
                    "the pool holds no volume file " + volume + " of its own",
                    "restore the snapshot instead"));
        }
        release(id.volume());
        copies.copy(snapshot, volume, FileCopies.DATA_TIMEOUT);
        log.info("storage pool '{}': rolled {} back to snapshot {}", poolName, volume, snapshot);
        return Change.UPDATED;
    }

    private Path requireSnapshot(SnapshotId id) {
        Path snapshot = snapshotFileOf(id);
        boolean owned =
                ownership.marker().map(marker -> marker.owns(id.storageName())).orElse(false);
        if (!owned || !Files.isRegularFile(snapshot, LinkOption.NOFOLLOW_LINKS)) {
            throw new StorageException(new StorageProblem(
                    StorageProblem.Reason.CONFIGURATION,
                    "storage pool '" + poolName + "': snapshot " + id + " not found",
                    "the pool holds no snapshot file " + snapshot + " of its own",
                    "take the snapshot on this node first, or restore on a node that holds it"));
        }
        return snapshot;
    }

    private Path snapshotFileOf(SnapshotId id) {
        return realDirectory().resolve(id.storageName() + SNAPSHOT_SUFFIX);
    }

    @Override
    public Capacity capacity() {
        requireUsable();
        try {
            FileStore store = Files.getFileStore(directory);
            long total = store.getTotalSpace() / KIB;
            return new Capacity(Math.min(store.getUsableSpace() / KIB, total), total);
        } catch (IOException e) {
            throw new StorageException(commands.failed("read the free space of " + directory, e.toString()), e);
        }
    }

    @Override
    public List<ProvidedVolume> list() {
        requireUsable();
        Map<Path, String> deviceOfFile = new HashMap<>();
        if (loopSupport.enabled()) {
            for (LoopAttachment attachment : loops.list()) {
                if (!attachment.backingFileDeleted()) {
                    deviceOfFile.putIfAbsent(attachment.backingFile(), attachment.device());
                }
            }
        }
        Optional<PoolMarker> marker = ownership.marker();
        var volumes = new ArrayList<ProvidedVolume>();
        for (Path file : volumeFiles()) {
            volumeId(file)
                    .filter(id -> marker.isPresent() && marker.get().owns(id.storageName()))
                    .ifPresent(id -> volumes.add(providedVolume(id, file, deviceOfFile.get(file))));
        }
        return List.copyOf(volumes);
    }

    private boolean owns(VolumeId id) {
        return ownership.marker().map(marker -> marker.owns(id.storageName())).orElse(false);
    }

    private static Optional<VolumeId> volumeId(Path file) {
        String name = file.getFileName().toString();
        return VolumeId.parseStorageName(name.substring(0, name.length() - SUFFIX.length()));
    }

    private ProvidedVolume providedVolume(VolumeId id, Path file, String device) {
        long sizeKib = files.sizeKib(file).orElse(0L);
        return device == null
                ? new ProvidedVolume(id, file.toString(), sizeKib, BackingType.FILE)
                : new ProvidedVolume(id, device, sizeKib, BackingType.LOOP_DEVICE);
    }

    private List<Path> volumeFiles() {
        try (Stream<Path> entries = Files.list(realDirectory())) {
            return entries.filter(path -> path.getFileName().toString().endsWith(SUFFIX))
                    .filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new StorageException(commands.failed("list " + directory, e.toString()), e);
        }
    }

    @Override
    public List<StorageProblem> check() {
        var problems = new ArrayList<StorageProblem>();
        directoryProblem().or(() -> ownership.problem(directory)).ifPresent(problems::add);
        commands.missingTool().ifPresent(problems::add);
        return List.copyOf(problems);
    }

    private Optional<StorageProblem> directoryProblem() {
        String pool = "storage pool '" + poolName + "'";
        if (!Files.exists(directory)) {
            return Optional.of(new StorageProblem(
                    StorageProblem.Reason.POOL_MISSING,
                    "directory '" + directory + "' of " + pool + " not found",
                    "it does not exist on this node",
                    "create it (mkdir -p " + directory + ") or set StorDriver/StorPoolName of the pool to"
                            + " an existing directory"));
        }
        if (!Files.isDirectory(directory)) {
            return Optional.of(new StorageProblem(
                    StorageProblem.Reason.POOL_UNUSABLE,
                    "'" + directory + "' of " + pool + " is not a directory",
                    "a FILE pool keeps its volumes as files in a directory",
                    "set StorDriver/StorPoolName of the pool to a directory"));
        }
        if (!Files.isWritable(directory)) {
            return Optional.of(new StorageProblem(
                    StorageProblem.Reason.POOL_UNUSABLE,
                    "directory '" + directory + "' of " + pool + " is not writable",
                    "the satellite's user may not create files in it",
                    "give the satellite's user write access to it, or choose another directory"));
        }
        return Optional.empty();
    }

    private void requireUsable() {
        List<StorageProblem> problems = check();
        if (!problems.isEmpty()) {
            throw new StorageException(problems.get(0));
        }
    }

    private Path fileOf(VolumeId id) {
        return realDirectory().resolve(id.storageName() + SUFFIX);
    }

    /** Returns the directory with symbolic links resolved, as losetup reports backing files. */
    private Path realDirectory() {
        try {
            return directory.toRealPath();
        } catch (IOException e) {
            throw new StorageException(commands.failed("resolve " + directory, e.toString()), e);
        }
    }

    private long fileBytes(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new StorageException(commands.failed("read the size of " + file, e.toString()), e);
        }
    }

    private record Backing(String disk, BackingType type, Change change) {}
}

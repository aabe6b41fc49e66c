package io.linstorj.satellite.storage.file;

import io.linstorj.satellite.storage.Change;
import io.linstorj.satellite.storage.PoolOwner;
import io.linstorj.satellite.storage.StorageCommands;
import io.linstorj.satellite.storage.StorageException;
import io.linstorj.satellite.storage.StorageProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which files of a FILE pool's directory are the pool's: the {@link PoolMarker} in the directory,
 * read on every question and rewritten atomically (write a temporary file, fsync, rename, fsync
 * the directory) before the change it records is made.
 *
 * <p>The order keeps "nothing deletes what it did not create" across crashes: a volume is recorded
 * before its file is created (a crash leaves a record without a file, which a delete clears), and
 * forgotten only after its file is gone.
 */
final class PoolOwnership {

    private static final Logger log = LoggerFactory.getLogger(PoolOwnership.class);

    private final String poolName;
    private final PoolOwner owner;
    private final Supplier<Path> directory;
    private final StorageCommands commands;
    private final Object lock = new Object();

    /**
     * Creates the view.
     *
     * @param directory the pool's directory with symbolic links resolved, asked each time
     */
    PoolOwnership(String poolName, PoolOwner owner, Supplier<Path> directory, StorageCommands commands) {
        this.poolName = poolName;
        this.owner = owner;
        this.directory = directory;
        this.commands = commands;
    }

    /**
     * Returns why this pool must not use the directory: it is marked as another pool's, or its
     * marker cannot be read. Empty if it is this pool's or not marked yet.
     */
    Optional<StorageProblem> problem(Path configured) {
        Path markerFile = configured.resolve(PoolMarker.FILE_NAME);
        String pool = "storage pool '" + poolName + "'";
        try {
            Optional<PoolMarker> marker = read(markerFile);
            return marker.flatMap(m -> m.mismatch(poolName, owner))
                    .map(why -> new StorageProblem(
                            StorageProblem.Reason.OWNED_ELSEWHERE,
                            "directory '" + configured + "' of " + pool + " is marked as another pool's",
                            "the marker " + markerFile + " says " + why + " (pool uuid "
                                    + marker.get().poolUuid()
                                    + "); two pools in one directory would delete each other's volumes",
                            "give " + pool + " a directory of its own (StorDriver/StorPoolName); if that other pool"
                                    + " no longer uses the directory, remove the marker: its volume files are then"
                                    + " kept and taken over only where a resource of " + pool + " names them"));
        } catch (IllegalArgumentException e) {
            return Optional.of(new StorageProblem(
                    StorageProblem.Reason.POOL_UNUSABLE,
                    "the marker " + markerFile + " of " + pool + " cannot be read",
                    e.getMessage(),
                    "restore the marker from a backup, or move the directory's volume files elsewhere and"
                            + " remove it; the satellite uses no directory whose owner it cannot tell"));
        }
    }

    /**
     * Marks the directory as this pool's if it carries no marker yet, recording the volume files
     * already in it as legacy: kept, never deleted, and taken over only by {@link #adopt}.
     *
     * @return {@link Change#CREATED} if the marker was written now, else {@link Change#NOOP}
     */
    Change claim(Set<String> volumeFilesFound) {
        synchronized (lock) {
            Path markerFile = directory.get().resolve(PoolMarker.FILE_NAME);
            Optional<PoolMarker> existing = readOrFail(markerFile);
            if (existing.isPresent()) {
                PoolMarker marker = existing.get();
                PoolMarker updated = marker.withClusterOf(owner);
                if (!updated.equals(marker)) {
                    write(markerFile, updated);
                }
                return Change.NOOP;
            }
            PoolMarker marker = PoolMarker.claim(poolName, owner, volumeFilesFound);
            write(markerFile, marker);
            if (volumeFilesFound.isEmpty()) {
                log.info(
                        "storage pool '{}': marked {} as its directory (pool uuid {})",
                        poolName,
                        directory.get(),
                        marker.poolUuid());
            } else {
                log.warn(
                        "storage pool '{}': marked {} as its directory (pool uuid {}); {} volume file(s)"
                                + " were already there and are kept: each is taken over only if a resource of this"
                                + " pool names it, never deleted otherwise: {}",
                        poolName,
                        directory.get(),
                        marker.poolUuid(),
                        volumeFilesFound.size(),
                        volumeFilesFound);
            }
            return Change.CREATED;
        }
    }

    /** Returns the current marker, if the directory has one (it is this pool's, see {@link #problem}). */
    Optional<PoolMarker> marker() {
        return readOrFail(directory.get().resolve(PoolMarker.FILE_NAME));
    }

    /** Records that the pool is about to create, or takes over, the file of {@code storageName}. */
    void record(String storageName) {
        update(marker -> marker.withVolume(storageName));
    }

    /** Records that the file of {@code storageName} is gone. */
    void forget(String storageName) {
        update(marker -> marker.withoutVolume(storageName));
    }

    private void update(UnaryOperator<PoolMarker> change) {
        synchronized (lock) {
            Path markerFile = directory.get().resolve(PoolMarker.FILE_NAME);
            PoolMarker marker = readOrFail(markerFile)
                    .orElseThrow(() -> new StorageException(
                            commands.failed("update the marker " + markerFile, "the directory carries no marker")));
            PoolMarker updated = change.apply(marker);
            if (!updated.equals(marker)) {
                write(markerFile, updated);
            }
        }
    }

    private Optional<PoolMarker> readOrFail(Path markerFile) {
        try {
            Optional<PoolMarker> marker = read(markerFile);
            Optional<String> mismatch = marker.flatMap(m -> m.mismatch(poolName, owner));
            if (mismatch.isPresent()) {
                throw new StorageException(problem(markerFile.getParent()).orElseThrow());
            }
            return marker;
        } catch (IllegalArgumentException e) {
            throw new StorageException(problem(markerFile.getParent()).orElseThrow(), e);
        }
    }

    private Optional<PoolMarker> read(Path markerFile) {
        try {
            return Optional.of(PoolMarker.parse(Files.readString(markerFile, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StorageException(commands.failed("read the marker " + markerFile, e.toString()), e);
        }
    }

    private void write(Path markerFile, PoolMarker marker) {
        Path temporary = markerFile.resolveSibling(PoolMarker.FILE_NAME + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(
                    temporary,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(marker.render().getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temporary, markerFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel parent = FileChannel.open(markerFile.getParent(), StandardOpenOption.READ)) {
                parent.force(true);
            }
        } catch (IOException e) {
            throw new StorageException(commands.failed("write the marker " + markerFile, e.toString()), e);
        }
    }
}

package io.linstorj.satellite.storage.file;

import io.linstorj.satellite.command.Command;
import io.linstorj.satellite.storage.StorageCommands;
import io.linstorj.satellite.storage.StorageException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;

/**
 * Copies whole files of a FILE pool for snapshots, restores and rollbacks, so that a copy is
 * either complete or absent: it is written to {@code <target>.part}, flushed to disk and then
 * renamed over the target.
 *
 * <p>FILE_THIN copies are {@code cp --reflink=auto --sparse=always}: a reflink (FICLONE, sharing
 * blocks until either side changes) where the filesystem supports it (XFS, btrfs), else a sparse
 * copy that skips holes. FILE copies are full: {@code --reflink=never --sparse=never}, as a FILE
 * pool allocates every block.
 */
final class FileCopies {
    /** Longest copy for a restore or rollback: a large volume takes long on a disk without reflinks. */
    static final Duration DATA_TIMEOUT = Duration.ofHours(2);
    /**
     * Longest copy for a snapshot, which runs while the resource's I/O is suspended: past it the
     * copy is stopped, removed and I/O resumed, rather than leave applications hanging.
     */
    static final Duration SNAPSHOT_TIMEOUT = Duration.ofMinutes(5);

    static final String PART = ".part";

    private final StorageCommands commands;
    private final FileAllocation allocation;

    FileCopies(StorageCommands commands, FileAllocation allocation) {
        this.commands = commands;
        this.allocation = allocation;
    }

    /** Copies {@code source} to {@code target} (replacing it); a failure leaves {@code target} as it was. */
    void copy(Path source, Path target, Duration timeout) {
        Path part = target.resolveSibling(target.getFileName() + PART);
        deleteIfExists(part);
        String reflink = allocation == FileAllocation.SPARSE ? "--reflink=auto" : "--reflink=never";
        String sparse = allocation == FileAllocation.SPARSE ? "--sparse=always" : "--sparse=never";
        try {
            commands.runChecked(
                    new Command(List.of("cp", reflink, sparse, "--", source.toString(), part.toString()), timeout),
                    "copy " + source + " to " + target);
            force(part);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            force(target.getParent());
        } catch (IOException e) {
            deleteIfExists(part);
            throw new StorageException(commands.failed("copy " + source + " to " + target, e.toString()), e);
        } catch (RuntimeException e) {
            deleteIfExists(part);
            throw e;
        }
    }

    /** Removes a copy a crash left half-written; it was this pool's, its name says so. */
    void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StorageException(commands.failed("delete " + file, e.toString()), e);
        }
    }

    private static void force(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}

package io.linstorj.satellite.storage.file;

import io.linstorj.satellite.command.Command;
import io.linstorj.satellite.storage.StorageCommands;
import io.linstorj.satellite.storage.StorageException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The files of a FILE pool: creating, growing and removing them, sparse or preallocated.
 *
 * <p>Java can only make sparse files ({@link RandomAccessFile#setLength}), so preallocation runs
 * {@code fallocate --length}, which reserves every block.
 */
final class VolumeFiles {

    private static final long KIB = 1024;

    private final StorageCommands commands;
    private final FileAllocation allocation;

    VolumeFiles(StorageCommands commands, FileAllocation allocation) {
        this.commands = commands;
        this.allocation = allocation;
    }

    /** Returns the file's length in KiB (rounded up), or empty if it does not exist. */
    Optional<Long> sizeKib(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of((Files.size(file) + KIB - 1) / KIB);
        } catch (IOException e) {
            throw ioFailure("read the size of " + file, e);
        }
    }

    /** Creates the file with {@code sizeKib}; removes it again if that fails half-way. */
    void create(Path file, long sizeKib) {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (IOException e) {
            throw ioFailure("create " + file, e);
        }
        try {
            setSize(file, sizeKib);
        } catch (RuntimeException e) {
            deleteIfExists(file);
            throw e;
        }
    }

    /** Extends the file to {@code sizeKib}. */
    void grow(Path file, long sizeKib) {
        setSize(file, sizeKib);
    }

    /** Removes the file; returns false if there was none. */
    boolean deleteIfExists(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw ioFailure("delete " + file, e);
        }
    }

    private void setSize(Path file, long sizeKib) {
        long bytes = Math.multiplyExact(sizeKib, KIB);
        if (allocation == FileAllocation.PREALLOCATED) {
            commands.runChecked(
                    Command.of("fallocate", "--length", Long.toString(bytes), file.toString()),
                    "preallocate " + sizeKib + " KiB for " + file);
            return;
        }
        try (var handle = new RandomAccessFile(file.toFile(), "rw")) {
            handle.setLength(bytes);
        } catch (IOException e) {
            throw ioFailure("set the length of " + file + " to " + sizeKib + " KiB", e);
        }
    }

    private StorageException ioFailure(String purpose, IOException e) {
        return new StorageException(commands.failed(purpose, e.toString()), e);
    }
}

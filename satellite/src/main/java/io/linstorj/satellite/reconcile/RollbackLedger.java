package io.linstorj.satellite.reconcile;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The rollback each local resource last went through, one small file per resource in the
 * satellite's data directory ({@code snapshot-rollbacks/<resource>}), so that a rollback the
 * controller still names is done once, not again after every restart. A rollback is recorded
 * after the data was put back and before DRBD comes up again, so a crash in between repeats it
 * while nothing has written to the volumes since.
 */
final class RollbackLedger {
    private final Path directory;

    RollbackLedger(Path directory) {
        this.directory = directory;
    }

    /** The id of the rollback last done for {@code resourceName}, if any. */
    Optional<String> applied(String resourceName) throws IOException {
        try {
            return Optional.of(Files.readString(directory.resolve(resourceName), StandardCharsets.UTF_8)
                    .strip());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Records, durably, that the rollback {@code rollbackId} of {@code resourceName} is done. */
    void record(String resourceName, String rollbackId) throws IOException {
        Files.createDirectories(directory);
        Path temporary = directory.resolve(resourceName + ".tmp");
        Files.writeString(temporary, rollbackId + "\n", StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(
                temporary,
                directory.resolve(resourceName),
                StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Forgets the resource's rollbacks (it left this node). */
    void forget(String resourceName) throws IOException {
        Files.deleteIfExists(directory.resolve(resourceName));
    }
}

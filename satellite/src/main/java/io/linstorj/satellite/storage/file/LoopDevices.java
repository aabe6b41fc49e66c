package io.linstorj.satellite.storage.file;

import io.linstorj.satellite.command.Command;
import io.linstorj.satellite.storage.StorageCommands;
import io.linstorj.satellite.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The loop devices of this node, through losetup: who is attached to what, attach, detach and
 * refresh the size.
 *
 * <p>It keeps nothing in memory: after a restart the attachments are found again with
 * {@code losetup --list}.
 */
public final class LoopDevices {

    private static final long SECTOR_BYTES = 512;

    private final StorageCommands commands;
    private final LoopListParser parser = new LoopListParser();
    private final Path sysBlock;

    /** Creates the loop devices view; sizes are read under {@code sysBlock} (/sys/block). */
    public LoopDevices(StorageCommands commands, Path sysBlock) {
        this.commands = commands;
        this.sysBlock = sysBlock;
    }

    /** Returns every attachment on the node. */
    public List<LoopAttachment> list() {
        String output = commands.runChecked(
                Command.of("losetup", "--list", "--json", "--output", "NAME,BACK-FILE"), "list the loop devices");
        try {
            return parser.parse(output);
        } catch (IllegalArgumentException e) {
            throw new StorageException(commands.failed("list the loop devices", e.getMessage()), e);
        }
    }

    /** Returns the attachments of {@code file}, including those made before it was deleted. */
    public List<LoopAttachment> attachmentsOf(Path file) {
        return list().stream()
                .filter(attachment -> attachment.backingFile().equals(file))
                .toList();
    }

    /** Attaches {@code file} to a free loop device and returns the device. */
    public String attach(Path file) {
        return commands.runChecked(
                        Command.of("losetup", "--find", "--show", file.toString()),
                        "attach " + file + " to a loop device")
                .strip();
    }

    /** Makes {@code device} take the current size of its file. */
    public void refreshSize(String device) {
        commands.runChecked(Command.of("losetup", "--set-capacity", device), "refresh the size of " + device);
    }

    /** Detaches {@code device} from its file. */
    public void detach(String device) {
        commands.runChecked(Command.of("losetup", "--detach", device), "detach " + device);
    }

    /** Returns the size of {@code device} in bytes, as the kernel sees it. */
    public long sizeBytes(String device) {
        Path size = sysBlock.resolve(Path.of(device).getFileName().toString()).resolve("size");
        try {
            return Long.parseLong(Files.readString(size).strip()) * SECTOR_BYTES;
        } catch (IOException | NumberFormatException e) {
            throw new StorageException(commands.failed("read the size of " + device, "reading " + size + ": " + e), e);
        }
    }
}

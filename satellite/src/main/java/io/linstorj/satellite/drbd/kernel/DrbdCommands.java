package io.linstorj.satellite.drbd.kernel;

import io.linstorj.satellite.command.Command;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The command lines of drbd-utils the real driver runs; every drbdadm call reads the satellite's
 * own main configuration file ({@code -c}), never {@code /etc/drbd.conf}.
 */
final class DrbdCommands {
    /** The exit code of {@link #probeMetadata} when the disk holds no DRBD metadata. */
    static final int NO_METADATA_EXIT_CODE = 1;

    /** How long a drbd-utils command may run before it is killed. */
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final Path mainFile;

    DrbdCommands(Path mainFile) {
        this.mainFile = mainFile;
    }

    Command adjust(String resource) {
        return drbdadm("adjust", resource);
    }

    Command down(String resource) {
        return drbdadm("down", resource);
    }

    /** Takes down a resource the kernel still runs but that has no configuration file any more. */
    Command downWithoutConfig(String resource) {
        return new Command(List.of("drbdsetup", "down", resource), TIMEOUT);
    }

    Command suspendIo(String resource) {
        return new Command(List.of("drbdsetup", "suspend-io", resource), TIMEOUT);
    }

    Command resumeIo(String resource) {
        return new Command(List.of("drbdsetup", "resume-io", resource), TIMEOUT);
    }

    Command primary(String resource, boolean force) {
        return force ? drbdadm("primary", "--force", resource) : drbdadm("primary", resource);
    }

    Command secondary(String resource) {
        return drbdadm("secondary", resource);
    }

    Command resize(String resource, int volume) {
        return drbdadm("resize", resource + "/" + volume);
    }

    Command createMetadata(String resource, int volume, int peerSlots) {
        return drbdadm("create-md", "--force", "--max-peers=" + peerSlots, resource + "/" + volume);
    }

    /**
     * Exits 0 if the backing disk holds DRBD metadata, {@link #NO_METADATA_EXIT_CODE} if not,
     * 20 if it cannot open the disk or the minor is in use (drbd-utils 9.22).
     */
    Command probeMetadata(int minor, String backingDisk, int nodeId) {
        return drbdmeta(minor, backingDisk, "get-gi", "--node-id", Integer.toString(nodeId));
    }

    /**
     * Marks fresh metadata as consistent and up to date with the generation id all replicas of a
     * new volume share, so that they connect without an initial sync.
     */
    Command setInitialGeneration(int minor, String backingDisk, int nodeId, String generationId) {
        return drbdmeta(
                minor, backingDisk, "set-gi", "--node-id", Integer.toString(nodeId), generationId + ":0:0:0:1:1");
    }

    /** Prints the current state of every resource, then every change, until stopped. */
    List<String> followEvents() {
        return List.of("drbdsetup", "events2", "--statistics", "all");
    }

    private Command drbdadm(String... arguments) {
        List<String> command = new ArrayList<>(List.of("drbdadm", "-c", mainFile.toString()));
        command.addAll(List.of(arguments));
        return new Command(command, TIMEOUT);
    }

    private static Command drbdmeta(int minor, String backingDisk, String... arguments) {
        List<String> command = new ArrayList<>(
                List.of("drbdmeta", "--force", Integer.toString(minor), "v09", backingDisk, "internal"));
        command.addAll(List.of(arguments));
        return new Command(command, TIMEOUT);
    }
}

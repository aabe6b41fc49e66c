package io.linstorj.satellite.storage.file;

import io.linstorj.satellite.command.CommandRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether this satellite attaches its files to loop devices, and why.
 *
 * <p>Detected once at start: it needs root, {@code /dev/loop-control} and losetup. Without them
 * FILE pools still work, with the files themselves as backing disks.
 * <pre>{@code
 * LoopSupport loops = LoopSupport.detect(runner);
 * if (!loops.enabled()) log.warn("files are not attached to loop devices: {}", loops.reason());
 * }</pre>
 *
 * @param enabled true if files get loop devices
 * @param reason why (or why not), for the log and for reports
 */
public record LoopSupport(boolean enabled, String reason) {

    private static final Path LOOP_CONTROL = Path.of("/dev/loop-control");

    /** Returns loop support as this process has it. */
    public static LoopSupport detect(CommandRunner runner) {
        if (!runsAsRoot()) {
            return disabled("the satellite does not run as root");
        }
        if (!Files.exists(LOOP_CONTROL)) {
            return disabled(LOOP_CONTROL + " does not exist");
        }
        if (!runner.isInstalled("losetup")) {
            return disabled("losetup is not installed (apt-get install mount)");
        }
        return new LoopSupport(true, "running as root with " + LOOP_CONTROL + " and losetup");
    }

    /** Returns support switched off, e.g. by configuration, with the reason to report. */
    public static LoopSupport disabled(String reason) {
        return new LoopSupport(false, reason);
    }

    private static boolean runsAsRoot() {
        try {
            // /proc/self belongs to this process's user: its uid is ours.
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}

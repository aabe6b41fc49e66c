package io.linstorj.bench.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Loop devices still attached to files of a benchmark's data directory after its satellites
 * stopped, and their detaching: the benchmark's safety net for a satellite that did not release
 * everything on exit (its release is bounded in time; a satellite with a thousand volumes can
 * exceed it). Reads {@code /sys/block/loop*}/loop/backing_file; detaches with {@code losetup -d}.
 */
final class LeftoverLoopDevices {
    private static final Path BLOCK_DEVICES = Path.of("/sys/block");
    private static final String DELETED_SUFFIX = " (deleted)";
    private static final long LOSETUP_TIMEOUT_SECONDS = 30;

    private LeftoverLoopDevices() {}

    /** The loop devices (e.g. {@code /dev/loop7}) whose backing file lies under {@code dir}. */
    static List<String> under(Path dir) {
        String prefix = dir.toAbsolutePath().normalize() + "/";
        List<String> devices = new ArrayList<>();
        try (Stream<Path> blocks = Files.list(BLOCK_DEVICES)) {
            blocks.filter(block -> block.getFileName().toString().startsWith("loop"))
                    .forEach(block -> {
                        Path backingFile = block.resolve("loop/backing_file");
                        String file = readOrEmpty(backingFile);
                        if (file.startsWith(prefix)) {
                            devices.add("/dev/" + block.getFileName());
                        }
                    });
        } catch (IOException e) {
            return List.of(); // No /sys/block: no loop devices to look after on this system.
        }
        return devices;
    }

    private static String readOrEmpty(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.endsWith(DELETED_SUFFIX) ? text.substring(0, text.length() - DELETED_SUFFIX.length()) : text;
        } catch (IOException e) {
            return ""; // An unattached loop device has no backing_file.
        }
    }

    /**
     * Detaches {@code device} with {@code losetup -d}.
     *
     * @return null if it was detached, else why not
     */
    static String detach(String device) {
        try {
            Process losetup = new ProcessBuilder("losetup", "-d", device)
                    .redirectErrorStream(true)
                    .start();
            if (!losetup.waitFor(LOSETUP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                losetup.destroyForcibly();
                return "losetup -d " + device + " did not finish within " + LOSETUP_TIMEOUT_SECONDS + " s";
            }
            String output = new String(losetup.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return losetup.exitValue() == 0 ? null : "losetup -d " + device + ": " + output;
        } catch (IOException e) {
            return "cannot run losetup: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while detaching " + device;
        }
    }
}

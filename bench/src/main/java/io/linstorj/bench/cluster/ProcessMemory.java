package io.linstorj.bench.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The memory of a process as Linux counts it, read from {@code /proc/<pid>/status}.
 *
 * @param residentKib resident set size now ({@code VmRSS}), in KiB
 * @param peakResidentKib the highest resident set size so far ({@code VmHWM}), in KiB
 */
public record ProcessMemory(long residentKib, long peakResidentKib) {

    /**
     * Reads the memory of process {@code pid}.
     *
     * @throws UncheckedIOException if the process is gone or the file cannot be read
     * @throws IllegalStateException if the file lacks the fields (not Linux)
     */
    public static ProcessMemory of(long pid) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the memory of process " + pid + ": " + e.getMessage(), e);
        }
        return new ProcessMemory(field(lines, "VmRSS:", pid), field(lines, "VmHWM:", pid));
    }

    private static long field(List<String> lines, String name, long pid) {
        for (String line : lines) {
            if (line.startsWith(name)) {
                // "VmRSS:	  123456 kB"
                return Long.parseLong(
                        line.substring(name.length()).replace("kB", "").trim());
            }
        }
        throw new IllegalStateException("/proc/" + pid + "/status has no " + name + " line");
    }
}

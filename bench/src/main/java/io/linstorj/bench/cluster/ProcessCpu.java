package io.linstorj.bench.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time a process has used so far (user + system, all threads), read from
 * {@code /proc/<pid>/stat}. Its resolution is the kernel's clock tick (10 ms at USER_HZ 100), so
 * differences are meaningful over many operations only. On a loaded machine it says what a
 * process cost, where wall-clock latencies mostly say how long it waited for a core.
 */
public final class ProcessCpu {
    /** USER_HZ: Linux reports {@code utime}/{@code stime} in 1/100 s on every architecture it runs Java on. */
    private static final long NANOS_PER_TICK = 10_000_000L;
    /** utime is field 14 of stat, the 12th after the command name (field 2); stime follows it. */
    private static final int UTIME_INDEX = 11;

    private ProcessCpu() {}

    /**
     * CPU nanoseconds process {@code pid} has used.
     *
     * @throws UncheckedIOException if the process is gone or the file cannot be read
     */
    public static long nanos(long pid) {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CPU time of process " + pid + ": " + e.getMessage(), e);
        }
        // The command name, in parentheses, may hold spaces: fields are counted after its closing one.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[UTIME_INDEX]) + Long.parseLong(fields[UTIME_INDEX + 1]);
        return ticks * NANOS_PER_TICK;
    }
}

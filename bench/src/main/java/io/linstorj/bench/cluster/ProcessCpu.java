package io.linstorj.bench.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

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

    /**
     * HotSpot's JIT compiler threads, as {@code comm} shows them (cut to 15 characters): "C1
     * CompilerThread0", "C2 CompilerThread0" and further ones while the compile queue is long.
     */
    private static final String COMPILER_THREAD = "CompilerThre";

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
        return ticks(stat) * NANOS_PER_TICK;
    }

    /**
     * CPU nanoseconds the JIT compiler threads of JVM {@code pid} have used, summed over the
     * threads alive now: a compiler thread the JVM has since stopped (it adds some while the queue
     * is long and stops them again) no longer counts, so over a phase this may fall short.
     *
     * @throws UncheckedIOException if the process is gone or its threads cannot be listed
     */
    public static long compilerNanos(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        long ticks = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                String stat;
                try {
                    stat = Files.readString(thread.resolve("stat"));
                } catch (NoSuchFileException gone) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                if (name.contains(COMPILER_THREAD)) {
                    ticks += ticks(stat);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the threads of process " + pid + ": " + e.getMessage(), e);
        }
        return ticks * NANOS_PER_TICK;
    }

    /** utime + stime of a {@code stat} line, in clock ticks. */
    private static long ticks(String stat) {
        // The command name, in parentheses, may hold spaces: fields are counted after its closing one.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[UTIME_INDEX]) + Long.parseLong(fields[UTIME_INDEX + 1]);
    }
}

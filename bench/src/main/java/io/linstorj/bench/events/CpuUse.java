package io.linstorj.bench.events;

import io.linstorj.bench.Figures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Stream;

/**
 * CPU time used by this JVM's threads, grouped by what they do, and by child processes, between
 * two snapshots: where the cores went during a phase. Java threads are grouped by name (thread
 * CPU time of the JVM); the JVM's own threads (JIT compilers, garbage collector, VM thread) by
 * their Linux thread name from {@code /proc/self/task} (zero where that is not readable); the
 * rest of the process time is "other". Threads that end between the snapshots count in "other",
 * so a phase takes its end snapshot before closing its watchers. Garbage collections are counted
 * with the time the collectors report (pauses and concurrent work alike).
 *
 * @param wallNanos when the snapshot was taken ({@link System#nanoTime()})
 * @param groups CPU nanoseconds per group of Java threads
 * @param processNanos CPU nanoseconds of this whole process
 * @param childrenNanos CPU nanoseconds of the given child processes
 * @param gcCount garbage collections of this JVM so far
 * @param gcMillis milliseconds the collectors report for them
 */
record CpuUse(
        long wallNanos, Map<String, Long> groups, long processNanos, long childrenNanos, long gcCount, long gcMillis) {
    /** Thread name prefixes and the group they count to; the first match wins. */
    private static final Map<String, String> GROUPS = threadGroups();

    private static final String OTHER = "other Java threads";
    private static final Map<String, String> JVM_THREADS = Map.of(
            "C1 CompilerThre",
            "JIT compilers",
            "C2 CompilerThre",
            "JIT compilers",
            "GC Thread#",
            "garbage collector",
            "G1 ",
            "garbage collector",
            "VM Thread",
            "VM thread");
    private static final Path TASKS = Path.of("/proc/self/task");
    /** Linux clock ticks per second of {@code /proc} times (USER_HZ), 100 on every common kernel. */
    private static final long TICKS_PER_SECOND = 100;

    private static Map<String, String> threadGroups() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("event-hub", "controller event hub");
        groups.put("multiThreadIoEventLoopGroup", "controller Netty (clients + satellite link)");
        groups.put("linstorj-client", "client I/O threads");
        groups.put("linstorj-watch", "client watch threads");
        return Collections.unmodifiableMap(groups);
    }

    /** A snapshot now, with the CPU time of {@code children} (process ids). */
    static CpuUse now(List<Long> childPids) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> groups = new LinkedHashMap<>();
        GROUPS.values().forEach(group -> groups.put(group, 0L));
        groups.put(OTHER, 0L);
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            long cpu = info == null ? -1 : threads.getThreadCpuTime(info.getThreadId());
            if (cpu > 0) {
                groups.merge(groupOf(info.getThreadName()), cpu, Long::sum);
            }
        }
        long children = childPids.stream()
                .mapToLong(pid -> ProcessHandle.of(pid)
                        .flatMap(p -> p.info().totalCpuDuration())
                        .map(Duration::toNanos)
                        .orElse(0L))
                .sum();
        jvmThreadTimes().forEach((group, nanos) -> groups.merge(group, nanos, Long::sum));
        long gcCount = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount += Math.max(0, collector.getCollectionCount());
            gcMillis += Math.max(0, collector.getCollectionTime());
        }
        return new CpuUse(System.nanoTime(), groups, processCpuNanos(), children, gcCount, gcMillis);
    }

    /** CPU time of the JVM's own threads per group, from /proc; empty where /proc is not there. */
    private static Map<String, Long> jvmThreadTimes() {
        Map<String, Long> times = new LinkedHashMap<>();
        new LinkedHashSet<>(JVM_THREADS.values()).forEach(group -> times.put(group, 0L));
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> {
                String name = read(task.resolve("comm")).strip();
                JVM_THREADS.entrySet().stream()
                        .filter(e -> name.startsWith(e.getKey()))
                        .findFirst()
                        .ifPresent(e -> times.merge(e.getValue(), ticksToNanos(read(task.resolve("stat"))), Long::sum));
            });
        } catch (IOException | UncheckedIOException e) {
            // Not Linux, or a thread ended while listed: these groups stay as far as they got.
        }
        return times;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** utime + stime of a /proc stat line, fields 14 and 15, counted after the ")" ending the name. */
    private static long ticksToNanos(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * (1_000_000_000L / TICKS_PER_SECOND);
    }

    private static String groupOf(String threadName) {
        return GROUPS.entrySet().stream()
                .filter(e -> threadName.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(OTHER);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /**
     * What was used from {@code start} to this snapshot, for people: seconds of CPU per group, the
     * satellites, and the wall time; threads that started after {@code start} count in full.
     */
    String since(CpuUse start, int cores) {
        StringJoiner text = new StringJoiner(", ");
        long counted = 0;
        for (Map.Entry<String, Long> group : groups.entrySet()) {
            long used = group.getValue() - start.groups.getOrDefault(group.getKey(), 0L);
            counted += used;
            text.add(group.getKey() + " " + cpuSeconds(used));
        }
        text.add("other (ended threads, rest of the JVM) "
                + cpuSeconds(Math.max(0, processNanos - start.processNanos - counted)));
        text.add("satellite processes " + cpuSeconds(childrenNanos - start.childrenNanos));
        long wall = wallNanos - start.wallNanos;
        return text
                + String.format(
                        Locale.ROOT,
                        "; in %s of wall time (%d cores: %s of CPU at most); " + "%d garbage collections, %d ms in all",
                        Figures.seconds(wall),
                        cores,
                        cpuSeconds(wall * cores),
                        gcCount - start.gcCount,
                        gcMillis - start.gcMillis);
    }

    private static String cpuSeconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}

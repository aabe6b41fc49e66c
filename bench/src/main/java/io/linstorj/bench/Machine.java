package io.linstorj.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The machine a benchmark ran on, printed with every result: figures mean little without it.
 *
 * @param cores processors available to the JVM
 * @param jvm the JVM's name and version
 * @param os the operating system's name, version and architecture
 * @param loadAverage the system load average over the last minute when measured (negative if unknown);
 *     a busy shared machine shows here
 * @param maxHeapMib the bench JVM's maximum heap in MiB
 */
public record Machine(int cores, String jvm, String os, double loadAverage, long maxHeapMib) {

    /** This JVM's machine, now. */
    public static Machine current() {
        Runtime runtime = Runtime.getRuntime();
        return new Machine(
                runtime.availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                runtime.maxMemory() / (1024 * 1024));
    }

    /** One line for people: cores, JVM, OS, heap and load. */
    public String describe() {
        String load = loadAverage < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", loadAverage);
        return String.format(
                Locale.ROOT,
                "%d cores, %s, %s, bench JVM max heap %d MiB, load average %s at start",
                cores,
                jvm,
                os,
                maxHeapMib,
                load);
    }
}

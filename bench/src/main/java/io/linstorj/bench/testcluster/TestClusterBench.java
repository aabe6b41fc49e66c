package io.linstorj.bench.testcluster;

import io.linstorj.bench.Check;
import io.linstorj.bench.LatencyRecorder;
import io.linstorj.bench.LatencySummary;
import io.linstorj.bench.Machine;
import io.linstorj.bench.Report;
import io.linstorj.bench.ScenarioOptions;
import io.linstorj.bench.Target;
import io.linstorj.testing.LinstorTestCluster;
import java.io.PrintWriter;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench testcluster}: how long {@link LinstorTestCluster} takes from {@code start()} to
 * ready (every node ONLINE, every pool reported capacity) and to stop, with the nodes in process
 * and in child JVMs, as a plugin's test would start it.
 */
@Command(
        name = "testcluster",
        mixinStandardHelpOptions = true,
        description = "Start-to-ready and stop times of the test cluster (linstorj-testing): N satellites with a "
                + "FILE_THIN pool each, in process and in child JVMs, started and stopped R times each.")
public final class TestClusterBench implements Callable<Integer> {
    static final Target IN_PROCESS_READY = Target.below("p50 < 1,500 ms (3 satellites, in process)", 1500);
    static final Target CHILD_READY = Target.below("p50 < 4,000 ms (3 satellites, child JVMs)", 4000);
    static final Target STOP = Target.below("p50 < 2,000 ms (3 satellites)", 2000);
    private static final int TARGET_SATELLITES = 3;

    @Mixin
    private ScenarioOptions options;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--satellites", description = "Satellites per cluster (default: 3).")
    private int satellites = TARGET_SATELLITES;

    @Option(
            names = "--rounds",
            description = "Clusters started and stopped per mode, after one warm-up (default: 5; quick: 1).")
    private Integer rounds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter progress = spec.commandLine().getErr();
        int count = rounds != null ? rounds : options.pick(5, 1);
        Report report = new Report("testcluster", Machine.current());
        report.setup(satellites + " satellites (alpha... at 127.0.0.11...), pool DfltStorPool FILE_THIN each, "
                + "ephemeral ports, a temp directory per cluster (deleted at stop); one warm-up cluster per mode, "
                + "then " + count + " timed");
        boolean comparable = satellites == TARGET_SATELLITES;
        measure(report, true, count, comparable, progress);
        measure(report, false, count, comparable, progress);
        report.note("ready = LinstorTestCluster.builder()...start() returned: every node ONLINE and every pool "
                + "reported its capacity (an autoplace right after succeeds); stop = stop() until every node has stopped "
                + "(controller first, then the satellites together), before the directory is deleted.");
        report.note("in process: controller, REST and satellites in this JVM, warm after the first cluster; child "
                + "JVMs: one JVM per node booted for every cluster (-Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1, "
                + "with the class-data archive of its kind that the warm-up cluster's children wrote to "
                + "<tmpdir>/linstorj-cds), as a plugin's test gets by default.");
        report.print(out);
        return 0;
    }

    private void measure(Report report, boolean inProcess, int count, boolean comparable, PrintWriter progress) {
        String mode = inProcess ? "in process" : "child JVMs";
        LatencyRecorder ready = new LatencyRecorder();
        LatencyRecorder stop = new LatencyRecorder();
        for (int round = 0; round <= count; round++) {
            progress.printf(
                    "testcluster: %s, cluster %d of %d%s%n",
                    mode, round + 1, count + 1, round == 0 ? " (warm-up)" : "");
            progress.flush();
            long started = System.nanoTime();
            LinstorTestCluster cluster = LinstorTestCluster.builder()
                    .satellites(satellites)
                    .pool("DfltStorPool", "FILE_THIN")
                    .inProcess(inProcess)
                    .keepDirectory(options.keepData())
                    .start();
            long readyNanos = System.nanoTime() - started;
            long stopNanos = cluster.stop().toNanos();
            if (round > 0) {
                ready.record(readyNanos);
                stop.record(stopNanos);
            }
        }
        Target readyTarget = inProcess ? IN_PROCESS_READY : CHILD_READY;
        LatencySummary readySummary = ready.summary();
        LatencySummary stopSummary = stop.summary();
        String why = "the target is for " + TARGET_SATELLITES + " satellites";
        report.latency(
                "start to ready, " + mode,
                readySummary,
                OptionalDouble.empty(),
                Check.ofIf(comparable, readyTarget, readySummary.p50Millis(), why));
        report.latency(
                "stop, " + mode,
                stopSummary,
                OptionalDouble.empty(),
                Check.ofIf(comparable, STOP, stopSummary.p50Millis(), why));
    }
}

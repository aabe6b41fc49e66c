package io.linstorj.bench.satellites;

import io.linstorj.bench.Check;
import io.linstorj.bench.Figures;
import io.linstorj.bench.LatencyRecorder;
import io.linstorj.bench.Machine;
import io.linstorj.bench.Report;
import io.linstorj.bench.ScenarioOptions;
import io.linstorj.bench.cluster.BenchCluster;
import io.linstorj.bench.cluster.ProcessMemory;
import io.linstorj.bench.cluster.ReadyTiming;
import io.linstorj.bench.cluster.ResourcePlan;
import io.linstorj.bench.watch.EventLog;
import io.linstorj.bench.watch.Watchers;
import io.linstorj.client.Linstor;
import io.linstorj.launcher.ChildJvm;
import io.linstorj.launcher.TempDirectory;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench satellites}: how fast satellites make resources ready, one at a time and many at
 * once, and how much memory they take.
 */
@Command(
        name = "satellites",
        mixinStandardHelpOptions = true,
        description = "Satellite reconciliation: time from creating a resource on 3 nodes (2 diskful + 1 diskless) "
                + "to every replica ready, then many resources at once (resources/s until all UpToDate) and each "
                + "satellite's memory (RSS). Controller in this JVM, 3 satellite processes on 127.0.0.11-13.")
public final class SatellitesBench implements Callable<Integer> {
    private static final int SATELLITES = 3;
    private static final int WARM_UP_RESOURCES = 3;

    @Mixin
    private ScenarioOptions options;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--resources", description = "Resources deployed at once (default: 1000; quick: 30).")
    private Integer resources;

    @Option(
            names = "--replicas",
            defaultValue = "1",
            description =
                    "Diskful replicas of each of those resources, on consecutive nodes (1-3; default: ${DEFAULT-VALUE}).")
    private int replicas;

    @Option(
            names = "--timed",
            description = "Resources deployed one at a time for the latency (default: 30; quick: 5).")
    private Integer timed;

    @Option(
            names = "--creators",
            defaultValue = "4",
            description = "Concurrent clients deploying the resources at once (default: ${DEFAULT-VALUE}).")
    private int creators;

    @Option(
            names = "--size-kib",
            defaultValue = "1024",
            description = "Volume size in KiB (default: ${DEFAULT-VALUE}).")
    private long sizeKib;

    @Override
    public Integer call() throws InterruptedException {
        if (replicas < 1 || replicas > SATELLITES || creators < 1 || sizeKib < 1) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--replicas must be 1-" + SATELLITES + ", --creators and --size-kib at least 1");
        }
        int bulk = resources == null ? options.pick(1000, 30) : resources;
        int timedCount = timed == null ? options.pick(30, 5) : timed;
        PrintWriter progress = spec.commandLine().getErr();
        Report report = new Report("satellites", Machine.current());
        report.setup("controller in this JVM (H2 in a temp dir); " + SATELLITES + " satellite processes ("
                + "FILE_THIN pools in the temp dir; emulated DRBD driver where no DRBD 9 module is loaded)");
        try (TempDirectory dir = TempDirectory.create("satellites", options.keepData());
                BenchCluster cluster = BenchCluster.start(dir.path(), SATELLITES, progress)) {
            EventLog log = new EventLog(1);
            try (Watchers watch = Watchers.open(cluster.uri(), log, 1);
                    Linstor lin = Linstor.connect(cluster.uri())) {
                measureOneAtATime(
                        report,
                        new ReadyTiming(lin, log, sizeKib, Duration.ofSeconds(60)),
                        cluster.nodeNames(),
                        timedCount,
                        progress);
                Map<String, ProcessMemory> before = memory(cluster);
                measureAtOnce(report, cluster, log, bulk, progress);
                reportMemory(report, before, memory(cluster), bulk);
            }
        }
        report.print(spec.commandLine().getOut());
        return 0;
    }

    private void measureOneAtATime(
            Report report, ReadyTiming timing, List<String> nodes, int count, PrintWriter progress)
            throws InterruptedException {
        progress.printf(
                "deploying %d resources one at a time (2 diskful + 1 diskless, %d KiB) ...%n",
                WARM_UP_RESOURCES + count, sizeKib);
        progress.flush();
        LatencyRecorder untilReady = new LatencyRecorder();
        LatencyRecorder calls = new LatencyRecorder();
        for (int i = 0; i < WARM_UP_RESOURCES + count; i++) {
            ReadyTiming.Timing result =
                    timing.deploy(ResourcePlan.spread(String.format(Locale.ROOT, "ready%03d", i), nodes, i, 2, 1));
            if (i >= WARM_UP_RESOURCES) {
                untilReady.record(result.untilReadyNanos());
                calls.record(result.placeCallsNanos());
            }
        }
        report.setup(String.format(
                Locale.ROOT,
                "one at a time: %d resources (+%d warm-up), each CrtRsc on 2 nodes " + "diskful + 1 diskless, %d KiB",
                count,
                WARM_UP_RESOURCES,
                sizeKib));
        report.latency(
                "3 x CrtRsc, first call to last acknowledgement", calls.summary(), OptionalDouble.empty(), Check.NONE);
        report.latency(
                "first CrtRsc to all 3 replicas ready (UpToDate/Diskless event)",
                untilReady.summary(),
                OptionalDouble.empty(),
                Check.NONE);
        report.note("'ready': the watching client received VlmDiskState UpToDate for both diskful replicas and "
                + "Diskless for the diskless one; the second diskful replica syncs from the first (emulated sync).");
    }

    private void measureAtOnce(Report report, BenchCluster cluster, EventLog log, int count, PrintWriter progress)
            throws InterruptedException {
        List<ResourcePlan> plans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            plans.add(ResourcePlan.spread(
                    String.format(Locale.ROOT, "bulk%05d", i), cluster.nodeNames(), i, replicas, 0));
        }
        Duration timeout = Duration.ofMinutes(options.pick(10, 2));
        progress.printf(
                "deploying %d resources at once with %d clients, %d diskful replica(s) each ...%n",
                count, creators, replicas);
        progress.flush();
        BulkDeployment.Result result = new BulkDeployment(cluster.uri(), log, plans, creators, sizeKib, timeout).run();
        report.setup(String.format(
                Locale.ROOT,
                "at once: %d resources x %d diskful replica(s) (%d volumes, "
                        + "round-robin over the satellites), created by %d concurrent clients",
                count,
                replicas,
                count * replicas,
                creators));
        long createNanos = result.createdNanos() - result.startNanos();
        report.value(
                "creating " + Figures.count(count) + " resources (CrtRscDfn, CrtVlmDfn, " + replicas
                        + " x CrtRsc each)",
                Figures.seconds(createNanos) + " (" + Figures.rate(Figures.perSecond(count, createNanos))
                        + " resources/s)",
                Check.NONE);
        if (result.readyNanos().isPresent()) {
            long readyNanos = result.readyNanos().getAsLong() - result.startNanos();
            report.value(
                    "first call to all " + Figures.count(count) + " resources UpToDate",
                    Figures.seconds(readyNanos) + " (" + Figures.rate(Figures.perSecond(count, readyNanos))
                            + " resources/s)",
                    Check.NONE);
        } else {
            report.value(
                    "first call to all " + Figures.count(count) + " resources UpToDate",
                    "not within " + timeout + ": " + result.readyResources() + " ready",
                    Check.NONE);
        }
    }

    private static Map<String, ProcessMemory> memory(BenchCluster cluster) {
        Map<String, ProcessMemory> memory = new LinkedHashMap<>();
        cluster.satellites()
                .forEach(s -> memory.put(s.name(), ProcessMemory.of(s.process().pid())));
        return memory;
    }

    private static void reportMemory(
            Report report, Map<String, ProcessMemory> before, Map<String, ProcessMemory> after, int count) {
        before.forEach((name, idle) -> {
            ProcessMemory loaded = after.get(name);
            report.value(
                    "satellite " + name + " RSS: before / after the " + Figures.count(count) + " (peak)",
                    Figures.mebibytes(idle.residentKib()) + " / " + Figures.mebibytes(loaded.residentKib()) + " ("
                            + Figures.mebibytes(loaded.peakResidentKib()) + ")",
                    Check.NONE);
        });
        report.note("RSS: VmRSS (peak: VmHWM) from /proc/<pid>/status; satellites run with "
                + String.join(" ", ChildJvm.JVM_OPTIONS) + " and the JVM's default heap size.");
    }
}

package io.linstorj.bench.snapshots;

import io.linstorj.bench.Check;
import io.linstorj.bench.Figures;
import io.linstorj.bench.LatencyRecorder;
import io.linstorj.bench.Machine;
import io.linstorj.bench.Report;
import io.linstorj.bench.ScenarioOptions;
import io.linstorj.bench.cluster.BenchCluster;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.launcher.TempDirectory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench snapshots}: snapshots on a cluster of three satellite processes with FILE_THIN
 * pools. One large volume (1 GiB unless told), written full, diskful on all three nodes: time
 * from the snapshot call to all three satellites having reported it, then from the restore call
 * into a new resource to its three replicas ready. Then many small resources (100 unless told),
 * a snapshot of each asked for at once: time from the first call to each snapshot, and to the
 * last, reported on all three nodes.
 */
@Command(
        name = "snapshots",
        mixinStandardHelpOptions = true,
        description = "Snapshots on 3 satellite processes (FILE_THIN pools, 127.0.0.11-13; controller in this JVM): "
                + "call to a snapshot of a 1 GiB volume on 3 replicas reported, restore into a new resource until its "
                + "3 replicas are ready, and 100 resources snapshotted at once.")
public final class SnapshotsBench implements Callable<Integer> {
    private static final int SATELLITES = 3;
    private static final Duration BULK_POLL = Duration.ofMillis(5);

    @Mixin
    private ScenarioOptions options;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--size-mib", description = "Size of the large volume in MiB (default: 1024; quick: 32).")
    private Integer sizeMib;

    @Option(
            names = "--fill-mib",
            description =
                    "MiB written into each replica of the large volume before its " + "snapshots (default: its size).")
    private Integer fillMib;

    @Option(
            names = "--rounds",
            description =
                    "Snapshots (and restores) of the large volume, one after another " + "(default: 3; quick: 1).")
    private Integer rounds;

    @Option(names = "--resources", description = "Resources snapshotted at once (default: 100; quick: 10).")
    private Integer resources;

    @Option(
            names = "--small-size-mib",
            defaultValue = "4",
            description = "Volume size of those resources in MiB (default: ${DEFAULT-VALUE}).")
    private int smallSizeMib;

    @Override
    public Integer call() {
        int size = sizeMib != null ? sizeMib : options.pick(1024, 32);
        int fill = fillMib != null ? fillMib : size;
        int roundCount = rounds != null ? rounds : options.pick(3, 1);
        int bulk = resources != null ? resources : options.pick(100, 10);
        if (size < 1 || fill < 0 || fill > size || roundCount < 1 || bulk < 1 || smallSizeMib < 1) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--size-mib, --rounds, --resources and "
                            + "--small-size-mib must be at least 1, --fill-mib 0 to --size-mib");
        }
        PrintWriter progress = spec.commandLine().getErr();
        Report report = new Report("snapshots", Machine.current());
        Duration timeout = Duration.ofMinutes(options.pick(10, 2));
        try (TempDirectory dir = TempDirectory.create("snapshots", options.keepData());
                BenchCluster cluster = BenchCluster.start(dir.path(), SATELLITES, progress)) {
            report.setup("controller in this JVM (H2 in a temp dir), calls on its services (what REST and the binary "
                    + "protocol translate to); " + SATELLITES + " satellite processes, FILE_THIN pools in " + dir.path()
                    + " on " + fileSystem(dir.path()) + " (" + copyKind(dir.path())
                    + "); emulated DRBD driver where no "
                    + "DRBD 9 module is loaded");
            ClusterSnapshots calls =
                    new ClusterSnapshots(cluster.controller().services(), cluster.nodeNames(), timeout);
            measureLarge(report, calls, cluster, size, fill, roundCount, progress);
            measureMany(report, calls, bulk, smallSizeMib, progress);
        }
        report.note(
                "'reported': the controller's snapshot view shows SUCCESSFUL, i.e. every node's satellite "
                        + "suspended I/O, took its storage snapshot, resumed I/O and reported it; polled every 2 ms (5 ms for the "
                        + "many), so figures are late by up to that. 'ready': every replica's satellite reports the resource ready.");
        report.note(String.format(
                Locale.ROOT,
                "load average (1 min) at the end: %.2f (other builds may run on this " + "machine at the same time)",
                Machine.current().loadAverage()));
        report.print(spec.commandLine().getOut());
        return 0;
    }

    private static void measureLarge(
            Report report,
            ClusterSnapshots calls,
            BenchCluster cluster,
            int sizeMib,
            int fillMib,
            int rounds,
            PrintWriter progress) {
        say(progress, "creating resource 'big' (%d MiB) on %s, waiting until ready", sizeMib, cluster.nodeNames());
        calls.createResource("big", sizeMib * 1024L);
        calls.await("'big' ready", () -> calls.ready("big"));
        say(progress, "writing %d MiB into each replica's volume file", fillMib);
        long seed = 1;
        for (String node : cluster.nodeNames()) {
            VolumeFill.fill(volumeFile(cluster, node, "big"), fillMib, seed++);
        }
        LatencyRecorder acknowledged = new LatencyRecorder();
        LatencyRecorder reported = new LatencyRecorder();
        LatencyRecorder restored = new LatencyRecorder();
        for (int round = 0; round < rounds; round++) {
            String snapshot = "s" + round;
            say(progress, "round %d: snapshot, restore, clean-up", round + 1);
            long start = System.nanoTime();
            CompletableFuture<List<ApiCallRc>> answer = calls.snapshot("big", snapshot);
            ClusterSnapshots.check("snapshot big/" + snapshot, answer);
            acknowledged.recordSince(start);
            calls.await("big/" + snapshot + " reported", () -> calls.taken("big", snapshot));
            reported.recordSince(start);
            String target = "big-r" + round;
            start = System.nanoTime();
            calls.restore("big", snapshot, target);
            calls.await(target + " ready", () -> calls.ready(target));
            restored.recordSince(start);
            calls.deleteResource(target);
            calls.await(target + " gone", () -> calls.gone(target));
            calls.deleteSnapshot("big", snapshot);
        }
        report.setup(String.format(
                Locale.ROOT,
                "large: 1 resource, one %d MiB volume (%d MiB written) diskful on %d "
                        + "nodes; %d round(s) one after another: snapshot, restore into a new resource, delete both",
                sizeMib,
                fillMib,
                cluster.nodeNames().size(),
                rounds));
        report.latency(
                "snapshot call answered (recorded in the database)",
                acknowledged.summary(),
                OptionalDouble.empty(),
                Check.NONE);
        report.latency(
                "snapshot call to reported on all 3 replicas", reported.summary(), OptionalDouble.empty(), Check.NONE);
        report.latency(
                "restore calls to the new resource's 3 replicas ready",
                restored.summary(),
                OptionalDouble.empty(),
                Check.NONE);
    }

    private static void measureMany(
            Report report, ClusterSnapshots calls, int count, int sizeMib, PrintWriter progress) {
        say(progress, "creating %d resources of %d MiB on 3 nodes, waiting until ready", count, sizeMib);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = String.format(Locale.ROOT, "many%04d", i);
            calls.createResource(name, sizeMib * 1024L);
            names.add(name);
        }
        calls.await("all ready", () -> names.stream().allMatch(calls::ready));
        say(progress, "snapshotting the %d at once", count);
        LatencyRecorder acknowledged = new LatencyRecorder();
        long start = System.nanoTime();
        Map<String, CompletableFuture<List<ApiCallRc>>> answers = new LinkedHashMap<>();
        for (String name : names) {
            answers.put(name, calls.snapshot(name, "snap").whenComplete((rc, e) -> acknowledged.recordSince(start)));
        }
        answers.forEach((name, answer) -> ClusterSnapshots.check("snapshot " + name + "/snap", answer));
        LatencyRecorder reported = new LatencyRecorder();
        List<String> pending = new ArrayList<>(names);
        calls.await("all " + count + " snapshots reported", () -> {
            pending.removeIf(name -> {
                boolean taken = calls.taken(name, "snap");
                if (taken) {
                    reported.recordSince(start);
                }
                return taken;
            });
            if (!pending.isEmpty()) {
                pause(BULK_POLL);
            }
            return pending.isEmpty();
        });
        long allNanos = System.nanoTime() - start;
        report.setup(String.format(
                Locale.ROOT,
                "many: %d resources, one %d MiB volume each, diskful on 3 nodes; a "
                        + "snapshot of each asked for at once (%d calls without waiting for answers)",
                count,
                sizeMib,
                count));
        report.latency(
                "first call to each snapshot's answer", acknowledged.summary(), OptionalDouble.empty(), Check.NONE);
        report.latency(
                "first call to each snapshot reported on all 3 replicas",
                reported.summary(),
                OptionalDouble.of(Figures.perSecond(count, allNanos)),
                Check.NONE);
        report.value(
                "first call to all " + Figures.count(count) + " snapshots reported",
                Figures.seconds(allNanos),
                Check.NONE);
    }

    private static Path volumeFile(BenchCluster cluster, String node, String resource) {
        return cluster.poolDirectory(node).resolve(resource + "_00000.img");
    }

    private static String fileSystem(Path dir) {
        try {
            return Files.getFileStore(dir).type();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code cp --reflink=always} works in {@code dir}: then FILE_THIN snapshots share blocks. */
    private static String copyKind(Path dir) {
        try {
            Path source = Files.writeString(dir.resolve("reflink-probe"), "probe");
            Process cp = new ProcessBuilder(
                            "cp",
                            "--reflink=always",
                            source.toString(),
                            dir.resolve("reflink-probe.copy").toString())
                    .redirectErrorStream(true)
                    .start();
            cp.getInputStream().readAllBytes();
            boolean reflinks = cp.waitFor() == 0;
            Files.deleteIfExists(dir.resolve("reflink-probe.copy"));
            Files.delete(source);
            return reflinks ? "reflink copies" : "no reflinks here: sparse copies of the written blocks";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void say(PrintWriter progress, String format, Object... args) {
        progress.printf(format + " ...%n", args);
        progress.flush();
    }
}

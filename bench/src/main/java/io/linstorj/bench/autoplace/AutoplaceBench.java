package io.linstorj.bench.autoplace;

import io.linstorj.bench.Check;
import io.linstorj.bench.Figures;
import io.linstorj.bench.Machine;
import io.linstorj.bench.Report;
import io.linstorj.bench.ScenarioOptions;
import io.linstorj.bench.Target;
import io.linstorj.bench.cluster.BenchCluster;
import io.linstorj.controller.placement.AutoSelectFilter;
import io.linstorj.controller.placement.Placer;
import io.linstorj.controller.placement.ResourceToPlace;
import io.linstorj.launcher.TempDirectory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
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
 * {@code bench autoplace}: the placer's decision time on a large made-up cluster, and placing
 * resources through the controller on a running 3-node cluster.
 */
@Command(
        name = "autoplace",
        mixinStandardHelpOptions = true,
        description =
                "Autoplace: decision time of the placer alone on a made-up cluster (100 nodes x 2 pools, "
                        + "10,000 resources x 3 replicas), then AutoPlaceRsc calls through the controller on a 3-satellite cluster.")
public final class AutoplaceBench implements Callable<Integer> {
    static final Target DECISION = Target.below("p50 < 5 ms (100 nodes x 2 pools, 10,000 rsc)", 5);
    private static final long NEW_VOLUME_KIB = 10L * 1024 * 1024;
    private static final long SEED = 42;

    @Mixin
    private ScenarioOptions options;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--nodes",
            defaultValue = "100",
            description = "Nodes of the made-up cluster (default: ${DEFAULT-VALUE}).")
    private int nodes;

    @Option(
            names = "--existing",
            defaultValue = "10000",
            description = "Resources already on the made-up cluster, 3 replicas each (default: ${DEFAULT-VALUE}).")
    private int existing;

    @Option(names = "--decisions", description = "Timed decisions per filter (default: 2000; quick: 200).")
    private Integer decisions;

    @Option(names = "--resources", description = "Resources placed through the controller (default: 1000; quick: 20).")
    private Integer resources;

    @Option(
            names = "--place-count",
            defaultValue = "2",
            description =
                    "Diskful replicas per resource placed through the controller (1-3; default: ${DEFAULT-VALUE}).")
    private int placeCount;

    @Option(
            names = "--size-kib",
            defaultValue = "1024",
            description = "Volume size in KiB (default: ${DEFAULT-VALUE}).")
    private long sizeKib;

    @Option(names = "--no-cluster", description = "Skip the part that needs satellite processes.")
    private boolean noCluster;

    @Override
    public Integer call() throws InterruptedException {
        if (nodes < 3 || existing < 0 || placeCount < 1 || placeCount > 3 || sizeKib < 1) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--nodes must be at least 3, --existing at least 0, --place-count 1-3, --size-kib at least 1");
        }
        PrintWriter progress = spec.commandLine().getErr();
        Report report = new Report("autoplace", Machine.current());
        measureDecisions(report, progress);
        try (TempDirectory dir = TempDirectory.create("autoplace", options.keepData())) {
            measureThroughController(report, dir.path(), progress);
        }
        report.print(spec.commandLine().getOut());
        return 0;
    }

    private void measureDecisions(Report report, PrintWriter progress) {
        int measured = decisions == null ? options.pick(2000, 200) : decisions;
        int warmUps = Math.max(100, measured / 2);
        progress.printf(
                "building the made-up cluster (%d nodes, %d resources) and timing %d decisions per filter ...%n",
                nodes, existing, warmUps + measured);
        progress.flush();
        DecisionTiming timing = new DecisionTiming(
                new Placer(), new SyntheticCluster(nodes, existing, SEED).candidates(), warmUps, measured);
        report.setup(String.format(
                Locale.ROOT,
                "placer alone (io.linstorj.controller.placement.Placer, one thread): "
                        + "%d nodes x 2 pools (every 20th offline), %s existing resources x 3 replicas; new resource of 10 GiB; "
                        + "%d warm-up + %d timed decisions per filter",
                nodes,
                Figures.count(existing),
                warmUps,
                measured));
        ResourceToPlace resource = ResourceToPlace.unplaced("newresource", List.of(NEW_VOLUME_KIB));
        filters().forEach((name, filter) -> {
            DecisionTiming.Result result = timing.run(filter, resource);
            report.latency(
                    "decision: " + name,
                    result.decisions(),
                    OptionalDouble.empty(),
                    Check.ofIf(
                            nodes >= 100 && existing >= 10_000,
                            DECISION,
                            result.decisions().p50Millis(),
                            "a smaller cluster"));
            report.note("decision '" + name + "': " + result.outcome());
        });
    }

    private static Map<String, AutoSelectFilter> filters() {
        Map<String, AutoSelectFilter> filters = new LinkedHashMap<>();
        filters.put("place_count 3", AutoSelectFilter.ofPlaceCount(3));
        filters.put(
                "place_count 3, storage_pool thin",
                AutoSelectFilter.builder().placeCount(3).storagePool("thin").build());
        filters.put(
                "place_count 3, replicas_on_different rack",
                AutoSelectFilter.builder()
                        .placeCount(3)
                        .replicasOnDifferent(List.of("rack"))
                        .build());
        filters.put(
                "place_count 2, not_place_with_rsc_regex",
                AutoSelectFilter.builder()
                        .placeCount(2)
                        .notPlaceWithRscRegex("^existing0000")
                        .build());
        return filters;
    }

    private void measureThroughController(Report report, Path dir, PrintWriter progress) throws InterruptedException {
        int count = resources == null ? options.pick(1000, 20) : resources;
        String figure =
                "AutoPlaceRsc of " + Figures.count(count) + " resources (place_count " + placeCount + ") on 3 nodes";
        if (noCluster) {
            report.value(figure, "skipped (--no-cluster)", Check.NONE);
            return;
        }
        try (BenchCluster cluster = BenchCluster.start(dir.resolve("cluster"), 3, progress)) {
            progress.printf("placing %d resources through the controller ...%n", count);
            progress.flush();
            ClusterAutoplace.Result result = new ClusterAutoplace(
                            cluster.uri(), count, placeCount, sizeKib, Duration.ofMinutes(options.pick(10, 2)))
                    .run();
            report.setup("through the controller: in-process controller, 3 satellite processes, " + count
                    + " resources defined first (" + sizeKib + " KiB), then one AutoPlaceRsc each "
                    + "(Linstor.resourceAutoPlace), one client");
            report.latency(
                    figure,
                    result.calls(),
                    OptionalDouble.of(Figures.perSecond(result.calls().count(), result.callsNanos())),
                    Check.NONE);
            report.value(
                    "first AutoPlaceRsc to every placed volume UpToDate",
                    result.untilUpToDateNanos().isPresent()
                            ? Figures.seconds(result.untilUpToDateNanos().getAsLong())
                            : "not within the time limit",
                    Check.NONE);
            report.value(
                    "diskful replicas per node after placing",
                    result.diskfulPerNode().toString(),
                    Check.NONE);
            if (result.refused() > 0) {
                report.note(result.refused() + " AutoPlaceRsc calls were refused");
            }
        }
    }
}

package io.linstorj.bench.events;

import io.linstorj.bench.Check;
import io.linstorj.bench.LatencyRecorder;
import io.linstorj.bench.Machine;
import io.linstorj.bench.Report;
import io.linstorj.bench.ScenarioOptions;
import io.linstorj.bench.Target;
import io.linstorj.bench.cluster.BenchCluster;
import io.linstorj.bench.cluster.ReadyTiming;
import io.linstorj.bench.cluster.ResourcePlan;
import io.linstorj.bench.watch.ControllerClock;
import io.linstorj.bench.watch.EventLog;
import io.linstorj.bench.watch.Watchers;
import io.linstorj.client.Linstor;
import io.linstorj.launcher.TempDirectory;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench events}: how fast a satellite's state change reaches watching clients, for one
 * watcher and for many at once.
 */
@Command(
        name = "events",
        mixinStandardHelpOptions = true,
        description = "Event latency: from the controller applying a satellite's disk-state report to a watching "
                + "client's callback, with 1 watcher and with N watchers at once (one connection each, or sharing "
                + "--connections); and from the resource-create acknowledgement to the ready event. Controller in this "
                + "JVM, 3 satellite processes.")
public final class EventsBench implements Callable<Integer> {
    static final Target LATENCY = Target.below("p99 < 10 ms (loopback)", 10);
    private static final int SATELLITES = 3;

    @Mixin
    private ScenarioOptions options;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--watchers", description = "Concurrent watchers of the second phase (default: 100; quick: 10).")
    private Integer watchers;

    @Option(
            names = "--connections",
            description = "Client connections the watchers of the second phase share, round-robin (default: one per "
                    + "watcher). Each connection has its own I/O thread, each watch its own handler thread.")
    private Integer connections;

    @Option(names = "--resources", description = "Resources deployed per phase (default: 20; quick: 3).")
    private Integer resources;

    @Option(
            names = "--warm-up",
            description =
                    "Resources deployed first in each phase, not measured (default: 5; "
                            + "quick: 1). They let the JIT compile the paths of this phase's fan-out before the figures are taken.")
    private Integer warmUp;

    @Option(
            names = "--size-kib",
            defaultValue = "1024",
            description = "Volume size in KiB (default: ${DEFAULT-VALUE}).")
    private long sizeKib;

    @Override
    public Integer call() throws InterruptedException {
        int watcherCount = watchers == null ? options.pick(100, 10) : watchers;
        int count = resources == null ? options.pick(20, 3) : resources;
        int connectionCount = connections == null ? watcherCount : connections;
        int warmUpCount = warmUp == null ? options.pick(5, 1) : warmUp;
        if (watcherCount < 1
                || count < 1
                || sizeKib < 1
                || connectionCount < 1
                || connectionCount > watcherCount
                || warmUpCount < 0) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--watchers, --resources and --size-kib "
                            + "must be at least 1, --connections 1 to --watchers, --warm-up at least 0");
        }
        PrintWriter progress = spec.commandLine().getErr();
        Report report = new Report("events", Machine.current());
        report.setup("controller in this JVM (H2 in a temp dir), " + SATELLITES + " satellite processes; per phase "
                + count + " resources (+" + warmUpCount + " warm-up) deployed one at a time, 2 diskful + 1 diskless");
        try (TempDirectory dir = TempDirectory.create("events", options.keepData());
                BenchCluster cluster = BenchCluster.start(dir.path(), SATELLITES, progress);
                Linstor lin = Linstor.connect(cluster.uri())) {
            ControllerClock clock = ControllerClock.attach(cluster.controller());
            measure(report, new Phase("one", 1, 1, warmUpCount, count), cluster, lin, clock, progress);
            measure(
                    report,
                    new Phase("fan", watcherCount, connectionCount, warmUpCount, count),
                    cluster,
                    lin,
                    clock,
                    progress);
        }
        report.note("latency: t0 = the in-process controller applied the satellite's report of a new disk state "
                + "(an ObservedState listener, right after the event hub's feeder); t1 = the watch's event handler got "
                + "it (Linstor.watchEventsAsync: the connection's I/O thread hands the frame to the watch's own thread). "
                + "Same JVM, same clock. Every VlmDiskState of the measured resources counts, for every watcher.");
        report.note("hub: when the controller's event hub delivered the event to a probe watch in this JVM; the "
                + "probe sits somewhere in the hub's loop over all watches, so 'hub -> callback' includes the rest of "
                + "that loop for watches after the probe.");
        report.note("spread: per disk state, last watcher's arrival minus first watcher's. CPU: over the measured "
                + "deployments, this JVM's threads by name (Java thread CPU time; JIT, GC and VM threads from /proc), "
                + "and the satellite processes.");
        if (connectionCount < watcherCount) {
            report.note("watches sharing a connection: the client offers every Event frame of a connection to each "
                    + "of its watches, which parse it to check the watch id, so the I/O thread's work per event grows "
                    + "with the square of the watches per connection.");
        }
        report.print(spec.commandLine().getOut());
        return 0;
    }

    /**
     * A phase: its resources' name prefix, how many watchers listen on how many connections, and
     * how many resources it deploys unmeasured, then measured.
     */
    private record Phase(String prefix, int watchers, int connections, int warmUps, int measured) {
        String who() {
            return watchers == 1
                    ? "1 watcher"
                    : watchers + " watchers on " + (connections == watchers ? "as many" : connections) + " connections";
        }
    }

    private void measure(
            Report report, Phase phase, BenchCluster cluster, Linstor lin, ControllerClock clock, PrintWriter progress)
            throws InterruptedException {
        progress.printf("%s: deploying %d + %d resources ...%n", phase.who(), phase.warmUps(), phase.measured());
        progress.flush();
        EventLog log = new EventLog(phase.watchers());
        List<Long> satellites =
                cluster.satellites().stream().map(s -> s.process().pid()).toList();
        try (Watchers watchers = Watchers.open(cluster.uri(), log, phase.connections())) {
            ReadyTiming timing = new ReadyTiming(lin, log, sizeKib, Duration.ofSeconds(60));
            deploy(phase, timing, cluster.nodeNames(), 0, phase.warmUps(), new LatencyRecorder());
            CpuUse start = CpuUse.now(satellites);
            LatencyRecorder endToEnd = new LatencyRecorder();
            Set<String> measured = deploy(
                    phase, timing, cluster.nodeNames(), phase.warmUps(), phase.warmUps() + phase.measured(), endToEnd);
            CpuUse end = CpuUse.now(satellites);
            addFigures(report, phase, Deliveries.of(clock, log, measured), endToEnd, log);
            report.note("CPU while deploying the measured resources, " + phase.who() + ": "
                    + end.since(start, Runtime.getRuntime().availableProcessors()));
        }
    }

    /** Deploys resources {@code from} to {@code to} (exclusive) of a phase one at a time; returns their names. */
    private Set<String> deploy(
            Phase phase, ReadyTiming timing, List<String> nodes, int from, int to, LatencyRecorder endToEnd)
            throws InterruptedException {
        Set<String> deployed = new HashSet<>();
        for (int i = from; i < to; i++) {
            ResourcePlan plan =
                    ResourcePlan.spread(String.format(Locale.ROOT, "%s%03d", phase.prefix(), i), nodes, i, 2, 1);
            endToEnd.record(timing.deploy(plan).acknowledgedToReadyNanos());
            deployed.add(plan.name());
        }
        return deployed;
    }

    private static void addFigures(
            Report report, Phase phase, Deliveries deliveries, LatencyRecorder endToEnd, EventLog log) {
        String who = phase.who();
        report.latency(
                "state observed -> callback, " + who,
                deliveries.latency(),
                OptionalDouble.empty(),
                Check.of(LATENCY, deliveries.latency().p99Millis()));
        report.latency(
                "  of which observed -> hub delivers (probe)", deliveries.toHub(), OptionalDouble.empty(), Check.NONE);
        report.latency(
                "  of which hub delivers (probe) -> callback",
                deliveries.fromHub(),
                OptionalDouble.empty(),
                Check.NONE);
        if (phase.watchers() > 1) {
            report.latency(
                    "spread first -> last of " + who + " per state",
                    deliveries.spread(),
                    OptionalDouble.empty(),
                    Check.NONE);
        }
        report.latency(
                "last CrtRsc acknowledged -> all ready events, " + who,
                endToEnd.summary(),
                OptionalDouble.empty(),
                Check.NONE);
        report.value(
                "disk states measured / deliveries missing, " + who,
                deliveries.states() + " / "
                        + deliveries.missing()
                        + (log.endedWatches() > 0
                                ? " (" + log.endedWatches() + " watches ended early, first " + log.firstEnd() + ")"
                                : ""),
                Check.NONE);
    }
}

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
import io.linstorj.bench.cluster.TempDirectory;
import io.linstorj.bench.watch.EventLog;
import io.linstorj.bench.watch.EventStream;
import io.linstorj.bench.watch.StateChangeClock;
import io.linstorj.client.Linstor;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
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
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Event latency: from the controller applying a satellite's disk-state report to a watching "
        + "client receiving the event, with 1 watcher and with N watchers (N connections) at once; and from "
        + "the resource-create acknowledgement to the ready event. Controller in this JVM, 3 satellite processes.")
public final class EventsBench implements Callable<Integer> {
    static final Target LATENCY = Target.below("p99 < 10 ms (loopback)", 10);
    private static final int SATELLITES = 3;
    private static final int WARM_UP_RESOURCES = 2;

    @Mixin
    private ScenarioOptions options;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--watchers", description = "Concurrent watchers, one connection each (default: 100; quick: 10).")
    private Integer watchers;

    @Option(names = "--resources", description = "Resources deployed per phase (default: 20; quick: 3).")
    private Integer resources;

    @Option(names = "--size-kib", defaultValue = "1024", description = "Volume size in KiB (default: ${DEFAULT-VALUE}).")
    private long sizeKib;

    @Override
    public Integer call() throws InterruptedException {
        int watcherCount = watchers == null ? options.pick(100, 10) : watchers;
        int count = resources == null ? options.pick(20, 3) : resources;
        if (watcherCount < 1 || count < 1 || sizeKib < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                "--watchers, --resources and --size-kib must be at least 1");
        }
        PrintWriter progress = spec.commandLine().getErr();
        Report report = new Report("events", Machine.current());
        report.setup("controller in this JVM (H2 in a temp dir), " + SATELLITES + " satellite processes; per phase "
            + count + " resources (+" + WARM_UP_RESOURCES + " warm-up) deployed one at a time, 2 diskful + 1 diskless");
        try (TempDirectory dir = TempDirectory.create("events", options.keepData());
             BenchCluster cluster = BenchCluster.start(dir.path(), SATELLITES, progress);
             Linstor lin = Linstor.connect(cluster.uri())) {
            StateChangeClock clock = new StateChangeClock();
            cluster.controller().observedState().addListener(clock);
            measure(report, new Phase("one", 1), cluster, lin, clock, count, progress);
            measure(report, new Phase("fan", watcherCount), cluster, lin, clock, count, progress);
        }
        report.note("latency: t0 = the in-process controller applied the satellite's report of a new disk state "
            + "(an ObservedState listener, right after the event hub's feeder); t1 = the Event frame reached the "
            + "client connection's listener (a raw CrtWatch subscription on the I/O thread; Linstor.watchEvents "
            + "is not on this branch yet). Same JVM, same clock. Every VlmDiskState of the measured resources counts.");
        report.note("spread: per disk state, last watcher's arrival minus first watcher's.");
        report.print(spec.commandLine().getOut());
        return 0;
    }

    /** A phase: its resources' name prefix and how many watchers listen. */
    private record Phase(String prefix, int watchers) {
    }

    private void measure(Report report, Phase phase, BenchCluster cluster, Linstor lin, StateChangeClock clock,
                         int count, PrintWriter progress) throws InterruptedException {
        progress.printf("%d watcher(s): deploying %d resources ...%n", phase.watchers(), WARM_UP_RESOURCES + count);
        progress.flush();
        EventLog log = new EventLog(phase.watchers());
        List<EventStream> streams = new ArrayList<>();
        try {
            for (int w = 0; w < phase.watchers(); w++) {
                streams.add(EventStream.open(cluster.uri(), log, w));
            }
            LatencyRecorder endToEnd = new LatencyRecorder();
            Set<String> measured = deploy(phase, new ReadyTiming(lin, log, sizeKib, Duration.ofSeconds(60)),
                cluster.nodeNames(), count, endToEnd);
            addFigures(report, phase, Deliveries.of(clock, log, measured), endToEnd, log.overflows());
        } finally {
            streams.forEach(EventStream::close);
        }
    }

    /** Deploys warm-up and measured resources one at a time; returns the measured ones' names. */
    private Set<String> deploy(Phase phase, ReadyTiming timing, List<String> nodes, int count,
                               LatencyRecorder endToEnd) throws InterruptedException {
        Set<String> measured = new HashSet<>();
        for (int i = 0; i < WARM_UP_RESOURCES + count; i++) {
            ResourcePlan plan = ResourcePlan.spread(String.format(Locale.ROOT, "%s%03d", phase.prefix(), i),
                nodes, i, 2, 1);
            ReadyTiming.Timing result = timing.deploy(plan);
            if (i >= WARM_UP_RESOURCES) {
                measured.add(plan.name());
                endToEnd.record(result.acknowledgedToReadyNanos());
            }
        }
        return measured;
    }

    private static void addFigures(Report report, Phase phase, Deliveries deliveries, LatencyRecorder endToEnd,
                                   int overflows) {
        String who = phase.watchers() == 1 ? "1 watcher" : phase.watchers() + " watchers";
        report.latency("state observed -> event received, " + who, deliveries.latency(), OptionalDouble.empty(),
            Check.of(LATENCY, deliveries.latency().p99Millis()));
        if (phase.watchers() > 1) {
            report.latency("spread first -> last of " + who + " per state", deliveries.spread(),
                OptionalDouble.empty(), Check.NONE);
        }
        report.latency("last CrtRsc acknowledged -> all ready events, " + who, endToEnd.summary(),
            OptionalDouble.empty(), Check.NONE);
        report.value("disk states measured / deliveries missing, " + who, deliveries.states() + " / "
            + deliveries.missing() + (overflows > 0 ? " (" + overflows + " watches overflowed)" : ""), Check.NONE);
    }
}

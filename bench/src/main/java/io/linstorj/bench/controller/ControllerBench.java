package io.linstorj.bench.controller;

import io.linstorj.bench.Check;
import io.linstorj.bench.Figures;
import io.linstorj.bench.Machine;
import io.linstorj.bench.Replies;
import io.linstorj.bench.Report;
import io.linstorj.bench.ScenarioOptions;
import io.linstorj.bench.Target;
import io.linstorj.client.Linstor;
import io.linstorj.client.internal.ControllerAddress;
import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.launcher.TempDirectory;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench controller}: acknowledged mutations per second from concurrent clients, listing
 * every resource definition, and the controller's start-up time with them in the database.
 */
@Command(
        name = "controller",
        mixinStandardHelpOptions = true,
        description = "Controller throughput and latency: N clients creating resource definitions with a volume "
                + "definition each (2 durable calls), listing all definitions, and start-up time with them in the database. "
                + "Against an in-process controller in a temp dir (H2), or --uri (repeatable: the same load and lists "
                + "over each URI, side by side, e.g. linstor:// and http:// of one controller).")
public final class ControllerBench implements Callable<Integer> {
    static final Target MUTATIONS = Target.atLeast(">= 2,000 calls/s (16 clients)", 2000);
    static final Target LIST = Target.below("p50 < 50 ms (10,000 rds)", 50);
    static final Target STARTUP = Target.below("< 3 s (10,000 rds)", 3);
    private static final int TARGET_CLIENTS = 16;
    private static final int TARGET_DEFINITIONS = 10_000;
    private static final String PORT_RANGE_PROPERTY = "TcpPortAutoRange";
    private static final String PORT_RANGE = "7000-59999";

    @Mixin
    private ScenarioOptions options;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--clients",
            description = "Concurrent clients, each on its own connection (default: 16; quick: 4).")
    private Integer clients;

    @Option(
            names = "--rds",
            description = "Resource definitions to create in all, warm-up included " + "(default: 10000; quick: 200).")
    private Integer definitions;

    @Option(
            names = "--calls-per-client",
            description = "Mutating calls per client (2 per definition); " + "overrides --rds.")
    private Integer callsPerClient;

    @Option(names = "--lists", description = "Timed lists of all definitions (default: 20; quick: 3).")
    private Integer lists;

    @Option(
            names = "--uri",
            description = "A running controller (linstor://127.0.0.1:PORT or http://127.0.0.1:PORT, "
                    + "loopback only) instead of an in-process one; start-up is then not measured. Repeat it to measure "
                    + "each transport of one controller in one run.")
    private List<String> uris = List.of();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter progress = spec.commandLine().getErr();
        Report report = new Report("controller", Machine.current());
        if (!uris.isEmpty()) {
            uris.forEach(this::requireLoopback);
            report.setup("controller at " + String.join(" and ", uris) + " (given); start-up not measured");
            measureLoadAndList(report, uris, progress);
        } else {
            try (TempDirectory dir = TempDirectory.create("controller", options.keepData())) {
                Path dataDir = dir.path().resolve("controller");
                report.setup("in-process controller, H2 in " + dataDir + " (temp, deleted afterwards)");
                try (Controller controller =
                        Controller.start(ControllerConfig.defaults(dataDir).withListen("127.0.0.1", 0))) {
                    String local = "linstor://127.0.0.1:" + controller.address().getPort();
                    widenPortRange(report, local);
                    measureLoadAndList(report, List.of(local), progress);
                }
                measureStartup(report, new StartupTiming(dataDir), dir.path(), progress);
            }
        }
        report.print(out);
        return 0;
    }

    /**
     * Every resource definition takes a DRBD TCP port, and the default range 7000-7999 holds only
     * 1,000 of them.
     */
    private static void widenPortRange(Report report, String controllerUri) {
        try (Linstor lin = Linstor.connect(controllerUri)) {
            Replies.requireNoError(
                    "setting " + PORT_RANGE_PROPERTY, lin.controllerSetProp(PORT_RANGE_PROPERTY, PORT_RANGE));
        }
        report.setup("controller property " + PORT_RANGE_PROPERTY + "=" + PORT_RANGE
                + " (the default 7000-7999 holds only 1,000 resource definitions)");
    }

    private void requireLoopback(String controllerUri) {
        if (!isLoopback(ControllerAddress.parse(controllerUri).host())) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--uri must name localhost or a loopback address (127.0.0.0/8, ::1): " + controllerUri);
        }
    }

    /** Decides without a name lookup: only {@code localhost} and address literals are accepted. */
    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+") && !host.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private MutationLoad load(String controllerUri) {
        int clientCount = clients == null ? options.pick(16, 4) : clients;
        if (clientCount < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--clients must be at least 1");
        }
        int perClient = callsPerClient != null
                ? callsPerClient / 2
                : (definitions == null ? options.pick(10_000, 200) : definitions) / clientCount;
        if (perClient < 2) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "too few definitions per client (" + perClient + "): raise --rds or --calls-per-client");
        }
        int warmUp = Math.min(50, Math.max(1, perClient / 10));
        String prefix = String.format(
                Locale.ROOT, "bench%04x", ThreadLocalRandom.current().nextInt(0x10000));
        return new MutationLoad(controllerUri, clientCount, warmUp, perClient - warmUp, prefix);
    }

    /**
     * The mutations over each URI in turn (each run its own definitions), then the lists over each
     * URI, so that every transport lists the same definitions.
     */
    private void measureLoadAndList(Report report, List<String> controllerUris, PrintWriter progress)
            throws InterruptedException {
        for (String controllerUri : controllerUris) {
            measureLoad(report, controllerUri, transportLabel(controllerUris, controllerUri), progress);
        }
        for (String controllerUri : controllerUris) {
            measureLists(report, controllerUri, transportLabel(controllerUris, controllerUri), progress);
        }
        report.note("mutation latency: each call from request to its acknowledged reply (committed to H2); "
                + "rate = timed calls / wall time of the timed part.");
        report.note(
                "list latency: request to the client's typed view of all definitions with their volume definitions.");
        if (controllerUris.size() > 1) {
            report.note("each transport creates its own definitions, one after the other; the lists follow, "
                    + "so every transport lists all of them.");
        }
    }

    /** {@code ", over http"} when several URIs are measured side by side, else nothing. */
    private static String transportLabel(List<String> controllerUris, String controllerUri) {
        return controllerUris.size() > 1
                ? " over " + ControllerAddress.parse(controllerUri).scheme()
                : "";
    }

    private void measureLoad(Report report, String controllerUri, String label, PrintWriter progress)
            throws InterruptedException {
        MutationLoad load = load(controllerUri);
        report.setup(String.format(
                Locale.ROOT,
                "%s%d clients x %d resource definitions (%d warm-up untimed), "
                        + "each CrtRscDfn + CrtVlmDfn (1 MiB) = 2 acknowledged mutating calls",
                label.isEmpty() ? "" : label.strip() + ": ",
                load.clients(),
                load.warmUpPerClient() + load.timedPerClient(),
                load.warmUpPerClient()));
        progress.printf(
                "creating %s resource definitions with %d clients%s ...%n",
                Figures.count(load.definitions()), load.clients(), label);
        progress.flush();
        MutationLoad.Result mutations = load.run();
        double rate = Figures.perSecond(mutations.calls().count(), mutations.wallNanos());
        report.latency(
                "mutating calls (CrtRscDfn, CrtVlmDfn), " + load.clients() + " clients" + label,
                mutations.calls(),
                OptionalDouble.of(rate),
                mutations.refused() > 0
                        ? Check.notComparable(MUTATIONS, Figures.count(mutations.refused()) + " refused")
                        : Check.ofIf(load.clients() == TARGET_CLIENTS, MUTATIONS, rate, load.clients() + " clients"));
        if (mutations.refused() > 0) {
            report.note(mutations.refused() + " calls" + label + " were refused, e.g. " + mutations.firstRefusals());
        }
    }

    private void measureLists(Report report, String controllerUri, String label, PrintWriter progress) {
        ListTiming listing =
                new ListTiming(controllerUri, options.pick(3, 1), lists == null ? options.pick(20, 3) : lists);
        progress.printf("listing resource definitions %d times%s ...%n", listing.warmUps() + listing.measured(), label);
        progress.flush();
        ListTiming.Result result = listing.run();
        report.latency(
                "list " + Figures.count(result.definitions()) + " resource definitions (LstRscDfn)" + label,
                result.lists(),
                OptionalDouble.empty(),
                Check.ofIf(
                        result.definitions() >= TARGET_DEFINITIONS,
                        LIST,
                        result.lists().p50Millis(),
                        "only " + Figures.count(result.definitions()) + " rds"));
    }

    private void measureStartup(Report report, StartupTiming startup, Path dir, PrintWriter progress) {
        int runs = options.pick(3, 1);
        progress.printf("restarting the controller %d times in this JVM and once as a process ...%n", runs);
        progress.flush();
        StartupTiming.InProcess inProcess = startup.inProcess(runs);
        boolean comparable = inProcess.definitions() >= TARGET_DEFINITIONS;
        String whyNot = "only " + Figures.count(inProcess.definitions()) + " rds";
        report.latency(
                "start-up in this JVM with " + Figures.count(inProcess.definitions()) + " rds",
                inProcess.starts(),
                OptionalDouble.empty(),
                Check.ofIf(comparable, STARTUP, inProcess.starts().p50Nanos() / 1e9, whyNot));
        StartupTiming.SeparateProcess process = startup.separateProcess(dir.resolve("logs/controller-process.log"));
        report.value(
                "start-up as a process, fork to LISTENING (JVM start included)",
                Figures.seconds(process.untilListeningNanos()),
                Check.ofIf(comparable, STARTUP, process.untilListeningNanos() / 1e9, whyNot));
        report.value(
                "  of which the controller logged (database open to port bound)",
                process.reportedMillis().isPresent() ? process.reportedMillis().getAsLong() + " ms" : "not logged",
                Check.NONE);
        report.note("start-up in this JVM: Controller.start() until it returns (database loaded, port bound), "
                + "classes already loaded by earlier runs.");
    }
}

package io.linstorj.bench.rest;

import io.linstorj.bench.Figures;
import io.linstorj.bench.Machine;
import io.linstorj.bench.Report;
import io.linstorj.bench.ScenarioOptions;
import io.linstorj.bench.cluster.ProcessCpu;
import io.linstorj.bench.cluster.ProcessMemory;
import io.linstorj.launcher.TempDirectory;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench rest}: the REST API of a controller process, as LINSTOR's Python clients use it.
 * Pairs (resource definition + volume definition) per second from 1 and from many clients, the
 * rate with 10,000 definitions against the rate with few, listing the definitions, the resource
 * view with 10,000 (diskless, offline) resources, and the controller's RSS.
 */
@Command(
        name = "rest",
        mixinStandardHelpOptions = true,
        description = "REST API v1 of a controller process started by the bench (ephemeral ports on 127.0.0.1): "
                + "pairs/s (POST resource definition + volume definition) with 1 and N HttpClients, the 1-client rate "
                + "at 10,000 definitions against the early one, GET of 10,000 definitions with volume definitions, "
                + "GET /v1/view/resources with 10,000 resources, the controller's RSS.")
public final class RestBench implements Callable<Integer> {
    private static final String PORT_RANGE = "7000-59999";

    @Mixin
    private ScenarioOptions options;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--clients", description = "Concurrent clients of the middle phase (default: 16; quick: 4).")
    private Integer clients;

    @Option(names = "--warm-up", description = "Untimed pairs by 1 client first (default: 200; quick: 20).")
    private Integer warmUp;

    @Option(
            names = "--step",
            description = "Timed pairs of the early and of the late 1-client phase " + "(default: 2000; quick: 50).")
    private Integer step;

    @Option(
            names = "--definitions",
            description =
                    "Definitions when the list is timed and the late phase " + "starts (default: 10000; quick: 300).")
    private Integer definitions;

    @Option(
            names = "--resources",
            description = "Diskless resources for the resource view " + "(default: 10000; quick: 300).")
    private Integer resources;

    @Option(names = "--nodes", description = "Offline nodes holding the resources (default: 3).")
    private Integer nodes;

    @Option(names = "--lists", description = "Timed GETs of the definitions (default: 20; quick: 3).")
    private Integer lists;

    @Option(names = "--views", description = "Timed GETs of the resource view (default: 20; quick: 3).")
    private Integer views;

    /** The counts the options ask for, defaults filled in. */
    RestPlan plan() {
        return new RestPlan(
                clients != null ? clients : options.pick(16, 4),
                warmUp != null ? warmUp : options.pick(200, 20),
                step != null ? step : options.pick(2000, 50),
                definitions != null ? definitions : options.pick(10_000, 300),
                resources != null ? resources : options.pick(10_000, 300),
                nodes != null ? nodes : 3,
                lists != null ? lists : options.pick(20, 3),
                views != null ? views : options.pick(20, 3));
    }

    @Override
    public Integer call() throws Exception {
        RestPlan plan = plan();
        plan.problem().ifPresent(problem -> {
            throw new CommandLine.ParameterException(spec.commandLine(), problem);
        });
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter progress = spec.commandLine().getErr();
        Report report = new Report("rest", Machine.current());
        DefinitionNames names = new DefinitionNames(
                String.format(Locale.ROOT, "rb%04x", ThreadLocalRandom.current().nextInt(0x10000)));
        try (TempDirectory dir = TempDirectory.create("rest", options.keepData());
                RestController controller = RestController.start(
                        dir.path().resolve("controller"), dir.path().resolve("logs/controller.log"))) {
            report.setup("controller process (linstorj controller, pid " + controller.pid() + ", H2 in " + dir.path()
                    + ", temp), REST at " + controller.base());
            RestFigures figures = measure(plan, names, controller, progress);
            figures.addTo(report);
        }
        report.print(out);
        return 0;
    }

    private static RestFigures measure(
            RestPlan plan, DefinitionNames names, RestController controller, PrintWriter progress) throws Exception {
        try (RestHttp http = new RestHttp(controller.base())) {
            http.post(
                    "/v1/controller/properties", "{\"override_props\":{\"TcpPortAutoRange\":\"" + PORT_RANGE + "\"}}");
        }
        say(progress, "warm-up: %s pairs, 1 client", plan.warmUp());
        if (plan.warmUp() > 0) {
            new PairLoad(controller.base(), names, 1, 0, plan.warmUp()).run();
        }
        long pid = controller.pid();
        say(progress, "early: %s pairs, 1 client", plan.step());
        long cpu = ProcessCpu.nanos(pid);
        long compiler = ProcessCpu.compilerNanos(pid);
        PairLoad.Result early = new PairLoad(controller.base(), names, 1, plan.earlyFirst(), plan.step()).run();
        long earlyCpu = ProcessCpu.nanos(pid) - cpu;
        long earlyCompiler = ProcessCpu.compilerNanos(pid) - compiler;
        say(progress, "%s pairs, %d clients", plan.manyPairs(), plan.clients());
        cpu = ProcessCpu.nanos(pid);
        compiler = ProcessCpu.compilerNanos(pid);
        PairLoad.Result many =
                new PairLoad(controller.base(), names, plan.clients(), plan.manyFirst(), plan.manyPairs()).run();
        long manyCpu = ProcessCpu.nanos(pid) - cpu;
        long manyCompiler = ProcessCpu.compilerNanos(pid) - compiler;
        say(progress, "listing %s definitions %d times", plan.definitions(), plan.lists() + GetTiming.WARM_UPS);
        cpu = ProcessCpu.nanos(pid);
        GetTiming.Result list = new GetTiming(
                        controller.base(),
                        "/v1/resource-definitions?with_volume_definitions=true",
                        GetTiming.WARM_UPS,
                        plan.lists())
                .run("volume_definitions");
        long listCpu = ProcessCpu.nanos(pid) - cpu;
        ProcessMemory memory = ProcessMemory.of(pid);
        say(progress, "late: %s pairs, 1 client", plan.step());
        cpu = ProcessCpu.nanos(pid);
        compiler = ProcessCpu.compilerNanos(pid);
        PairLoad.Result late = new PairLoad(controller.base(), names, 1, plan.definitions(), plan.step()).run();
        long lateCpu = ProcessCpu.nanos(pid) - cpu;
        long lateCompiler = ProcessCpu.compilerNanos(pid) - compiler;
        say(progress, "creating %s diskless resources on %d offline nodes", plan.resources(), plan.nodes());
        cpu = ProcessCpu.nanos(pid);
        long start = System.nanoTime();
        new ResourceSetup(controller.base(), names, plan.clients()).create(plan.nodes(), plan.resources());
        long resourcesNanos = System.nanoTime() - start;
        long resourcesCpu = ProcessCpu.nanos(pid) - cpu;
        say(progress, "GET /v1/view/resources %s times", plan.views() + GetTiming.WARM_UPS);
        cpu = ProcessCpu.nanos(pid);
        GetTiming.Result view =
                new GetTiming(controller.base(), "/v1/view/resources", GetTiming.WARM_UPS, plan.views()).run("volumes");
        long viewCpu = ProcessCpu.nanos(pid) - cpu;
        return new RestFigures(
                plan,
                early,
                many,
                late,
                list,
                view,
                memory,
                resourcesNanos,
                new RestFigures.Cpu(
                        earlyCpu,
                        manyCpu,
                        lateCpu,
                        listCpu,
                        viewCpu,
                        resourcesCpu,
                        new RestFigures.PairCompilerCpu(earlyCompiler, manyCompiler, lateCompiler)));
    }

    private static void say(PrintWriter progress, String format, long count, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = Figures.count(count);
        System.arraycopy(more, 0, args, 1, more.length);
        progress.printf(format + " ...%n", args);
        progress.flush();
    }
}

package io.linstorj.bench.rest;

import io.linstorj.bench.Check;
import io.linstorj.bench.Figures;
import io.linstorj.bench.Report;
import io.linstorj.bench.Target;
import io.linstorj.bench.cluster.ProcessMemory;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Everything one {@code bench rest} run measured, and how it is printed beside the targets.
 *
 * @param plan the counts of the run
 * @param oneClient the early phase
 * @param manyClients the many-client phase
 * @param late the late phase, on top of {@code plan.definitions()}
 * @param list GET of the definitions with their volume definitions, at {@code plan.definitions()}
 * @param view GET of the resource view, with {@code plan.resources()} resources
 * @param memory the controller process at {@code plan.definitions()} definitions, after the list
 * @param resourcesNanos time to create the resources for the view
 * @param cpu the controller process's CPU time in each measured phase
 */
record RestFigures(
        RestPlan plan,
        PairLoad.Result oneClient,
        PairLoad.Result manyClients,
        PairLoad.Result late,
        GetTiming.Result list,
        GetTiming.Result view,
        ProcessMemory memory,
        long resourcesNanos,
        Cpu cpu) {
    static final Target ONE_CLIENT = Target.atLeast(">= 1,500 pairs/s (1 client) [LINSTOR 150]", 1500);
    static final Target MANY_CLIENTS = Target.atLeast(">= 2,000 pairs/s (16 clients) [LINSTOR 169]", 2000);
    static final Target LATE_RATIO = Target.atLeast(">= 90 % of the early rate (10k rds) [LINSTOR 22 pairs/s]", 90);
    static final Target LIST = Target.below("p50 < 25 ms (10,000 rds) [LINSTOR 63 ms]", 25);
    static final Target VIEW = Target.below("p50 < 50 ms (10,000 resources)", 50);
    static final Target MEMORY = Target.below("< 250 MiB (10,000 rds) [LINSTOR 840 MiB]", 250);
    private static final int TARGET_CLIENTS = 16;
    private static final int TARGET_DEFINITIONS = 10_000;

    /**
     * CPU time (user + system) the controller process used during each phase, GET warm-ups included.
     *
     * @param earlyNanos the early 1-client phase
     * @param manyNanos the many-client phase
     * @param lateNanos the late 1-client phase
     * @param listNanos the GETs of the definitions
     * @param viewNanos the GETs of the resource view
     * @param resourcesNanos creating the resources for the view
     * @param compiler the part of the pair phases' time its JIT compiler threads used
     */
    record Cpu(
            long earlyNanos,
            long manyNanos,
            long lateNanos,
            long listNanos,
            long viewNanos,
            long resourcesNanos,
            PairCompilerCpu compiler) {}

    /**
     * CPU time the controller's JIT compiler threads used during each pair phase: work that goes
     * by time while the JIT is still busy, not by pair, so it weighs most per pair where pairs come
     * slowest (one client), and it varies from run to run.
     *
     * @param earlyNanos the early 1-client phase
     * @param manyNanos the many-client phase
     * @param lateNanos the late 1-client phase
     */
    record PairCompilerCpu(long earlyNanos, long manyNanos, long lateNanos) {}

    /** Adds the figures, targets and notes to {@code report}. */
    void addTo(Report report) {
        boolean fullSize = plan.definitions() >= TARGET_DEFINITIONS;
        String small = "only " + Figures.count(plan.definitions()) + " rds";
        report.latency(
                String.format(
                        Locale.ROOT,
                        "pairs, 1 client, rds %s -> %s",
                        Figures.count(plan.earlyFirst()),
                        Figures.count(plan.manyFirst())),
                oneClient.pairs(),
                OptionalDouble.of(oneClient.rate()),
                Check.of(ONE_CLIENT, oneClient.rate()));
        report.latency(
                String.format(
                        Locale.ROOT,
                        "pairs, %d clients, rds %s -> %s",
                        plan.clients(),
                        Figures.count(plan.manyFirst()),
                        Figures.count(plan.definitions())),
                manyClients.pairs(),
                OptionalDouble.of(manyClients.rate()),
                Check.ofIf(
                        plan.clients() == TARGET_CLIENTS,
                        MANY_CLIENTS,
                        manyClients.rate(),
                        plan.clients() + " clients"));
        report.latency(
                String.format(
                        Locale.ROOT,
                        "pairs, 1 client, rds %s -> %s",
                        Figures.count(plan.definitions()),
                        Figures.count(plan.total())),
                late.pairs(),
                OptionalDouble.of(late.rate()),
                Check.NONE);
        report.latency(
                String.format(
                        Locale.ROOT,
                        "GET rds with volume definitions (%s rds, %s vds, %s)",
                        Figures.count(list.items()),
                        Figures.count(list.nestedItems()),
                        Figures.mebibytes(list.bytes() / 1024)),
                list.gets(),
                OptionalDouble.empty(),
                Check.ofIf(
                        list.items() >= TARGET_DEFINITIONS,
                        LIST,
                        list.gets().p50Millis(),
                        "only " + Figures.count(list.items()) + " rds"));
        report.latency(
                String.format(
                        Locale.ROOT,
                        "GET /v1/view/resources (%s resources, %s)",
                        Figures.count(view.items()),
                        Figures.mebibytes(view.bytes() / 1024)),
                view.gets(),
                OptionalDouble.empty(),
                Check.ofIf(
                        view.items() >= TARGET_DEFINITIONS,
                        VIEW,
                        view.gets().p50Millis(),
                        "only " + Figures.count(view.items()) + " resources"));
        double ratio = oneClient.rate() <= 0 ? 0 : 100 * late.rate() / oneClient.rate();
        report.value(
                "late 1-client rate / early 1-client rate",
                String.format(Locale.ROOT, "%.1f %%", ratio),
                Check.ofIf(fullSize, LATE_RATIO, ratio, small));
        double mebibytes = memory.residentKib() / 1024.0;
        report.value(
                "controller RSS with " + Figures.count(plan.definitions()) + " rds (peak so far)",
                Figures.mebibytes(memory.residentKib()) + " (" + Figures.mebibytes(memory.peakResidentKib()) + ")",
                Check.ofIf(fullSize, MEMORY, mebibytes, small));
        report.value(
                "controller CPU per pair: early / " + plan.clients() + " clients / late",
                perOperation(cpu.earlyNanos(), oneClient.pairs().count()) + " / "
                        + perOperation(cpu.manyNanos(), manyClients.pairs().count()) + " / "
                        + perOperation(cpu.lateNanos(), late.pairs().count()) + " ms",
                Check.NONE);
        report.value(
                "  of it the JIT compiler threads: early / " + plan.clients() + " clients / late",
                perOperation(cpu.compiler().earlyNanos(), oneClient.pairs().count()) + " / "
                        + perOperation(
                                cpu.compiler().manyNanos(), manyClients.pairs().count()) + " / "
                        + perOperation(cpu.compiler().lateNanos(), late.pairs().count()) + " ms",
                Check.NONE);
        report.value(
                "controller CPU per GET: definitions / resource view",
                perOperation(cpu.listNanos(), list.gets().count() + GetTiming.WARM_UPS) + " / "
                        + perOperation(cpu.viewNanos(), view.gets().count() + GetTiming.WARM_UPS) + " ms",
                Check.NONE);
        report.value(
                "creating " + Figures.count(plan.resources()) + " diskless resources, " + plan.clients() + " clients",
                Figures.seconds(resourcesNanos),
                Check.NONE);
        report.value(
                "controller CPU creating the resources: total / per resource",
                Figures.seconds(cpu.resourcesNanos()) + " / " + perOperation(cpu.resourcesNanos(), plan.resources())
                        + " ms",
                Check.NONE);
        report.note("a pair: POST /v1/resource-definitions, then POST .../volume-definitions (1 MiB), each answered "
                + "after the commit; latency from the first request to the second answer; rate = pairs / wall time.");
        report.note("every client has its own blocking Apache HttpClient 5, one kept-alive HTTP/1.1 connection "
                + "(as python-linstor); " + Figures.count(plan.warmUp()) + " untimed warm-up pairs by 1 client first.");
        report.note("GET latency: request to the last byte of the body (not parsed while timed).");
        report.note("controller CPU: user + system time of the controller process (/proc/<pid>/stat, 10 ms ticks) "
                + "over the phase / its operations; what the work costs, where a loaded machine inflates the latencies; "
                + "the JIT compiler threads' part (/proc/<pid>/task/*/stat) goes by time, not by pair.");
    }

    private static String perOperation(long nanos, long operations) {
        return operations <= 0 ? "-" : String.format(Locale.ROOT, "%.3f", nanos / 1e6 / operations);
    }
}

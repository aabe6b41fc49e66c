package io.linstorj.bench.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.bench.LatencySummary;
import io.linstorj.bench.Machine;
import io.linstorj.bench.Report;
import io.linstorj.bench.cluster.ProcessMemory;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Option parsing and printing of {@code bench rest}; nothing is started, nothing is timed. */
class RestBenchTest {
    private final StringWriter err = new StringWriter();

    private RestBench parsed(String... args) {
        RestBench bench = new RestBench();
        CommandLine commandLine = new CommandLine(bench);
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.parseArgs(args);
        return bench;
    }

    @Test
    void defaultsAreTheTargetsSizes() {
        RestPlan plan = parsed().plan();

        assertThat(plan).isEqualTo(new RestPlan(16, 200, 2000, 10_000, 10_000, 3, 20, 20));
        assertThat(plan.problem()).isEmpty();
        assertThat(plan.manyFirst()).isEqualTo(2200);
        assertThat(plan.manyPairs()).isEqualTo(7800);
        assertThat(plan.total()).isEqualTo(12_000);
    }

    @Test
    void optionsOverrideTheQuickSizes() {
        RestPlan plan = parsed(
                        "--quick",
                        "--clients",
                        "8",
                        "--warm-up",
                        "0",
                        "--step",
                        "10",
                        "--definitions",
                        "100",
                        "--resources",
                        "50",
                        "--nodes",
                        "2",
                        "--lists",
                        "4",
                        "--views",
                        "5")
                .plan();

        assertThat(plan).isEqualTo(new RestPlan(8, 0, 10, 100, 50, 2, 4, 5));
        assertThat(plan.problem()).isEmpty();
    }

    @Test
    void moreResourcesThanDefinitionsAreRefusedBeforeAnythingStarts() {
        CommandLine commandLine = new CommandLine(new RestBench());
        commandLine.setErr(new PrintWriter(err, true));

        int exitCode =
                commandLine.execute("--warm-up", "0", "--step", "100", "--definitions", "1000", "--resources", "2000");

        assertThat(exitCode).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("--resources (2000) cannot exceed --definitions (1000)");
    }

    @Test
    void tooFewDefinitionsForTheMiddlePhaseAreRefused() {
        assertThat(parsed("--definitions", "2100").plan().problem())
                .hasValueSatisfying(problem -> assertThat(problem).contains("--definitions (2100) must exceed"));
    }

    @Test
    void figuresArePrintedBesideTheirTargets() {
        RestPlan plan = parsed().plan();
        LatencySummary fast = new LatencySummary(2000, 500_000, 700_000, 900_000, 2_000_000, 550_000);
        LatencySummary slow = new LatencySummary(20, 30_000_000, 40_000_000, 45_000_000, 45_000_000, 31_000_000);
        RestFigures figures = new RestFigures(
                plan,
                new PairLoad.Result(fast, 2_000_000_000L),
                new PairLoad.Result(fast, 1_000_000_000L),
                new PairLoad.Result(fast, 4_000_000_000L),
                new GetTiming.Result(slow, 3 * 1024 * 1024, 10_000, 10_000),
                new GetTiming.Result(slow, 5 * 1024 * 1024, 10_000, 10_000),
                new ProcessMemory(200 * 1024, 300 * 1024),
                5_000_000_000L,
                new RestFigures.Cpu(
                        1_000_000_000L,
                        2_000_000_000L,
                        500_000_000L,
                        230_000_000L,
                        460_000_000L,
                        3_000_000_000L,
                        new RestFigures.PairCompilerCpu(400_000_000L, 200_000_000L, 100_000_000L)));
        Report report = new Report("rest", Machine.current());
        figures.addTo(report);
        StringWriter out = new StringWriter();

        report.print(new PrintWriter(out));

        assertThat(out.toString())
                .contains(
                        "LinstorJ bench rest",
                        "pairs, 1 client, rds 200 -> 2,200",
                        "pairs, 16 clients, rds 2,200 -> 10,000",
                        "pairs, 1 client, rds 10,000 -> 12,000",
                        "GET rds with volume definitions (10,000 rds, 10,000 vds, 3.0 MiB)",
                        "GET /v1/view/resources (10,000 resources, 5.0 MiB)",
                        "50.0 %",
                        "200.0 MiB (300.0 MiB)",
                        "5.00 s",
                        "0.500 / 1.000 / 0.250 ms",
                        "0.200 / 0.100 / 0.050 ms",
                        "10.000 / 20.000 ms",
                        "3.00 s / 0.300 ms");
        assertThat(out.toString().lines().filter(line -> line.contains("NOT met")))
                .hasSize(3)
                .anySatisfy(line -> assertThat(line).contains("pairs, 1 client, rds 200"))
                .anySatisfy(line -> assertThat(line).contains("GET rds"))
                .anySatisfy(line -> assertThat(line).contains("late 1-client rate"));
    }
}

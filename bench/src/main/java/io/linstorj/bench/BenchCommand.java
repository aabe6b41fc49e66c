package io.linstorj.bench;

import io.linstorj.bench.autoplace.AutoplaceBench;
import io.linstorj.bench.controller.ControllerBench;
import io.linstorj.bench.events.EventsBench;
import io.linstorj.bench.rest.RestBench;
import io.linstorj.bench.satellites.SatellitesBench;
import io.linstorj.bench.snapshots.SnapshotsBench;
import io.linstorj.bench.testcluster.TestClusterBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bench} command: benchmark scenarios that print figures (rates, latency percentiles,
 * memory) beside the project's targets, on loopback addresses only, bounded in count and time.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks: each scenario prints a table of figures with the machine it ran on, "
                + "and the targets met or not. Figures only: nothing fails on a missed target.",
        subcommands = {
            ControllerBench.class,
            SatellitesBench.class,
            EventsBench.class,
            AutoplaceBench.class,
            RestBench.class,
            TestClusterBench.class,
            SnapshotsBench.class,
        })
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Without a scenario: prints the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs {@code bench <args>} alone, e.g. from an IDE, and exits with its code. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }
}

package io.linstorj.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

class BenchCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private CommandLine bench() {
        CommandLine commandLine = new CommandLine(new BenchCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine;
    }

    @Test
    void everyScenarioParsesItsOptions() {
        String[][] commandLines = {
            {"controller", "--quick", "--clients", "16", "--rds", "10000", "--lists", "5", "--keep-data"},
            {"controller", "--calls-per-client", "200", "--uri", "linstor://127.0.0.1:3376"},
            {"controller", "--uri", "linstor://127.0.0.1:3376", "--uri", "http://127.0.0.1:3370"},
            {
                "satellites",
                "--quick",
                "--resources",
                "1000",
                "--replicas",
                "2",
                "--timed",
                "30",
                "--creators",
                "4",
                "--size-kib",
                "2048"
            },
            {
                "events",
                "--quick",
                "--watchers",
                "100",
                "--connections",
                "10",
                "--resources",
                "20",
                "--warm-up",
                "5",
                "--size-kib",
                "1024"
            },
            {
                "autoplace",
                "--quick",
                "--nodes",
                "100",
                "--existing",
                "10000",
                "--decisions",
                "500",
                "--resources",
                "1000",
                "--place-count",
                "3",
                "--no-cluster"
            },
            {"rest", "--quick", "--clients", "16", "--definitions", "10000", "--resources", "10000", "--views", "5"},
            {
                "snapshots",
                "--quick",
                "--size-mib",
                "1024",
                "--fill-mib",
                "512",
                "--rounds",
                "3",
                "--resources",
                "100",
                "--small-size-mib",
                "4"
            },
        };
        for (String[] args : commandLines) {
            ParseResult parsed = bench().parseArgs(args);
            assertThat(parsed.subcommand().commandSpec().name()).isEqualTo(args[0]);
            assertThat(parsed.subcommand().matchedOptions()).hasSizeGreaterThan(1);
        }
    }

    @Test
    void unknownOptionIsRefusedWithUsage() {
        int exitCode = bench().execute("controller", "--no-such-option");

        assertThat(exitCode).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void controllerUriOutsideLoopbackIsRefused() {
        int exitCode = bench().execute("controller", "--uri", "linstor://controller.example:3376");

        assertThat(exitCode).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("loopback");
    }

    @Test
    void everyControllerUriMustBeLoopback() {
        int exitCode = bench().execute(
                        "controller", "--uri", "linstor://127.0.0.1:3376", "--uri", "http://controller.example:3370");

        assertThat(exitCode).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("loopback", "http://controller.example:3370");
    }

    @Test
    void quickControllerRunPrintsItsFigures() {
        int exitCode = bench().execute("controller", "--quick");

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains(
                        "LinstorJ bench controller",
                        "machine: ",
                        "mutating calls (CrtRscDfn, CrtVlmDfn), 4 clients",
                        "list 200 resource definitions",
                        "start-up in this JVM with 200 rds",
                        "start-up as a process");
    }

    @Test
    void quickAutoplaceRunWithoutClusterPrintsItsFigures() {
        int exitCode = bench().execute("autoplace", "--quick", "--no-cluster");

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("LinstorJ bench autoplace", "decision: place_count 3", "AutoPlaceRsc of 20 resources");
    }
}

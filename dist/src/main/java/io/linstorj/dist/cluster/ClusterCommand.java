package io.linstorj.dist.cluster;

import io.linstorj.client.LinstorError;
import io.linstorj.launcher.ChildJvm;
import io.linstorj.launcher.cluster.LocalCluster;
import io.linstorj.launcher.cluster.LocalClusterConfig;
import io.linstorj.satellite.drbd.DrbdDriverChoice;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code linstorj cluster}: a controller and N satellites on this machine, until Ctrl-C. Prints
 * {@code READY <uri>} once replicas can be placed; reports a process that exits (with the last
 * lines of its log) and restarts it with backoff; prints how long the start and the stop took.
 */
@Command(
        name = "cluster",
        mixinStandardHelpOptions = true,
        description = "Runs a local cluster: a controller and N satellites (alpha, bravo, ... at 127.0.0.11, ...), "
                + "each in its own process, with a FILE_THIN pool DfltStorPool each. Prints READY <uri> <rest-uri> when every node is "
                + "ONLINE and every pool reported its capacity; a process that exits is reported and restarted; "
                + "Ctrl-C or SIGTERM stops everything. The processes end with this command, however it ends.")
public final class ClusterCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data-dir", required = true, description = "Directory for every process's data, pools and logs.")
    private Path dataDir;

    @Option(
            names = "--satellites",
            defaultValue = "3",
            description =
                    "Number of satellites, 1 to " + LocalClusterConfig.MAX_SATELLITES + " (default: ${DEFAULT-VALUE}).")
    private int satellites;

    @Option(
            names = "--port",
            defaultValue = "3376",
            description = "Controller client port, 0 (ephemeral) to 65535 (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(
            names = "--rest-port",
            defaultValue = "3370",
            description = "Controller REST port; 0 = any free port (default: ${DEFAULT-VALUE}).")
    private int restPort;

    @Option(
            names = "--satellite-port",
            defaultValue = "3366",
            description =
                    "Port of every satellite at its own address, 0 (ephemeral) to 65535 (default: ${DEFAULT-VALUE}).")
    private int satellitePort;

    @Option(
            names = "--emulated-sync-rate",
            defaultValue = "0",
            description = "Sync rate in KiB/s of the emulated DRBD driver, where it is used (0: its default).")
    private long syncRate;

    @Option(
            names = "--drbd-driver",
            paramLabel = "emulated|kernel|auto",
            defaultValue = "auto",
            description = "The satellites' DRBD driver: emulated (even where DRBD 9 is loaded), kernel, or auto, the"
                    + " kernel module's where DRBD 9 is loaded (default: ${DEFAULT-VALUE}).")
    private String drbdDriver;

    @Option(names = "--no-restart", description = "Report a process that exits, but do not start it again.")
    private boolean noRestart;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalClusterConfig config;
        try {
            config = new LocalClusterConfig(
                            dataDir.toAbsolutePath(), satellites, port, restPort, satellitePort, syncRate)
                    .withDrbdDriver(DrbdDriverChoice.parse(drbdDriver));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        long started = System.nanoTime();
        LocalCluster cluster;
        try {
            cluster = LocalCluster.start(config);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException | LinstorError e) {
            // What went wrong, from the failing process's own log; no stack trace for the user.
            err.println("linstorj cluster: " + e.getMessage());
            err.flush();
            return 1;
        }
        ClusterSupervisor supervisor = ClusterSupervisor.watch(cluster, new ConsoleEvents(out), !noRestart);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            supervisor.close();
                            Duration took = cluster.stop();
                            out.println("STOPPED in " + took.toMillis() + " ms");
                            out.flush();
                            stopped.countDown();
                        },
                        "cluster-shutdown"));
        cluster.processes()
                .forEach((name, process) ->
                        out.println("PROCESS " + name + " pid " + process.pid() + " log " + process.logFile()));
        out.println("cluster ready in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
        // The client URI stays first, so that readers of "READY <uri>" keep working.
        out.println("READY " + cluster.controllerUri() + " " + cluster.restUri());
        out.flush();
        stopped.await();
        return 0;
    }

    /** Prints the supervisor's events, one block per event, as they happen. */
    private record ConsoleEvents(PrintWriter out) implements ClusterSupervisor.Events {
        @Override
        public void exited(String name, long pid, int exitCode, List<String> lastLines, ChildJvm process) {
            StringBuilder text = new StringBuilder("EXITED ")
                    .append(name)
                    .append(" (pid ")
                    .append(pid)
                    .append(", exit code ")
                    .append(exitCode)
                    .append("); last lines of ")
                    .append(process.logFile())
                    .append(':')
                    .append(System.lineSeparator());
            lastLines.forEach(line -> text.append("    ").append(line).append(System.lineSeparator()));
            print(text.toString());
        }

        @Override
        public void restarting(String name, Duration delay) {
            print("RESTARTING " + name + " in " + delay.toMillis() + " ms" + System.lineSeparator());
        }

        @Override
        public void restarted(String name, long pid) {
            print("RESTARTED " + name + " (pid " + pid + ")" + System.lineSeparator());
        }

        @Override
        public void restartFailed(String name, String reason) {
            print("RESTART FAILED " + name + ": " + reason + System.lineSeparator());
        }

        private void print(String text) {
            synchronized (out) {
                out.print(text);
                out.flush();
            }
        }
    }
}

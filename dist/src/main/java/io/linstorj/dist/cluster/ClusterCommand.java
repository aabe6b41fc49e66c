package io.linstorj.dist.cluster;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code linstorj cluster}: a controller and N satellites on this machine, until Ctrl-C. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
    description = "Runs a local cluster: a controller and N satellites (alpha, bravo, ... at 127.0.0.11, ...), "
        + "each in its own process, with a FILE_THIN pool DfltStorPool each. Prints READY <uri> <rest-uri> when all are ONLINE; "
        + "Ctrl-C or SIGTERM stops everything.")
public final class ClusterCommand implements Callable<Integer> {
    @Option(names = "--data-dir", required = true, description = "Directory for every process's data, pools and logs.")
    private Path dataDir;

    @Option(names = "--satellites", defaultValue = "3", description = "Number of satellites (default: ${DEFAULT-VALUE}).")
    private int satellites;

    @Option(names = "--port", defaultValue = "3376", description = "Controller client port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--rest-port", defaultValue = "3370",
        description = "Controller REST port; 0 = any free port (default: ${DEFAULT-VALUE}).")
    private int restPort;

    @Option(names = "--satellite-port", defaultValue = "3366",
        description = "Port of every satellite at its own address (default: ${DEFAULT-VALUE}).")
    private int satellitePort;

    @Option(names = "--emulated-sync-rate", defaultValue = "0",
        description = "Sync rate in KiB/s of the emulated DRBD driver, where it is used (0: its default).")
    private long syncRate;

    @Override
    public Integer call() throws InterruptedException {
        LocalCluster cluster = LocalCluster.start(
            new LocalClusterConfig(dataDir.toAbsolutePath(), satellites, port, restPort, satellitePort, syncRate));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            cluster.close();
            stopped.countDown();
        }, "cluster-shutdown"));
        // The client URI stays first, so that readers of "READY <uri>" keep working.
        System.out.println("READY " + cluster.controllerUri() + " " + cluster.restUri());
        System.out.flush();
        stopped.await();
        return 0;
    }
}

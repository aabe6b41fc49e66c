package io.linstorj.satellite;

import io.linstorj.protocol.ProtocolPipeline;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code linstorj satellite}: runs a satellite until SIGTERM. */
@Command(name = "satellite", mixinStandardHelpOptions = true,
    description = "Runs a satellite: realises its node's storage and DRBD resources as the controller asks. "
        + "Prints LISTENING <address>:<port> once it accepts the controller.")
public final class SatelliteCommand implements Callable<Integer> {
    @Option(names = "--data-dir", required = true, description = "Directory for generated DRBD configuration.")
    private Path dataDir;

    @Option(names = "--listen", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    private String listen;

    @Option(names = "--port", defaultValue = "3366", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--node-name", description = "The node this satellite must be; by default the first controller decides.")
    private String nodeName;

    @Option(names = "--max-frame-bytes", defaultValue = "" + ProtocolPipeline.DEFAULT_MAX_FRAME_LENGTH,
        description = "Largest frame accepted from the controller (default: ${DEFAULT-VALUE}).")
    private int maxFrameBytes;

    @Option(names = "--emulated-sync-rate", defaultValue = "0",
        description = "Sync rate in KiB/s of the EMULATED DRBD driver, used only where no DRBD 9 kernel module is loaded (0: its default).")
    private long emulatedSyncRate;

    @Option(names = "--cluster-secret-file", paramLabel = "FILE",
        description = "The cluster's key file (the controller writes it with --cluster-secret-file): this satellite then"
            + " serves only that cluster's controller, and the secret never crosses the network. Without it the"
            + " satellite belongs to the cluster its data directory remembers, or else to the first controller"
            + " that adopts it.")
    private Path clusterSecretFile;

    @Option(names = "--release-on-exit",
        description = "On SIGTERM, take local DRBD resources down and detach loop devices (data stays); for local test clusters.")
    private boolean releaseOnExit;

    /** Runs the command line and exits with its code; lets tests start a satellite process directly. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new SatelliteCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(dataDir);
        Satellite satellite;
        try {
            satellite = Satellite.start(new SatelliteConfig(dataDir.toAbsolutePath(), listen, port,
                Optional.ofNullable(nodeName), maxFrameBytes, emulatedSyncRate, Optional.ofNullable(clusterSecretFile)));
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("The satellite could not start: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            satellite.stop(releaseOnExit);
            stopped.countDown();
        }, "satellite-shutdown"));
        System.out.println("LISTENING " + satellite.boundAddress().getAddress().getHostAddress() + ":"
            + satellite.boundAddress().getPort());
        System.out.flush();
        stopped.await();
        return 0;
    }
}

package io.linstorj.satellite;

import io.linstorj.protocol.ProtocolPipeline;
import io.linstorj.protocol.process.ParentWatch;
import io.linstorj.satellite.drbd.DrbdDriverChoice;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code linstorj satellite}: runs a satellite until SIGTERM. */
@Command(
        name = "satellite",
        mixinStandardHelpOptions = true,
        description = "Runs a satellite: realises its node's storage and DRBD resources as the controller asks. "
                + "Prints LISTENING <address>:<port> once it accepts the controller.")
public final class SatelliteCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(SatelliteCommand.class);

    @Option(names = "--data-dir", required = true, description = "Directory for generated DRBD configuration.")
    private Path dataDir;

    @Option(
            names = "--listen",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    private String listen;

    @Option(
            names = "--port",
            defaultValue = "3366",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(
            names = "--node-name",
            description = "The node this satellite must be; by default the first controller decides.")
    private String nodeName;

    @Option(
            names = "--max-frame-bytes",
            defaultValue = "" + ProtocolPipeline.DEFAULT_MAX_FRAME_LENGTH,
            description = "Largest frame accepted from the controller (default: ${DEFAULT-VALUE}).")
    private int maxFrameBytes;

    @Option(
            names = "--emulated-sync-rate",
            defaultValue = "0",
            description =
                    "Sync rate in KiB/s of the EMULATED DRBD driver, where it is used (see --drbd-driver; 0: its default).")
    private long emulatedSyncRate;

    @Option(
            names = "--drbd-driver",
            paramLabel = "emulated|kernel|auto",
            defaultValue = "auto",
            converter = DrbdDriverConverter.class,
            description = "Which DRBD driver to use: emulated (states simulated, no data replicated; even where DRBD 9"
                    + " is loaded, as test clusters want), kernel (the DRBD 9 kernel module; refuses to start without"
                    + " it) or auto, the kernel module's where DRBD 9 is loaded (default: ${DEFAULT-VALUE}).")
    private DrbdDriverChoice drbdDriver;

    @Option(
            names = "--cluster-secret-file",
            paramLabel = "FILE",
            description =
                    "The cluster's key file (the controller writes it with --cluster-secret-file): this satellite then"
                            + " serves only that cluster's controller, and the secret never crosses the network. Without it the"
                            + " satellite belongs to the cluster its data directory remembers, or else to the first controller"
                            + " that adopts it.")
    private Path clusterSecretFile;

    @Option(
            names = "--release-on-exit",
            description =
                    "On SIGTERM, take local DRBD resources down and detach loop devices (data stays); for local test clusters.")
    private boolean releaseOnExit;

    @Option(
            names = ParentWatch.OPTION,
            description = "Stop cleanly (with --release-on-exit: releasing) when standard input closes, i.e. when the "
                    + "parent process holding it ends (however it ended); for processes of a local cluster.")
    private boolean exitWithParent;

    /** Runs the command line and exits with its code; lets tests start a satellite process directly. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new SatelliteCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(dataDir);
        Satellite satellite;
        try {
            satellite = Satellite.start(new SatelliteConfig(
                    dataDir.toAbsolutePath(),
                    listen,
                    port,
                    Optional.ofNullable(nodeName),
                    maxFrameBytes,
                    emulatedSyncRate,
                    Optional.ofNullable(clusterSecretFile),
                    drbdDriver));
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // One line a user (and the local cluster, which quotes it) can act on, not a stack trace.
            LOG.error("The satellite could not start: {}", e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            LOG.info(
                                    "Satellite stopping{}",
                                    releaseOnExit ? " (releasing DRBD resources and loop devices)" : "");
                            satellite.stop(releaseOnExit);
                            LOG.info("Satellite stopped");
                            stopped.countDown();
                        },
                        "satellite-shutdown"));
        if (exitWithParent) {
            ParentWatch.start(System.in, () -> {
                LOG.info("Standard input closed: the parent process ended; stopping");
                System.exit(0);
            });
        }
        String address = satellite.boundAddress().getAddress().getHostAddress() + ":"
                + satellite.boundAddress().getPort();
        LOG.info("Satellite ready at {}; DRBD driver: {}", address, satellite.drbdDescription());
        System.out.println("LISTENING " + address);
        System.out.flush();
        stopped.await();
        return 0;
    }

    /** Reads {@code --drbd-driver}, refusing another value with the allowed ones. */
    static final class DrbdDriverConverter implements CommandLine.ITypeConverter<DrbdDriverChoice> {
        @Override
        public DrbdDriverChoice convert(String value) {
            try {
                return DrbdDriverChoice.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}

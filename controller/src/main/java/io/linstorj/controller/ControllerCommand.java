package io.linstorj.controller;

import io.linstorj.protocol.ProtocolPipeline;
import io.linstorj.protocol.process.ParentWatch;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code controller} command: runs a controller until SIGTERM. Once the port is bound it
 * prints exactly one line {@code LISTENING linstor://<addr>:<port>} to standard output; logs go
 * to standard error.
 */
@Command(name = "controller", mixinStandardHelpOptions = true,
    description = "Runs the LinstorJ controller (client protocol on --listen:--port, desired state in --data-dir).")
public final class ControllerCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ControllerCommand.class);

    @Option(names = "--data-dir", required = true, paramLabel = "DIR",
        description = "Directory of the H2 database (created if missing).")
    private Path dataDirectory;

    @Option(names = "--listen", defaultValue = ControllerConfig.DEFAULT_LISTEN_ADDRESS, paramLabel = "ADDR",
        description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    private String listenAddress;

    @Option(names = "--port", defaultValue = "3376",
        description = "Client-protocol port; 0 = ephemeral (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--db-url", paramLabel = "JDBC-URL", description = "PostgreSQL JDBC URL instead of the H2 file.")
    private String databaseUrl;

    @Option(names = "--db-user", description = "Database user for --db-url.")
    private String databaseUser;

    @Option(names = "--db-password", description = "Database password for --db-url.")
    private String databasePassword;

    @Option(names = "--max-frame-bytes", description = "Largest accepted frame payload (default: ${DEFAULT-VALUE}).")
    private int maxFrameBytes = ProtocolPipeline.DEFAULT_MAX_FRAME_LENGTH;

    @Option(names = ParentWatch.OPTION,
        description = "Stop cleanly when standard input closes, i.e. when the parent process holding it ends "
            + "(however it ended); for processes of a local cluster.")
    private boolean exitWithParent;

    /** Starts the controller and blocks until the JVM shuts down. */
    @Override
    public Integer call() throws InterruptedException {
        ControllerConfig config = new ControllerConfig(dataDirectory, listenAddress, port, maxFrameBytes,
            Optional.ofNullable(databaseUrl), Optional.ofNullable(databaseUser), Optional.ofNullable(databasePassword));
        Controller controller;
        try {
            controller = Controller.start(config);
        } catch (ControllerStartException e) {
            LOG.error("{}", e.getMessage(), e.getCause());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            controller.close();
            stopped.countDown();
        }, "controller-shutdown"));
        if (exitWithParent) {
            ParentWatch.start(System.in, () -> {
                LOG.info("Standard input closed: the parent process ended; stopping");
                System.exit(0);
            });
        }
        LOG.info("{}", controller.startupSummary());
        System.out.println("LISTENING " + uri(controller.address()));
        System.out.flush();
        stopped.await();
        return 0;
    }

    /** Runs the command with {@code args} and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ControllerCommand()).execute(args));
    }

    private static String uri(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return "linstor://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }
}

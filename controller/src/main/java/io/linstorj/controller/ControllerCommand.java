package io.linstorj.controller;

import io.linstorj.controller.transport.ClientLimits;
import java.net.InetSocketAddress;
import java.time.Duration;
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
    private int maxFrameBytes = ControllerConfig.DEFAULT_MAX_FRAME_LENGTH;

    @Option(names = "--max-connections", paramLabel = "N",
        description = "Open client connections in total; more are refused (default: ${DEFAULT-VALUE}).")
    private int maxConnections = ClientLimits.DEFAULT_MAX_CONNECTIONS;

    @Option(names = "--max-connections-per-address", paramLabel = "N",
        description = "Open client connections from one remote address (default: ${DEFAULT-VALUE}).")
    private int maxConnectionsPerAddress = ClientLimits.DEFAULT_MAX_CONNECTIONS_PER_ADDRESS;

    @Option(names = "--client-idle-timeout", paramLabel = "SECONDS",
        description = "Close a client connection without request, call in flight or watch for this long "
            + "(default: ${DEFAULT-VALUE}).")
    private long idleTimeoutSeconds = ClientLimits.DEFAULT_IDLE_TIMEOUT.toSeconds();

    @Option(names = "--client-frame-timeout", paramLabel = "SECONDS",
        description = "Close a client connection whose begun frame is not complete within this time "
            + "(default: ${DEFAULT-VALUE}).")
    private long frameTimeoutSeconds = ClientLimits.DEFAULT_FRAME_TIMEOUT.toSeconds();

    @Option(names = "--max-partial-frame-bytes", paramLabel = "BYTES",
        description = "Bytes all clients together may hold in incomplete frames (default: ${DEFAULT-VALUE}).")
    private long maxPartialFrameBytes = ClientLimits.DEFAULT_MAX_PARTIAL_FRAME_BYTES;

    @Option(names = "--max-pending-reply-bytes", paramLabel = "BYTES",
        description = "Unread reply bytes past which a client that asks for more is dropped "
            + "(default: ${DEFAULT-VALUE}).")
    private long maxPendingReplyBytes = ClientLimits.DEFAULT_MAX_PENDING_WRITE_BYTES;

    @Option(names = "--client-write-stall-timeout", paramLabel = "SECONDS",
        description = "Drop a client that leaves its replies unread for this long (default: ${DEFAULT-VALUE}).")
    private long writeStallSeconds = ClientLimits.DEFAULT_WRITE_STALL_TIMEOUT.toSeconds();

    /** Starts the controller and blocks until the JVM shuts down. */
    @Override
    public Integer call() throws InterruptedException {
        ControllerConfig config = new ControllerConfig(dataDirectory, listenAddress, port, maxFrameBytes,
            Optional.ofNullable(databaseUrl), Optional.ofNullable(databaseUser), Optional.ofNullable(databasePassword),
            new ClientLimits(maxConnections, maxConnectionsPerAddress, Duration.ofSeconds(idleTimeoutSeconds),
                Duration.ofSeconds(frameTimeoutSeconds), maxPartialFrameBytes, maxPendingReplyBytes,
                Duration.ofSeconds(writeStallSeconds)));
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

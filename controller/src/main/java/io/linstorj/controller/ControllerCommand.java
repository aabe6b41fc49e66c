package io.linstorj.controller;

import io.linstorj.controller.transport.ClientLimits;
import io.linstorj.protocol.ClientApiVersion;
import io.linstorj.protocol.process.ParentWatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code controller} command: runs a controller until SIGTERM. Once the port is bound it
 * prints the line {@code LISTENING linstor://<addr>:<port>} to standard output, first, then one
 * {@code LISTENING <uri>} line per adapter (e.g. {@code LISTENING http://127.0.0.1:3370}); logs go
 * to standard error.
 *
 * <p>Adapters come from {@link ControllerAdapter.Option}s handed to the constructor; the process
 * that assembles the command (dist) adds their command-line options as picocli mixins.
 */
@Command(
        name = "controller",
        mixinStandardHelpOptions = true,
        description = "Runs the LinstorJ controller (client protocol on --listen:--port, desired state in --data-dir).")
public final class ControllerCommand implements Callable<Integer> {
    /** The environment variable the database password may come from. */
    public static final String DB_PASSWORD_ENV = "LINSTORJ_DB_PASSWORD";

    private static final Logger LOG = LoggerFactory.getLogger(ControllerCommand.class);

    @Option(
            names = "--data-dir",
            required = true,
            paramLabel = "DIR",
            description = "Directory of the H2 database (created if missing).")
    private Path dataDirectory;

    @Option(
            names = "--listen",
            defaultValue = ControllerConfig.DEFAULT_LISTEN_ADDRESS,
            paramLabel = "ADDR",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    private String listenAddress;

    @Option(
            names = "--port",
            defaultValue = "3376",
            description = "Client-protocol port; 0 = ephemeral (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--db-url", paramLabel = "JDBC-URL", description = "PostgreSQL JDBC URL instead of the H2 file.")
    private String databaseUrl;

    @Option(names = "--db-user", description = "Database user for --db-url.")
    private String databaseUser;

    @Option(
            names = "--db-password-file",
            paramLabel = "FILE",
            description = "File holding the database password for --db-url (trailing line breaks are ignored);"
                    + " else the environment variable " + DB_PASSWORD_ENV + " is used.")
    private Path databasePasswordFile;

    @Option(
            names = "--cluster-secret-file",
            paramLabel = "FILE",
            description =
                    "Exports the cluster's key to FILE (mode 0600) for satellites started with --cluster-secret-file;"
                            + " at the first start of a new database an existing FILE gives the cluster its key.")
    private Path clusterSecretFile;

    @Spec
    private CommandSpec spec;

    private final Map<String, String> environment;

    /**
     * Refuses a password on the command line, where every local user sees it in {@code ps}.
     *
     * @throws ParameterException always
     */
    @Option(names = "--db-password", hidden = true, paramLabel = "PASSWORD")
    void refusePasswordOnCommandLine(String ignored) {
        throw new ParameterException(
                spec.commandLine(),
                "--db-password is not accepted: a password on the command"
                        + " line is visible to every local user (ps). Put it in a file readable only by this user and pass"
                        + " --db-password-file FILE, or set the environment variable " + DB_PASSWORD_ENV + ".");
    }

    @Option(names = "--max-frame-bytes", description = "Largest accepted frame payload (default: ${DEFAULT-VALUE}).")
    private int maxFrameBytes = ControllerConfig.DEFAULT_MAX_FRAME_LENGTH;

    private int clientApiVersion = ClientApiVersion.CURRENT;

    /**
     * Takes the client API version to announce.
     *
     * @throws ParameterException if this build does not serve clients of that version
     */
    @Option(
            names = "--client-api-version",
            paramLabel = "N",
            defaultValue = "" + ClientApiVersion.CURRENT,
            description = "Client API version the client port announces: 4 for python-linstor 0.9.x, 3 for 0.7.x "
                    + "(each accepts only a controller within its own range; default: ${DEFAULT-VALUE}).")
    void clientApiVersion(int version) {
        if (!ClientApiVersion.served(version)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--client-api-version " + version + " is not served: use " + ClientApiVersion.MINIMUM
                            + " (python-linstor 0.7.x) to " + ClientApiVersion.CURRENT + " (python-linstor 0.9.x).");
        }
        clientApiVersion = version;
    }

    @Option(
            names = "--max-connections",
            paramLabel = "N",
            description = "Open client connections in total; more are refused (default: ${DEFAULT-VALUE}).")
    private int maxConnections = ClientLimits.DEFAULT_MAX_CONNECTIONS;

    @Option(
            names = "--max-connections-per-address",
            paramLabel = "N",
            description = "Open client connections from one remote address (default: ${DEFAULT-VALUE}).")
    private int maxConnectionsPerAddress = ClientLimits.DEFAULT_MAX_CONNECTIONS_PER_ADDRESS;

    @Option(
            names = "--client-idle-timeout",
            paramLabel = "SECONDS",
            description = "Close a client connection without request, call in flight or watch for this long "
                    + "(default: ${DEFAULT-VALUE}).")
    private long idleTimeoutSeconds = ClientLimits.DEFAULT_IDLE_TIMEOUT.toSeconds();

    @Option(
            names = "--client-frame-timeout",
            paramLabel = "SECONDS",
            description = "Close a client connection whose begun frame is not complete within this time "
                    + "(default: ${DEFAULT-VALUE}).")
    private long frameTimeoutSeconds = ClientLimits.DEFAULT_FRAME_TIMEOUT.toSeconds();

    @Option(
            names = "--max-partial-frame-bytes",
            paramLabel = "BYTES",
            description = "Bytes all clients together may hold in incomplete frames (default: ${DEFAULT-VALUE}).")
    private long maxPartialFrameBytes = ClientLimits.DEFAULT_MAX_PARTIAL_FRAME_BYTES;

    @Option(
            names = "--max-pending-reply-bytes",
            paramLabel = "BYTES",
            description = "Unread reply bytes past which a client that asks for more is dropped "
                    + "(default: ${DEFAULT-VALUE}).")
    private long maxPendingReplyBytes = ClientLimits.DEFAULT_MAX_PENDING_WRITE_BYTES;

    @Option(
            names = "--client-write-stall-timeout",
            paramLabel = "SECONDS",
            description = "Drop a client that leaves its replies unread for this long (default: ${DEFAULT-VALUE}).")
    private long writeStallSeconds = ClientLimits.DEFAULT_WRITE_STALL_TIMEOUT.toSeconds();

    private final List<ControllerAdapter.Option> adapterOptions;

    /** A controller command without adapters (the client protocol only) that reads the process environment. */
    public ControllerCommand() {
        this(List.of());
    }

    /** A controller command that starts the adapters {@code adapterOptions} ask for. */
    public ControllerCommand(List<ControllerAdapter.Option> adapterOptions) {
        this(adapterOptions, System.getenv());
    }

    /** The same, reading {@code environment} instead of the process's (for tests). */
    ControllerCommand(List<ControllerAdapter.Option> adapterOptions, Map<String, String> environment) {
        this.adapterOptions = List.copyOf(adapterOptions);
        this.environment = Map.copyOf(environment);
    }

    /** A command without adapters that reads {@code environment} instead of the process's (for tests). */
    ControllerCommand(Map<String, String> environment) {
        this(List.of(), environment);
    }

    @Option(
            names = ParentWatch.OPTION,
            description = "Stop cleanly when standard input closes, i.e. when the parent process holding it ends "
                    + "(however it ended); for processes of a local cluster.")
    private boolean exitWithParent;

    /** Starts the controller and blocks until the JVM shuts down. */
    @Override
    public Integer call() throws InterruptedException {
        ControllerConfig config;
        try {
            config = config();
        } catch (UncheckedIOException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        Controller controller;
        try {
            controller = Controller.start(config);
        } catch (ControllerStartException e) {
            LOG.error("{}", e.getMessage(), e.getCause());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            controller.close();
                            stopped.countDown();
                        },
                        "controller-shutdown"));
        if (exitWithParent) {
            ParentWatch.start(System.in, () -> {
                LOG.info("Standard input closed: the parent process ended; stopping");
                System.exit(0);
            });
        }
        LOG.info("{}", controller.startupSummary());
        System.out.println("LISTENING " + controller.clientProtocol().uri());
        for (ControllerAdapter.Running adapter : controller.adapters()) {
            System.out.println("LISTENING " + adapter.uri());
        }
        System.out.flush();
        stopped.await();
        return 0;
    }

    /**
     * The configuration the options describe.
     *
     * @throws UncheckedIOException if the password file cannot be read
     */
    ControllerConfig config() {
        ControllerConfig config = new ControllerConfig(
                        dataDirectory,
                        listenAddress,
                        port,
                        maxFrameBytes,
                        Optional.ofNullable(databaseUrl),
                        Optional.ofNullable(databaseUser),
                        databasePassword())
                .withClientLimits(new ClientLimits(
                        maxConnections,
                        maxConnectionsPerAddress,
                        Duration.ofSeconds(idleTimeoutSeconds),
                        Duration.ofSeconds(frameTimeoutSeconds),
                        maxPartialFrameBytes,
                        maxPendingReplyBytes,
                        Duration.ofSeconds(writeStallSeconds)))
                .withAdapters(adapterOptions.stream()
                        .flatMap(option -> option.adapter().stream())
                        .toList())
                .withClientApiVersion(clientApiVersion);
        return clusterSecretFile == null ? config : config.withClusterSecretFile(clusterSecretFile);
    }

    private Optional<String> databasePassword() {
        if (databasePasswordFile != null) {
            try {
                return Optional.of(Files.readString(databasePasswordFile, StandardCharsets.UTF_8)
                        .replaceAll("[\\r\\n]+$", ""));
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot read the database password file " + databasePasswordFile + ": " + e.getMessage(), e);
            }
        }
        return Optional.ofNullable(environment.get(DB_PASSWORD_ENV));
    }

    /** Runs the command with {@code args} and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ControllerCommand()).execute(args));
    }
}

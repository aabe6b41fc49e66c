package io.linstorj.bench.rest;

import io.linstorj.launcher.ChildJvm;
import io.linstorj.launcher.cluster.NodeMain;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A controller process with its REST API, started by the bench: {@code controller} of the
 * launcher's {@link NodeMain} (the same command as {@code linstorj controller}), client port and
 * REST port both ephemeral on 127.0.0.1. Closing it stops the process by its PID (SIGTERM, then SIGKILL);
 * a shutdown hook does the same if the bench is ended first.
 */
final class RestController implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    /**
     * The heap options bin/linstorj gives {@code linstorj controller}: a small initial heap and a
     * fixed young generation, so that the heap does not start at 1/64 of the machine's memory
     * (the JVM's default, most of the controller's RSS), and a bound.
     */
    static final List<String> HEAP_OPTIONS = List.of("-Xms48m", "-Xmn24m", "-Xmx1g");

    private final ChildJvm process;
    private final URI base;
    private final Thread shutdownHook;

    private RestController(ChildJvm process, URI base, Thread shutdownHook) {
        this.process = process;
        this.base = base;
        this.shutdownHook = shutdownHook;
    }

    /**
     * Starts the controller with its database in {@code dataDir} and its output in {@code logFile},
     * and waits until its REST API listens.
     *
     * @throws IllegalStateException if the controller does not listen within 2 minutes
     */
    static RestController start(Path dataDir, Path logFile) {
        ChildJvm process = ChildJvm.start(
                "controller",
                HEAP_OPTIONS,
                NodeMain.class.getName(),
                List.of(
                        "controller",
                        "--data-dir",
                        dataDir.toString(),
                        "--listen",
                        "127.0.0.1",
                        "--port",
                        "0",
                        "--rest-listen",
                        "127.0.0.1",
                        "--rest-port",
                        "0"),
                logFile);
        Thread hook = new Thread(process::close, "rest-bench-stop-controller");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            ChildJvm.Listening rest = process.awaitListening("http", START_TIMEOUT);
            return new RestController(process, URI.create("http://127.0.0.1:" + rest.port()), hook);
        } catch (RuntimeException e) {
            process.close();
            Runtime.getRuntime().removeShutdownHook(hook);
            throw e;
        }
    }

    /** The REST API, e.g. {@code http://127.0.0.1:40123}. */
    URI base() {
        return base;
    }

    /** The controller's process id. */
    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.close();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs anyway, and close is idempotent.
        }
    }
}

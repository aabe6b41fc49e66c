package io.linstorj.bench.cluster;

import io.linstorj.bench.Replies;
import io.linstorj.client.Consts;
import io.linstorj.client.Linstor;
import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.launcher.ChildJvm;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A cluster for benchmarks: the controller in this JVM (so that a benchmark can read the
 * controller's own clock, e.g. when a satellite's report was applied) and N satellites as
 * processes, alpha, bravo, charlie, ... at 127.0.0.11, .12, ... on ephemeral ports, each with a
 * {@code FILE_THIN} pool {@value #POOL}, and the controller property {@code TcpPortAutoRange}
 * set to {@value #PORT_RANGE}. Satellites use the emulated DRBD driver where no DRBD 9
 * module is loaded, as {@code linstorj cluster} does.
 *
 * <pre>{@code
 * try (BenchCluster cluster = BenchCluster.start(dir, 3, progress)) {
 *     try (Linstor lin = Linstor.connect(cluster.uri())) { ... }
 * }
 * }</pre>
 */
public final class BenchCluster implements AutoCloseable {
    /** The storage pool every satellite gets. */
    public static final String POOL = "DfltStorPool";
    /** The satellite process's main class (the {@code linstorj satellite} command). */
    public static final String SATELLITE_MAIN = "io.linstorj.satellite.SatelliteCommand";

    /** Wide enough for thousands of resources; the default 7000-7999 holds 1,000. */
    public static final String PORT_RANGE = "7000-19999";

    private static final String PORT_RANGE_PROPERTY = "TcpPortAutoRange";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final List<String> NAMES =
            List.of("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett");

    private final Path dataDir;
    private final PrintWriter progress;
    private final List<Satellite> satellites = new ArrayList<>();
    private final List<ChildJvm> processes = new ArrayList<>();
    private final Thread shutdownHook = new Thread(this::stop, "bench-cluster-shutdown");
    private Controller controller;

    /**
     * One satellite process.
     *
     * @param name its node name
     * @param address its loopback address
     * @param port the port it listens on
     * @param process the process
     */
    public record Satellite(String name, String address, int port, ChildJvm process) {}

    private BenchCluster(Path dataDir, PrintWriter progress) {
        this.dataDir = dataDir;
        this.progress = progress;
    }

    /**
     * Starts the controller and {@code satelliteCount} satellites, registers nodes and pools and
     * waits until every node is ONLINE and its pool reported its capacity. A shutdown hook stops the processes if this JVM is ended
     * before {@link #close()}; were it killed, each satellite notices its closed standard input
     * and stops by itself (see {@link ChildJvm}).
     *
     * @param dataDir holds the database, pools and logs
     * @param progress receives a line per step
     * @throws IllegalStateException if a process does not start or a node does not come online
     */
    public static BenchCluster start(Path dataDir, int satelliteCount, PrintWriter progress) {
        if (satelliteCount < 1 || satelliteCount > NAMES.size()) {
            throw new IllegalArgumentException("satellites must be 1.." + NAMES.size() + ": " + satelliteCount);
        }
        BenchCluster cluster = new BenchCluster(dataDir, progress);
        Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
        try {
            cluster.controller = Controller.start(
                    ControllerConfig.defaults(dataDir.resolve("controller")).withListen("127.0.0.1", 0));
            cluster.startSatellites(satelliteCount);
            progress.printf(
                    "cluster: controller at %s (in this JVM), satellites %s%n",
                    cluster.uri(),
                    cluster.satellites.stream()
                            .map(s -> s.name() + "@" + s.address() + ":" + s.port() + " pid "
                                    + s.process().pid())
                            .toList());
            progress.flush();
            cluster.register();
            cluster.awaitReady();
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** The in-process controller. */
    public Controller controller() {
        return controller;
    }

    /** The controller's client URI, e.g. {@code linstor://127.0.0.1:41234}. */
    public String uri() {
        return "linstor://127.0.0.1:" + controller.address().getPort();
    }

    /** The satellites, in order. */
    public List<Satellite> satellites() {
        return List.copyOf(satellites);
    }

    /** The directory of the pool {@value #POOL} of node {@code nodeName}. */
    public Path poolDirectory(String nodeName) {
        return dataDir.resolve(nodeName).resolve("pools").resolve(POOL);
    }

    /** The satellites' node names, in order. */
    public List<String> nodeNames() {
        return satellites.stream().map(Satellite::name).toList();
    }

    private void startSatellites(int count) {
        for (int i = 0; i < count; i++) {
            String name = NAMES.get(i);
            processes.add(ChildJvm.start(
                    name,
                    SATELLITE_MAIN,
                    List.of(
                            "--data-dir",
                            dataDir.resolve(name).toString(),
                            "--listen",
                            address(i),
                            "--port",
                            "0",
                            "--node-name",
                            name,
                            "--release-on-exit"),
                    dataDir.resolve("logs/" + name + ".log")));
        }
        // Started all at once, awaited in turn: the JVMs boot in parallel.
        for (int i = 0; i < count; i++) {
            ChildJvm process = processes.get(i);
            satellites.add(new Satellite(
                    NAMES.get(i),
                    address(i),
                    process.awaitListening(START_TIMEOUT).port(),
                    process));
        }
    }

    private static String address(int index) {
        return "127.0.0." + (11 + index);
    }

    private void register() {
        try (Linstor lin = Linstor.connect(uri())) {
            Replies.requireNoError(
                    "setting " + PORT_RANGE_PROPERTY, lin.controllerSetProp(PORT_RANGE_PROPERTY, PORT_RANGE));
            for (Satellite satellite : satellites) {
                Replies.requireNoError(
                        "creating node " + satellite.name(),
                        lin.nodeCreate(
                                satellite.name(), satellite.address(), Consts.VAL_NODE_TYPE_STLT, satellite.port()));
                Path poolDir = createDirectories(poolDirectory(satellite.name()));
                Replies.requireNoError(
                        "creating pool " + POOL + " on " + satellite.name(),
                        lin.storagePoolCreate(satellite.name(), POOL, "FILE_THIN", poolDir.toString()));
            }
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        for (Satellite satellite : satellites) {
            while (!ready(satellite.name())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("node " + satellite.name() + " did not come online with the "
                            + "capacity of " + POOL + " reported within " + START_TIMEOUT + "; see "
                            + satellite.process().logFile());
                }
                pause(Duration.ofMillis(20));
            }
        }
    }

    /** ONLINE, and its pool's capacity known: what placing a replica there needs. */
    private boolean ready(String node) {
        return "ONLINE".equals(controller.observedState().connectionStatus(node))
                && controller
                        .observedState()
                        .storagePool(node, POOL)
                        .filter(pool -> pool.freeCapacityKib().isPresent()
                                && pool.totalCapacityKib().isPresent())
                        .isPresent();
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Waits a little while polling for a condition; benchmarks poll, tests never do. */
    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Stops the controller, then the satellites (SIGTERM to all, then waits; they detach their loop
     * devices), then detaches any loop device of this cluster's data directory a satellite left
     * attached, saying so. Idempotent.
     */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook runs or ran stop() itself.
        }
    }

    private synchronized void stop() {
        // The controller first: it then knows it is stopping and does not take the satellites'
        // going away for lost connections; the satellites then stop together.
        if (controller != null) {
            controller.close();
            controller = null;
        }
        processes.forEach(ChildJvm::requestStop);
        processes.forEach(ChildJvm::close);
        detachLeftoverLoopDevices();
    }

    private void detachLeftoverLoopDevices() {
        List<String> leftovers = LeftoverLoopDevices.under(dataDir);
        if (leftovers.isEmpty()) {
            return;
        }
        progress.printf(
                "WARNING: the satellites left %d loop devices attached to files under %s; detaching them%n",
                leftovers.size(), dataDir);
        for (String device : leftovers) {
            String failure = LeftoverLoopDevices.detach(device);
            if (failure != null) {
                progress.printf("WARNING: %s%n", failure);
            }
        }
        progress.flush();
    }
}

package io.linstorj.launcher.cluster;

import io.linstorj.client.Linstor;
import io.linstorj.launcher.ChildJvm;
import io.linstorj.launcher.ClassDataArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A controller and N satellites on this machine, each in its own OS process as on real nodes:
 * satellites alpha, bravo, charlie, ... at 127.0.0.11, .12, ..., each with a {@code FILE_THIN}
 * pool {@value #POOL} under the data directory (or the pools {@link #start(LocalClusterConfig, List)} names). The satellites trust the controller's cluster
 * through the key file it is started with ({@code DIR/controller/cluster-secret}), written here
 * before any process starts so that all of them can start at once.
 *
 * <p>Ready means usable: {@link #start}, {@link #restartSatellite} and {@link #restartController}
 * return only when every node is ONLINE and every pool has reported its capacity, so the next
 * call can place replicas. The processes never outlive this JVM (see {@link ChildJvm}).
 *
 * <p>Each process starts with the class-data archive of its kind ({@link ClassDataArchive}: written
 * by the first controller or satellite of a class path of jars when it stops) and, where
 * {@link LocalClusterConfig#quickStart()} asks, C1 only; its satellites use the DRBD driver
 * {@link LocalClusterConfig#drbdDriver()} names.
 *
 * <pre>{@code
 * try (LocalCluster cluster = LocalCluster.start(new LocalClusterConfig(dir, 3, 0, 0, 0));
 *      Linstor lin = Linstor.connect(cluster.controllerUri())) {
 *     lin.resourceDfnCreate("web"); ...
 * }
 * }</pre>
 */
public final class LocalCluster implements AutoCloseable {
    /** The storage pool every satellite gets. */
    public static final String POOL = "DfltStorPool";

    private static final Logger LOG = LoggerFactory.getLogger(LocalCluster.class);
    private static final String MAIN_CLASS = NodeMain.class.getName();
    private static final String CONTROLLER = "controller";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final String SATELLITE = "satellite";
    /** JIT to C1 only: a JVM that lives for one test class boots faster without C2's compilations. */
    private static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1");

    private final LocalClusterConfig config;
    private final List<PoolSpec> pools;
    private final List<SatelliteNode> satellites = new ArrayList<>();
    private final ClassDataArchive classData = ClassDataArchive.inTempDir();
    private volatile boolean closed;
    private ChildJvm controller;
    private String controllerUri;
    private String restUri;

    /** One satellite of the cluster. */
    public record SatelliteNode(String name, String address, int port, ChildJvm process) {}

    private LocalCluster(LocalClusterConfig config, List<PoolSpec> pools) {
        this.config = config;
        this.pools = List.copyOf(pools);
    }

    /**
     * Starts the processes (all at once: their JVMs boot in parallel), registers nodes and pools,
     * and waits until every node is ONLINE and every pool reported its capacity.
     *
     * @throws IllegalArgumentException if the data directory is a file
     * @throws IllegalStateException if a process does not start (with its reason from its log) or a
     *     node does not become ready
     */
    public static LocalCluster start(LocalClusterConfig config) {
        return start(config, List.of(new PoolSpec(POOL, "FILE_THIN")));
    }

    /**
     * The same with other pools on every satellite.
     *
     * @throws IllegalArgumentException if the data directory is a file
     * @throws IllegalStateException if a process does not start or a node does not become ready
     */
    public static LocalCluster start(LocalClusterConfig config, List<PoolSpec> pools) {
        Path dataDir = config.dataDir();
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw new IllegalArgumentException("the data directory " + dataDir + " is a file, not a directory");
        }
        LocalCluster cluster = new LocalCluster(config, pools);
        try {
            synchronized (cluster) {
                ChildJvm controller = cluster.launchController();
                for (int i = 0; i < config.satellites(); i++) {
                    // Listed before it listens, so that a failed start stops it too.
                    cluster.satellites.add(new SatelliteNode(
                            nodeName(i),
                            address(i),
                            config.satellitePort(),
                            cluster.launchSatellite(i, config.satellitePort())));
                }
                cluster.awaitController(controller);
                for (int i = 0; i < config.satellites(); i++) {
                    cluster.satellites.set(
                            i,
                            cluster.awaitSatellite(i, cluster.satellites.get(i).process()));
                }
                cluster.register();
                cluster.awaitReady(cluster.nodeNames());
            }
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** The name a satellite at {@code index} gets (alpha, bravo, ...). */
    public static String nodeName(int index) {
        return ClusterSetup.nodeName(index);
    }

    /** The controller's client URI, e.g. {@code linstor://127.0.0.1:3376}. */
    public synchronized String controllerUri() {
        return controllerUri;
    }

    /** The controller's REST URI, e.g. {@code http://127.0.0.1:3370}. */
    public String restUri() {
        return restUri;
    }

    /** What the first satellite says of its DRBD driver, e.g. that it is emulated. */
    public String drbdDriverSummary() {
        try (Linstor lin = Linstor.connect(controllerUri())) {
            return lin.nodeList().get(0).nodes().stream()
                    .map(n -> n.satelliteInfo())
                    .filter(info -> !info.isEmpty())
                    .findFirst()
                    .orElse("unknown");
        }
    }

    /** The satellites, in order. */
    public synchronized List<SatelliteNode> satellites() {
        return List.copyOf(satellites);
    }

    /** The controller process. */
    public synchronized ChildJvm controller() {
        return controller;
    }

    /** Every process by name: {@code controller}, then the satellites in order. */
    public synchronized Map<String, ChildJvm> processes() {
        Map<String, ChildJvm> all = new LinkedHashMap<>();
        all.put(CONTROLLER, controller);
        satellites.forEach(s -> all.put(s.name(), s.process()));
        return all;
    }

    /** True once {@link #close()} began. */
    public boolean isClosed() {
        return closed;
    }

    /** Kills satellite {@code name} with SIGKILL, as a crash of its node would. */
    public synchronized void killSatellite(String name) {
        satellite(name).process().kill();
    }

    /** Kills the controller with SIGKILL, as a crash of its node would; {@link #restartController} starts it again. */
    public synchronized void killController() {
        controller.kill();
    }

    /**
     * Stops satellite {@code name} if it still runs and starts it again on the same address and
     * port; returns when its node is ONLINE and its pools reported capacity.
     *
     * @throws IllegalStateException if it does not start or does not become ready
     */
    public synchronized void restartSatellite(String name) {
        int index = indexOf(name);
        SatelliteNode old = satellites.get(index);
        old.process().close();
        ChildJvm process = launchSatellite(index, old.port());
        satellites.set(index, new SatelliteNode(name, old.address(), old.port(), process));
        satellites.set(index, awaitSatellite(index, process));
        awaitReady(Set.of(name));
    }

    /**
     * Kills the controller with SIGKILL (if it still runs) and starts it again on the same data and
     * port; returns when every node is ONLINE again and every pool reported capacity.
     *
     * @throws IllegalStateException if it does not start or the nodes do not become ready
     */
    public synchronized void restartController() {
        controller.kill();
        awaitController(launchController(portOf(controllerUri), portOf(restUri)));
        awaitReady(nodeNames());
    }

    /** Starts whichever process {@code name} names ({@code controller} or a satellite) again. */
    public void restart(String name) {
        if (CONTROLLER.equals(name)) {
            restartController();
        } else {
            restartSatellite(name);
        }
    }

    private List<String> nodeNames() {
        return satellites.stream().map(SatelliteNode::name).toList();
    }

    private SatelliteNode satellite(String name) {
        return satellites.get(indexOf(name));
    }

    private int indexOf(String name) {
        for (int i = 0; i < satellites.size(); i++) {
            if (satellites.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no satellite named " + name);
    }

    private ChildJvm launchController() {
        ClusterSetup.ensureClusterKey(clusterSecretFile());
        return launchController(config.controllerPort(), config.restPort());
    }

    private ChildJvm launchController(int port, int restPort) {
        Path dir = config.dataDir().resolve(CONTROLLER);
        controller = startChild(
                CONTROLLER,
                CONTROLLER,
                List.of(
                        CONTROLLER,
                        "--data-dir",
                        dir.toString(),
                        "--listen",
                        "127.0.0.1",
                        "--port",
                        Integer.toString(port),
                        "--cluster-secret-file",
                        clusterSecretFile().toString(),
                        "--rest-listen",
                        "127.0.0.1",
                        "--rest-port",
                        Integer.toString(restPort)),
                config.dataDir().resolve("logs/controller.log"));
        return controller;
    }

    /** Waits for the controller's client and REST ports; remembers both URIs. */
    private void awaitController(ChildJvm process) {
        controllerUri = process.awaitListening(START_TIMEOUT).address();
        restUri = process.awaitListening("http", START_TIMEOUT).address();
        LOG.info("controller listening at {} and {} (pid {})", controllerUri, restUri, process.pid());
    }

    private Path clusterSecretFile() {
        return ClusterSetup.clusterSecretFile(config.dataDir());
    }

    private static int portOf(String uri) {
        return Integer.parseInt(uri.substring(uri.lastIndexOf(':') + 1));
    }

    private static String address(int index) {
        return ClusterSetup.address(index);
    }

    private ChildJvm launchSatellite(int index, int port) {
        String name = nodeName(index);
        List<String> args = new ArrayList<>(List.of(
                "satellite",
                "--data-dir",
                config.dataDir().resolve(name).toString(),
                "--listen",
                address(index),
                "--port",
                Integer.toString(port),
                "--node-name",
                name,
                "--cluster-secret-file",
                clusterSecretFile().toString(),
                "--drbd-driver",
                config.drbdDriver().cliValue(),
                "--release-on-exit"));
        if (config.emulatedSyncRateKib() > 0) {
            args.add("--emulated-sync-rate");
            args.add(Long.toString(config.emulatedSyncRateKib()));
        }
        return startChild(SATELLITE, name, args, config.dataDir().resolve("logs/" + name + ".log"));
    }

    /**
     * Starts a child of {@code kind} ({@code controller} or {@code satellite}) with its class-data
     * archive (written by the first child of the kind that ends cleanly) and, for a quick start,
     * C1 only.
     */
    private ChildJvm startChild(String kind, String name, List<String> args, Path logFile) {
        ClassDataArchive.Use cds = classData.prepare(kind, System.getProperty("java.class.path"));
        List<String> options = new ArrayList<>(cds.jvmOptions());
        if (config.quickStart()) {
            options.addAll(QUICK_START);
        }
        ChildJvm child = ChildJvm.start(name, options, MAIN_CLASS, args, logFile);
        child.onExit().thenRun(() -> cds.childEnded(child.endedCleanly()));
        return child;
    }

    private SatelliteNode awaitSatellite(int index, ChildJvm process) {
        int port = process.awaitListening(START_TIMEOUT).port();
        LOG.info("satellite {} listening at {}:{} (pid {})", process.name(), address(index), port, process.pid());
        return new SatelliteNode(process.name(), address(index), port, process);
    }

    private void register() {
        ClusterSetup.register(
                controllerUri,
                satellites.stream()
                        .map(s -> new NodeAddress(s.name(), s.address(), s.port()))
                        .toList(),
                pools,
                config.dataDir());
    }

    private void awaitReady(Collection<String> nodes) {
        ClusterSetup.awaitReady(controllerUri, nodes, this::isClosed);
    }

    /**
     * Stops the controller, then every satellite together (SIGTERM, then SIGKILL after a grace
     * period); the satellites take their DRBD resources down and detach their loop devices.
     * The controller goes first so that it knows it is stopping and does not take the
     * satellites' going away for lost connections. Idempotent.
     *
     * @return how long the stop took
     */
    public Duration stop() {
        closed = true;
        long started = System.nanoTime();
        synchronized (this) {
            if (controller != null) {
                controller.close();
            }
            satellites.forEach(s -> s.process().requestStop());
            satellites.forEach(s -> s.process().close());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("cluster stopped in {} ms", TimeUnit.NANOSECONDS.toMillis(took.toNanos()));
        return took;
    }

    /** {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }
}

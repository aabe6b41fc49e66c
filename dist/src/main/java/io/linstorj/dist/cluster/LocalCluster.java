package io.linstorj.dist.cluster;

import io.linstorj.bench.cluster.ChildJvm;
import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Consts;
import io.linstorj.client.Linstor;
import io.linstorj.client.LinstorError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A controller and N satellites on this machine, each in its own OS process as on real nodes:
 * satellites alpha, bravo, charlie, ... at 127.0.0.11, .12, ..., each with a {@code FILE_THIN}
 * pool {@code DfltStorPool} under the data directory. The satellites trust the controller's cluster
 * through the key file it exports ({@code DIR/controller/cluster-secret}).
 */
public final class LocalCluster implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalCluster.class);
    private static final String MAIN_CLASS = "io.linstorj.dist.LinstorjMain";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final String[] NAMES = {
        "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett",
        "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
    };

    private final LocalClusterConfig config;
    private final List<SatelliteNode> satellites = new ArrayList<>();
    private ChildJvm controller;
    private String controllerUri;
    private String restUri;

    /** One satellite of the cluster. */
    public record SatelliteNode(String name, String address, int port, ChildJvm process) {
    }

    private LocalCluster(LocalClusterConfig config) {
        this.config = config;
    }

    /**
     * Starts the processes, registers nodes and pools, and waits until every node is ONLINE.
     *
     * @throws IllegalStateException if a process does not start or a node does not come online
     */
    public static LocalCluster start(LocalClusterConfig config) {
        if (config.satellites() < 1 || config.satellites() > NAMES.length) {
            throw new IllegalArgumentException("satellites must be 1.." + NAMES.length + ": " + config.satellites());
        }
        LocalCluster cluster = new LocalCluster(config);
        try {
            cluster.startController();
            for (int i = 0; i < config.satellites(); i++) {
                cluster.startSatellite(i);
            }
            cluster.register();
            cluster.awaitOnline();
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** The name a satellite at {@code index} gets (alpha, bravo, ...). */
    public static String nodeName(int index) {
        return NAMES[index];
    }

    /** The controller's client URI, e.g. {@code linstor://127.0.0.1:3376}. */
    public String controllerUri() {
        return controllerUri;
    }

    /** The controller's REST URI, e.g. {@code http://127.0.0.1:3370}. */
    public String restUri() {
        return restUri;
    }

    /** What the first satellite says of its DRBD driver, e.g. that it is emulated. */
    public String drbdDriverSummary() {
        try (Linstor lin = Linstor.connect(controllerUri)) {
            return lin.nodeList().get(0).nodes().stream()
                .map(n -> n.satelliteInfo()).filter(info -> !info.isEmpty()).findFirst().orElse("unknown");
        }
    }

    /** The satellites, in order. */
    public List<SatelliteNode> satellites() {
        return List.copyOf(satellites);
    }

    /** Kills satellite {@code name} with SIGKILL, as a crash of its node would. */
    public void killSatellite(String name) {
        satellite(name).process().kill();
    }

    /** Starts satellite {@code name} again after it stopped. */
    public void restartSatellite(String name) {
        int index = indexOf(name);
        SatelliteNode old = satellites.get(index);
        old.process().close();
        satellites.set(index, launchSatellite(index, old.port()));
    }

    /** Kills the controller with SIGKILL and starts it again on the same data and port. */
    public void restartController() {
        controller.kill();
        startController();
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

    private void startController() {
        Path dir = config.dataDir().resolve("controller");
        controller = ChildJvm.start("controller", MAIN_CLASS, List.of(
            "controller", "--data-dir", dir.toString(),
            "--listen", "127.0.0.1", "--port", Integer.toString(config.controllerPort()),
            "--cluster-secret-file", clusterSecretFile().toString(),
            "--rest-listen", "127.0.0.1", "--rest-port", Integer.toString(config.restPort())),
            config.dataDir().resolve("logs/controller.log"));
        controllerUri = controller.awaitListening(START_TIMEOUT).address();
        restUri = controller.awaitListening("http", START_TIMEOUT).address();
        LOG.info("controller ready at {} (pid {})", controllerUri, controller.pid());
    }

    /**
     * The cluster's key file: the controller writes it before it listens, the satellites are
     * started with it, so that the cluster's secret never crosses the network.
     */
    private Path clusterSecretFile() {
        return config.dataDir().resolve("controller/cluster-secret");
    }

    private void startSatellite(int index) {
        int port = config.satellitePort();
        satellites.add(launchSatellite(index, port));
    }

    private SatelliteNode launchSatellite(int index, int port) {
        String name = nodeName(index);
        String address = "127.0.0." + (11 + index);
        List<String> args = new ArrayList<>(List.of(
            "satellite", "--data-dir", config.dataDir().resolve(name).toString(),
            "--listen", address, "--port", Integer.toString(port),
            "--node-name", name, "--cluster-secret-file", clusterSecretFile().toString(), "--release-on-exit"));
        if (config.emulatedSyncRateKib() > 0) {
            args.add("--emulated-sync-rate");
            args.add(Long.toString(config.emulatedSyncRateKib()));
        }
        ChildJvm process = ChildJvm.start(name, MAIN_CLASS, args, config.dataDir().resolve("logs/" + name + ".log"));
        int actualPort = process.awaitListening(START_TIMEOUT).port();
        LOG.info("satellite {} ready at {}:{} (pid {})", name, address, actualPort, process.pid());
        return new SatelliteNode(name, address, actualPort, process);
    }

    private void register() {
        try (Linstor lin = Linstor.connect(controllerUri)) {
            List<String> known = lin.nodeList().get(0).nodes().stream()
                .map(n -> n.name()).collect(Collectors.toList());
            for (SatelliteNode node : satellites) {
                if (!known.contains(node.name())) {
                    check(lin.nodeCreate(node.name(), node.address(), Consts.VAL_NODE_TYPE_STLT, node.port()));
                }
                Path poolDir = config.dataDir().resolve(node.name()).resolve("pools/DfltStorPool");
                createDirectories(poolDir);
                boolean hasPool = lin.storagePoolList(List.of(node.name()), List.of("DfltStorPool")).get(0)
                    .storagePools().stream().anyMatch(p -> p.storagePoolName().equals("DfltStorPool"));
                if (!hasPool) {
                    check(lin.storagePoolCreate(node.name(), "DfltStorPool", "FILE_THIN", poolDir.toString()));
                }
            }
        }
    }

    private void awaitOnline() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        try (Linstor lin = Linstor.connect(controllerUri)) {
            while (true) {
                Map<String, String> status = lin.nodeList().get(0).nodes().stream()
                    .collect(Collectors.toMap(n -> n.name(), n -> n.connectionStatus()));
                boolean allOnline = satellites.stream()
                    .allMatch(s -> "ONLINE".equals(status.get(s.name())));
                if (allOnline) {
                    return;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("nodes did not come online within " + START_TIMEOUT + ": " + status);
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the nodes", e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void check(List<ApiCallResponse> replies) {
        if (!Linstor.allApiResponsesSuccess(replies)) {
            throw new LinstorError("cluster set-up refused: " + replies);
        }
    }

    /** Stops the satellites, then the controller (SIGTERM, then SIGKILL after a grace period). */
    @Override
    public void close() {
        for (SatelliteNode node : satellites) {
            node.process().close();
        }
        if (controller != null) {
            controller.close();
        }
    }
}

package io.linstorj.testing.internal;

import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.launcher.cluster.ClusterSetup;
import io.linstorj.launcher.cluster.NodeAddress;
import io.linstorj.launcher.cluster.PoolSpec;
import io.linstorj.protocol.ProtocolPipeline;
import io.linstorj.rest.RestAdapter;
import io.linstorj.rest.RestConfig;
import io.linstorj.satellite.Satellite;
import io.linstorj.satellite.SatelliteConfig;
import io.linstorj.satellite.drbd.DrbdDriverChoice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * The nodes in this JVM: a {@link Controller} with its REST adapter and {@link Satellite}s, no
 * JVM to boot, so that they start fast. A JVM cannot SIGKILL a part of itself: a killed satellite
 * {@linkplain Satellite#crash() crashes} as near as it can (its connection closes with no word
 * before, its reconcile passes are dropped, nothing is released); a killed controller is closed,
 * its database properly.
 */
public final class InProcessNodes implements Nodes {
    private static final String LOOPBACK = "127.0.0.1";

    private final Path directory;
    private final List<PoolSpec> pools;
    private final List<NodeAddress> addresses = new ArrayList<>();
    private final Map<String, Satellite> running = new LinkedHashMap<>();
    private Controller controller;
    private int controllerPort;
    private int restPort;
    private boolean stopped;

    private InProcessNodes(Path directory, List<PoolSpec> pools) {
        this.directory = directory;
        this.pools = List.copyOf(pools);
    }

    /**
     * Starts the controller and {@code satellites} satellites together under {@code directory},
     * registers nodes and pools and returns once every node is ready.
     *
     * @throws IllegalStateException if a node does not start or become ready; the others are stopped
     */
    public static InProcessNodes start(Path directory, int satellites, List<PoolSpec> pools) {
        InProcessNodes nodes = new InProcessNodes(directory, pools);
        try {
            nodes.startAll(satellites);
            return nodes;
        } catch (RuntimeException e) {
            nodes.stop();
            throw e;
        }
    }

    private synchronized void startAll(int satellites) {
        ClusterSetup.ensureClusterKey(ClusterSetup.clusterSecretFile(directory));
        // The controller and the satellites start in parallel, each on a thread of its own (the
        // common pool has one thread on a two-core machine).
        ExecutorService starters = Executors.newFixedThreadPool(satellites + 1, daemonThreads("test-cluster-start"));
        CompletableFuture<Controller> starting = CompletableFuture.supplyAsync(() -> startController(0, 0), starters);
        List<CompletableFuture<Satellite>> satelliteStarts = new ArrayList<>();
        for (int i = 0; i < satellites; i++) {
            String name = ClusterSetup.nodeName(i);
            String address = ClusterSetup.address(i);
            satelliteStarts.add(CompletableFuture.supplyAsync(() -> startSatellite(name, address, 0), starters));
        }
        starters.shutdown();
        List<RuntimeException> failures = new ArrayList<>();
        for (int i = 0; i < satellites; i++) {
            try {
                Satellite satellite = satelliteStarts.get(i).join();
                String name = ClusterSetup.nodeName(i);
                running.put(name, satellite);
                addresses.add(new NodeAddress(
                        name, ClusterSetup.address(i), satellite.boundAddress().getPort()));
            } catch (CompletionException e) {
                failures.add(unwrap(e));
            }
        }
        try {
            controller = starting.join();
        } catch (CompletionException e) {
            failures.add(unwrap(e));
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
        controllerPort = controller.address().getPort();
        restPort = controller.adapters().get(0).uri().getPort();
        ClusterSetup.register(controllerUri(), addresses, pools, directory);
        ClusterSetup.awaitReady(controllerUri(), satelliteNames(), this::isStopped);
    }

    private static ThreadFactory daemonThreads(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static RuntimeException unwrap(CompletionException e) {
        return e.getCause() instanceof RuntimeException cause ? cause : e;
    }

    private Controller startController(int port, int rest) {
        return Controller.start(ControllerConfig.defaults(directory.resolve("controller"))
                .withListen(LOOPBACK, port)
                .withClusterSecretFile(ClusterSetup.clusterSecretFile(directory))
                .withAdapters(List.of(new RestAdapter(RestConfig.defaults().withListen(LOOPBACK, rest)))));
    }

    private Satellite startSatellite(String name, String address, int port) {
        Path dataDir = directory.resolve(name);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dataDir + ": " + e.getMessage(), e);
        }
        return Satellite.start(new SatelliteConfig(
                dataDir,
                address,
                port,
                Optional.of(name),
                ProtocolPipeline.DEFAULT_MAX_FRAME_LENGTH,
                0,
                Optional.of(ClusterSetup.clusterSecretFile(directory)),
                DrbdDriverChoice.EMULATED));
    }

    private synchronized boolean isStopped() {
        return stopped;
    }

    @Override
    public synchronized String controllerUri() {
        return "linstor://" + LOOPBACK + ":" + controllerPort;
    }

    @Override
    public synchronized String restUri() {
        return "http://" + LOOPBACK + ":" + restPort;
    }

    @Override
    public synchronized List<String> satelliteNames() {
        return addresses.stream().map(NodeAddress::name).toList();
    }

    @Override
    public synchronized void killSatellite(String name) {
        NodeAddress node = node(name);
        Satellite satellite = running.remove(node.name());
        if (satellite != null) {
            satellite.crash();
        }
    }

    @Override
    public synchronized void restartSatellite(String name) {
        NodeAddress node = node(name);
        Satellite satellite = running.remove(node.name());
        if (satellite != null) {
            // Stopped as a satellite process asked to stop would be, resources left as they are.
            satellite.stop(false);
        }
        running.put(name, startSatellite(name, node.address(), node.port()));
        ClusterSetup.awaitReady(controllerUri(), Set.of(name), this::isStopped);
    }

    private NodeAddress node(String name) {
        return addresses.stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("no satellite named " + name + "; there are " + satelliteNames()));
    }

    @Override
    public synchronized void killController() {
        if (controller != null) {
            controller.close();
            controller = null;
        }
    }

    @Override
    public synchronized void restartController() {
        killController();
        controller = startController(controllerPort, restPort);
        ClusterSetup.awaitReady(controllerUri(), satelliteNames(), this::isStopped);
    }

    /** Stops the controller first (so that it does not take the satellites' going for lost links), then every satellite together. */
    @Override
    public Duration stop() {
        long started = System.nanoTime();
        List<Satellite> satellites;
        synchronized (this) {
            stopped = true;
            killController();
            satellites = List.copyOf(running.values());
            running.clear();
        }
        // Released as a satellite process started with --release-on-exit would: nothing stays attached.
        ExecutorService stoppers =
                Executors.newFixedThreadPool(Math.max(1, satellites.size()), daemonThreads("test-cluster-stop"));
        CompletableFuture.allOf(satellites.stream()
                        .map(satellite -> CompletableFuture.runAsync(() -> satellite.stop(true), stoppers))
                        .toArray(CompletableFuture[]::new))
                .join();
        stoppers.shutdown();
        return Duration.ofNanos(System.nanoTime() - started);
    }
}

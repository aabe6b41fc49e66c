package io.linstorj.launcher.cluster;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Consts;
import io.linstorj.client.Linstor;
import io.linstorj.client.LinstorError;
import io.linstorj.client.NodeInfo;
import io.linstorj.client.StoragePoolInfo;
import io.linstorj.common.trust.ClusterKey;
import io.linstorj.common.trust.ClusterKeyFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * What every local cluster does the same way, its nodes in child JVMs or in one: the names and
 * loopback addresses of its satellites, the cluster key written before any node starts,
 * registering nodes and pools through the client, and waiting until the cluster is usable (every
 * node ONLINE, every pool reported its capacity).
 */
public final class ClusterSetup {
    /** How long a node may take to become ready. */
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    /** The most satellites a local cluster has: as many as there are names and addresses (127.0.0.11-30). */
    public static final int MAX_SATELLITES = 20;

    private static final Duration POLL = Duration.ofMillis(50);
    private static final String[] NAMES = {
        "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett",
        "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
    };

    private ClusterSetup() {}

    /** The name the satellite at {@code index} gets (alpha, bravo, ...). */
    public static String nodeName(int index) {
        return NAMES[index];
    }

    /** The loopback address of the satellite at {@code index} (127.0.0.11, .12, ...). */
    public static String address(int index) {
        return "127.0.0." + (11 + index);
    }

    /**
     * The cluster's key file under {@code dataDir}: the controller takes its key from it at the
     * first start, the satellites are started with it, so that the cluster's secret never crosses
     * the network.
     */
    public static Path clusterSecretFile(Path dataDir) {
        return dataDir.resolve("controller/cluster-secret");
    }

    /** Writes a new cluster key unless the file exists, so that satellites need not wait for the controller. */
    public static void ensureClusterKey(Path file) {
        if (ClusterKeyFile.read(file).isEmpty()) {
            ClusterKeyFile.write(file, ClusterKey.generate(new SecureRandom()));
        }
    }

    /** The directory of pool {@code pool} on node {@code node}. */
    public static Path poolDirectory(Path dataDir, String node, String pool) {
        return dataDir.resolve(node).resolve("pools").resolve(pool);
    }

    /**
     * Registers each node the controller does not know yet and gives each every pool it lacks.
     *
     * @throws LinstorError if the controller refuses
     */
    public static void register(String controllerUri, List<NodeAddress> nodes, List<PoolSpec> pools, Path dataDir) {
        try (Linstor lin = Linstor.connect(controllerUri)) {
            List<String> known =
                    lin.nodeList().get(0).nodes().stream().map(NodeInfo::name).collect(Collectors.toList());
            for (NodeAddress node : nodes) {
                if (!known.contains(node.name())) {
                    check(lin.nodeCreate(node.name(), node.address(), Consts.VAL_NODE_TYPE_STLT, node.port()));
                }
                for (PoolSpec pool : pools) {
                    Path poolDir = poolDirectory(dataDir, node.name(), pool.name());
                    createDirectories(poolDir);
                    boolean hasPool =
                            lin
                                    .storagePoolList(List.of(node.name()), List.of(pool.name()))
                                    .get(0)
                                    .storagePools()
                                    .stream()
                                    .anyMatch(p -> p.storagePoolName().equals(pool.name()));
                    if (!hasPool) {
                        check(lin.storagePoolCreate(node.name(), pool.name(), pool.providerKind(), poolDir.toString()));
                    }
                }
            }
        }
    }

    /**
     * Waits until each of {@code nodes} is ONLINE and each of its storage pools (but diskless
     * ones, which have no capacity) lists a free and a total capacity: what autoplace needs.
     *
     * @param closing true once the cluster is being stopped: the wait ends
     * @throws IllegalStateException if that takes longer than {@link #READY_TIMEOUT}, saying what is missing
     */
    public static void awaitReady(String controllerUri, Collection<String> nodes, BooleanSupplier closing) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Linstor lin = Linstor.connect(controllerUri)) {
            while (true) {
                List<String> missing = notReady(lin, nodes);
                if (missing.isEmpty()) {
                    return;
                }
                if (closing.getAsBoolean()) {
                    throw new IllegalStateException("the cluster is closing");
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "the cluster was not ready within " + READY_TIMEOUT + ": " + String.join("; ", missing));
                }
                pause();
            }
        }
    }

    private static List<String> notReady(Linstor lin, Collection<String> nodes) {
        List<String> missing = new ArrayList<>();
        Map<String, String> status = lin.nodeList(List.copyOf(nodes)).get(0).nodes().stream()
                .collect(Collectors.toMap(NodeInfo::name, NodeInfo::connectionStatus));
        for (String node : nodes) {
            String connection = status.getOrDefault(node, "not registered");
            if (!"ONLINE".equals(connection)) {
                missing.add("node " + node + " is " + connection);
            }
        }
        if (!missing.isEmpty()) {
            return missing;
        }
        for (StoragePoolInfo pool :
                lin.storagePoolList(List.copyOf(nodes), List.of()).get(0).storagePools()) {
            boolean diskless = Consts.PROVIDER_KIND_DISKLESS.equals(pool.providerKind());
            if (!diskless
                    && (pool.freeCapacityKib().isEmpty()
                            || pool.totalCapacityKib().isEmpty())) {
                missing.add("pool " + pool.storagePoolName() + " on " + pool.nodeName() + " reported no capacity yet");
            }
        }
        return missing;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the nodes", e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void check(List<ApiCallResponse> replies) {
        if (!Linstor.allApiResponsesSuccess(replies)) {
            throw new LinstorError("cluster set-up refused: " + replies);
        }
    }
}

package io.linstorj.testing;

import io.linstorj.client.Consts;
import io.linstorj.client.Linstor;
import io.linstorj.launcher.TempDirectory;
import io.linstorj.launcher.cluster.LocalClusterConfig;
import io.linstorj.launcher.cluster.PoolSpec;
import io.linstorj.testing.internal.ChildProcessNodes;
import io.linstorj.testing.internal.ClusterReset;
import io.linstorj.testing.internal.InProcessNodes;
import io.linstorj.testing.internal.Nodes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real LinstorJ cluster for a test: a controller (binary protocol and REST API) and N
 * satellites (alpha, bravo, ... at 127.0.0.11, .12, ...), each with the storage pools asked for,
 * on ephemeral ports, in a temporary directory of its own that {@link #close()} removes. The pools
 * are plain files ({@code FILE} or {@code FILE_THIN}) and the satellites use the emulated DRBD
 * driver, even where the machine has DRBD 9 (no device is created, no data replicated), so no
 * root is needed and a test behaves alike on every machine. The satellites run in child
 * JVMs (as on real nodes; they end with this JVM, however it ends) unless {@link
 * Builder#inProcess(boolean)} asks for this JVM, which starts faster.
 *
 * <p>Ready means usable: {@link Builder#start()}, {@link #restartSatellite}, and {@link
 * #restartController} return only when every node is ONLINE and every pool reported its capacity,
 * so that the next call can place replicas.
 *
 * <pre>{@code
 * try (LinstorTestCluster cluster = LinstorTestCluster.builder().satellites(3)
 *          .pool("DfltStorPool", "FILE_THIN").start();
 *      Linstor lin = cluster.connect()) {
 *     String rd = cluster.uniqueName("web");
 *     lin.resourceDfnCreate(rd);
 *     lin.volumeDfnCreate(rd, 64 * 1024);
 *     lin.resourceAutoPlace(rd, 2);
 * }
 * }</pre>
 *
 * <p>With JUnit 5 the {@link LinstorCluster} annotation starts one per test class.
 */
public final class LinstorTestCluster implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LinstorTestCluster.class);
    private static final Pattern NAME_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");

    private final TempDirectory directory;
    private final Nodes nodes;
    private final boolean inProcess;
    private final AtomicInteger names = new AtomicInteger();
    /** The controller's properties when the cluster was first ready: what {@link #reset()} returns to. */
    private final Map<String, String> startProps;

    private volatile Duration stopTook;

    private LinstorTestCluster(
            TempDirectory directory, Nodes nodes, boolean inProcess, Map<String, String> startProps) {
        this.directory = directory;
        this.nodes = nodes;
        this.inProcess = inProcess;
        this.startProps = Map.copyOf(startProps);
    }

    /** A builder for a cluster of 3 satellites with pool {@code DfltStorPool} ({@code FILE_THIN}) each. */
    public static Builder builder() {
        return new Builder();
    }

    /** The REST API, e.g. {@code http://127.0.0.1:41237}. */
    public String restUrl() {
        return nodes.restUri();
    }

    /** The controller's binary-protocol URI, e.g. {@code linstor://127.0.0.1:40521}. */
    public String controllerUri() {
        return nodes.controllerUri();
    }

    /** The satellites' node names, in order: alpha, bravo, ... */
    public List<String> nodeNames() {
        return nodes.satelliteNames();
    }

    /** True if the controller and satellites run in this JVM. */
    public boolean inProcess() {
        return inProcess;
    }

    /** The directory holding every node's data, pools and logs ({@code logs/*.log} for child JVMs). */
    public Path directory() {
        return directory.path();
    }

    /**
     * A new client connected to the controller; the caller closes it.
     *
     * @throws io.linstorj.client.LinstorNetworkError if the controller does not answer
     */
    public Linstor connect() {
        return Linstor.connect(controllerUri());
    }

    /**
     * A name no earlier call of this cluster returned: {@code <prefix>-<n>}, valid for resource
     * definitions, groups and snapshots, so that tests sharing a cluster do not meet.
     *
     * @throws IllegalArgumentException unless {@code prefix} starts with a letter and has at most
     *     40 letters, digits, {@code _} or {@code -}
     */
    public String uniqueName(String prefix) {
        if (prefix == null || !NAME_PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("a name prefix must start with a letter and have at most 40 letters,"
                    + " digits, '_' or '-', not " + (prefix == null ? "null" : "'" + prefix + "'"));
        }
        return prefix + "-" + names.incrementAndGet();
    }

    /**
     * Deletes every snapshot, resource, resource definition, resource group (but the default
     * {@code DfltRscGrp}) and key-value store, brings the controller's properties back to those it
     * had when the cluster was ready (deleting the keys set since, setting changed or deleted ones
     * back), and returns when the controller lists none of them any more and has those
     * properties; nodes and storage pools (and their properties) stay.
     *
     * @throws IllegalStateException if the controller refuses a deletion (with its answer) or
     *     something is still listed after a minute
     */
    public void reset() {
        try (Linstor lin = connect()) {
            new ClusterReset(lin, restUrl(), startProps).run();
        }
    }

    /**
     * Kills satellite {@code name} at once, as a crash of its node would: in a child JVM with
     * SIGKILL; in process (a JVM cannot kill a part of itself) its connection to the controller
     * closes with no word before, as a killed process's does, its reconcile passes under way are
     * interrupted and nothing is taken down or released, but its threads end and its files stay
     * written. The controller sees the node go OFFLINE either way.
     *
     * @throws IllegalArgumentException if there is no such satellite
     */
    public void killSatellite(String name) {
        nodes.killSatellite(name);
    }

    /**
     * Starts satellite {@code name} again (stopping it first if it runs) on the same address and
     * port; returns when it is ONLINE and its pools reported capacity.
     *
     * @throws IllegalArgumentException if there is no such satellite
     * @throws IllegalStateException if it does not become ready within a minute
     */
    public void restartSatellite(String name) {
        nodes.restartSatellite(name);
    }

    /** Kills the controller at once (SIGKILL; in process: closes it); clients lose their connection. */
    public void killController() {
        nodes.killController();
    }

    /**
     * Starts the controller again (killing it first if it runs) on the same data and ports;
     * returns when every node is ONLINE and every pool reported capacity. Clients connected before
     * must reconnect.
     *
     * @throws IllegalStateException if it does not become ready within a minute
     */
    public void restartController() {
        nodes.restartController();
    }

    /**
     * Stops the controller and every satellite together, then removes the directory (unless kept).
     * Idempotent.
     *
     * @return how long stopping the nodes took (the first stop's figure on later calls)
     */
    public synchronized Duration stop() {
        if (stopTook == null) {
            try {
                stopTook = nodes.stop();
                LOG.info(
                        "test cluster ({}) stopped in {} ms",
                        inProcess ? "in process" : "child JVMs",
                        stopTook.toMillis());
            } finally {
                directory.close();
            }
        }
        return stopTook;
    }

    /** {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** How a {@link LinstorTestCluster} looks; {@link #start()} starts it. */
    public static final class Builder {
        private static final Set<String> PLAIN_FILE_KINDS =
                Set.of(Consts.PROVIDER_KIND_FILE, Consts.PROVIDER_KIND_FILE_THIN);

        private int satellites = 3;
        private final List<PoolSpec> pools = new ArrayList<>();
        private boolean inProcess;
        private boolean keepDirectory;

        private Builder() {}

        /**
         * How many satellites (default 3).
         *
         * @throws IllegalArgumentException unless 1 to {@value LocalClusterConfig#MAX_SATELLITES}
         */
        public Builder satellites(int count) {
            if (count < 1 || count > LocalClusterConfig.MAX_SATELLITES) {
                throw new IllegalArgumentException("the number of satellites must be 1 to "
                        + LocalClusterConfig.MAX_SATELLITES + ", not " + count);
            }
            this.satellites = count;
            return this;
        }

        /**
         * Adds a storage pool to every satellite; without any, each gets {@code DfltStorPool}
         * ({@code FILE_THIN}).
         *
         * @param providerKind {@code FILE_THIN} or {@code FILE}: plain files, which need no root
         * @throws IllegalArgumentException for another kind, a blank or repeated name
         */
        public Builder pool(String name, String providerKind) {
            if (!PLAIN_FILE_KINDS.contains(providerKind)) {
                throw new IllegalArgumentException("a test cluster's pools are plain files: the provider kind must be "
                        + "FILE_THIN or FILE, not " + providerKind);
            }
            PoolSpec pool = new PoolSpec(name, providerKind);
            if (pools.stream().anyMatch(p -> p.name().equals(pool.name()))) {
                throw new IllegalArgumentException("the pool " + name + " is given twice");
            }
            pools.add(pool);
            return this;
        }

        /** True to run the controller and satellites in this JVM (faster to start; default: child JVMs). */
        public Builder inProcess(boolean value) {
            this.inProcess = value;
            return this;
        }

        /** True to leave the directory (data and logs) in place after the cluster stopped, to read its logs. */
        public Builder keepDirectory(boolean value) {
            this.keepDirectory = value;
            return this;
        }

        /**
         * Starts the cluster and returns when it is ready (every node ONLINE, every pool reported
         * its capacity).
         *
         * @throws IllegalStateException if a node does not start (with its reason) or become ready
         *     within a minute; what was started is stopped again
         */
        public LinstorTestCluster start() {
            List<PoolSpec> wanted = pools.isEmpty()
                    ? List.of(new PoolSpec("DfltStorPool", Consts.PROVIDER_KIND_FILE_THIN))
                    : List.copyOf(pools);
            TempDirectory directory = TempDirectory.withPrefix("linstorj-test", keepDirectory);
            long started = System.nanoTime();
            try {
                Nodes nodes = inProcess
                        ? InProcessNodes.start(directory.path(), satellites, wanted)
                        : ChildProcessNodes.start(directory.path(), satellites, wanted);
                LOG.info(
                        "test cluster of {} satellites ({}) ready in {} ms at {} and {}",
                        satellites,
                        inProcess ? "in process" : "child JVMs",
                        Duration.ofNanos(System.nanoTime() - started).toMillis(),
                        nodes.controllerUri(),
                        nodes.restUri());
                Map<String, String> props;
                try (Linstor lin = Linstor.connect(nodes.controllerUri())) {
                    props = lin.controllerProps().get(0).props();
                } catch (RuntimeException e) {
                    nodes.stop();
                    throw e;
                }
                return new LinstorTestCluster(directory, nodes, inProcess, props);
            } catch (RuntimeException e) {
                directory.close();
                throw e;
            }
        }
    }
}

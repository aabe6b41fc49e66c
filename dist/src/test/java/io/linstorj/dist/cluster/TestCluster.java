package io.linstorj.dist.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Linstor;
import io.linstorj.client.NodeInfo;
import io.linstorj.client.VolumeInfo;
import io.linstorj.launcher.cluster.LocalCluster;
import io.linstorj.launcher.cluster.LocalClusterConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A three-node {@link LocalCluster} for end-to-end tests: ephemeral ports, a client connected to
 * it, and on close a check that no process and no loop device is left behind.
 */
public final class TestCluster implements AutoCloseable {
    private final Path dataDir;
    private final LocalCluster cluster;
    private Linstor client;

    private TestCluster(Path dataDir, int controllerPort) {
        this.dataDir = dataDir;
        this.cluster = LocalCluster.start(new LocalClusterConfig(dataDir, 3, controllerPort, 0, 50 * 1024));
        this.client = Linstor.connect(cluster.controllerUri());
    }

    /** Starts alpha, bravo and charlie (127.0.0.11-13) and a controller, all under {@code dataDir}. */
    public static TestCluster start(Path dataDir) {
        return new TestCluster(dataDir, 0);
    }

    /** The same with the controller on a given port, e.g. LINSTOR's default 3376. */
    public static TestCluster start(Path dataDir, int controllerPort) {
        return new TestCluster(dataDir, controllerPort);
    }

    /** The directory holding the processes' data. */
    public Path dataDir() {
        return dataDir;
    }

    /** The processes. */
    public LocalCluster processes() {
        return cluster;
    }

    /** A client connected to the controller. */
    public Linstor client() {
        return client;
    }

    /** The controller's URI. */
    public String uri() {
        return cluster.controllerUri();
    }

    /** Reconnects the client, e.g. after a controller restart. */
    public void reconnect() {
        client.close();
        client = Linstor.connect(cluster.controllerUri());
    }

    /** Asserts that every reply is a success. */
    public static void check(List<ApiCallResponse> replies) {
        assertThat(Linstor.allApiResponsesSuccess(replies))
                .as(replies.toString())
                .isTrue();
    }

    /** Volume 0 of {@code resource} per node. */
    public Map<String, VolumeInfo> volumes(String resource) {
        return client.volumeList(List.of(), List.of(resource)).get(0).volumes().stream()
                .filter(v -> v.volumeNumber() == 0)
                .collect(Collectors.toMap(VolumeInfo::nodeName, v -> v));
    }

    /** The disk state of volume 0 of {@code resource} per node. */
    public Map<String, String> diskStates(String resource) {
        return volumes(resource).values().stream()
                .collect(Collectors.toMap(VolumeInfo::nodeName, VolumeInfo::diskState));
    }

    /** The connection status per node. */
    public Map<String, String> connectionStatus() {
        return client.nodeList().get(0).nodes().stream()
                .collect(Collectors.toMap(NodeInfo::name, NodeInfo::connectionStatus));
    }

    /** Stops everything and checks that no satellite process and no loop device is left. */
    @Override
    public void close() {
        client.close();
        cluster.close();
        assertThat(cluster.satellites())
                .allSatisfy(s -> assertThat(s.process().isAlive()).isFalse());
        List<String> leftovers = LoopDevices.attachedUnder(dataDir);
        LoopDevices.detachAllUnder(dataDir);
        assertThat(leftovers)
                .as("loop devices left attached after the cluster stopped")
                .isEmpty();
    }
}

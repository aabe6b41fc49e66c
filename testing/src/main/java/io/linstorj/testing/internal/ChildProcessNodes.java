package io.linstorj.testing.internal;

import io.linstorj.launcher.cluster.LocalCluster;
import io.linstorj.launcher.cluster.LocalClusterConfig;
import io.linstorj.launcher.cluster.PoolSpec;
import io.linstorj.satellite.drbd.DrbdDriverChoice;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The nodes as child JVMs: a {@link LocalCluster} on ephemeral ports, its satellites' DRBD
 * emulated, its JVMs started for a short life (class-data archives, C1 only).
 */
public final class ChildProcessNodes implements Nodes {
    private final LocalCluster cluster;

    private ChildProcessNodes(LocalCluster cluster) {
        this.cluster = cluster;
    }

    /** Starts a controller and {@code satellites} satellites under {@code directory}; returns once ready. */
    public static ChildProcessNodes start(Path directory, int satellites, List<PoolSpec> pools) {
        LocalClusterConfig config = new LocalClusterConfig(directory, satellites, 0, 0, 0)
                .withDrbdDriver(DrbdDriverChoice.EMULATED)
                .withQuickStart(true);
        return new ChildProcessNodes(LocalCluster.start(config, pools));
    }

    @Override
    public String controllerUri() {
        return cluster.controllerUri();
    }

    @Override
    public String restUri() {
        return cluster.restUri();
    }

    @Override
    public List<String> satelliteNames() {
        return cluster.satellites().stream()
                .map(LocalCluster.SatelliteNode::name)
                .toList();
    }

    @Override
    public void killSatellite(String name) {
        cluster.killSatellite(name);
    }

    @Override
    public void restartSatellite(String name) {
        cluster.restartSatellite(name);
    }

    @Override
    public void killController() {
        cluster.killController();
    }

    @Override
    public void restartController() {
        cluster.restartController();
    }

    @Override
    public Duration stop() {
        return cluster.stop();
    }
}

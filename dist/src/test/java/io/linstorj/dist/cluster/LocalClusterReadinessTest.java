package io.linstorj.dist.cluster;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Linstor;
import io.linstorj.launcher.cluster.LocalCluster;
import io.linstorj.launcher.cluster.LocalClusterConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ready means usable: right after {@link LocalCluster#start}, {@link LocalCluster#restartSatellite}
 * and {@link LocalCluster#restartController} return, an autoplace that needs every node succeeds.
 * Two satellites on ephemeral ports; the start and stop times are printed, never asserted.
 *
 * <p>"Right after start" happens once per cluster, so the set-up makes that autoplace as soon as
 * the cluster is started and keeps its answers for the test that checks them; the restart tests
 * each make their own resource, in whatever order they run.
 */
class LocalClusterReadinessTest {
    @TempDir
    static Path dataDir;

    private static LocalCluster cluster;
    private static List<List<ApiCallResponse>> afterStart;

    @BeforeAll
    static void startCluster() {
        long started = System.nanoTime();
        cluster = LocalCluster.start(new LocalClusterConfig(dataDir, 2, 0, 0, 0));
        System.out.printf(
                "local cluster of 2 satellites ready in %d ms%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        afterStart = autoplaceOnBothNodes("after-start");
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            System.out.printf("local cluster stopped in %d ms%n", cluster.stop().toMillis());
            LoopDevices.detachAllUnder(dataDir);
        }
    }

    /** The answers of creating {@code resource} and placing it on both nodes, in order. */
    private static List<List<ApiCallResponse>> autoplaceOnBothNodes(String resource) {
        try (Linstor lin = Linstor.connect(cluster.controllerUri())) {
            List<List<ApiCallResponse>> answers = new ArrayList<>();
            answers.add(lin.resourceDfnCreate(resource));
            answers.add(lin.volumeDfnCreate(resource, 4 * 1024));
            answers.add(lin.resourceAutoPlace(resource, 2));
            return answers;
        }
    }

    @Test
    void autoplaceRightAfterStartSucceeds() {
        afterStart.forEach(TestCluster::check);
    }

    @Test
    void autoplaceRightAfterASatelliteRestartSucceeds() {
        cluster.killSatellite("alpha");

        cluster.restartSatellite("alpha");

        autoplaceOnBothNodes("after-satellite-restart").forEach(TestCluster::check);
    }

    @Test
    void autoplaceRightAfterAControllerRestartSucceeds() {
        cluster.restartController();

        autoplaceOnBothNodes("after-controller-restart").forEach(TestCluster::check);
    }
}

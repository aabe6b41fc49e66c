package io.linstorj.dist.cluster;

import static io.linstorj.dist.cluster.TestCluster.check;

import io.linstorj.client.Linstor;
import io.linstorj.launcher.cluster.LocalCluster;
import io.linstorj.launcher.cluster.LocalClusterConfig;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ready means usable: right after {@link LocalCluster#start}, {@link LocalCluster#restartSatellite}
 * and {@link LocalCluster#restartController} return, an autoplace that needs every node succeeds.
 * Two satellites on ephemeral ports; the start and stop times are printed, never asserted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalClusterReadinessTest {
    @TempDir
    static Path dataDir;

    private static LocalCluster cluster;

    @BeforeAll
    static void startCluster() {
        long started = System.nanoTime();
        cluster = LocalCluster.start(new LocalClusterConfig(dataDir, 2, 0, 0, 0));
        System.out.printf(
                "local cluster of 2 satellites ready in %d ms%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            System.out.printf("local cluster stopped in %d ms%n", cluster.stop().toMillis());
            LoopDevices.detachAllUnder(dataDir);
        }
    }

    private static void autoplaceOnBothNodes(String resource) {
        try (Linstor lin = Linstor.connect(cluster.controllerUri())) {
            check(lin.resourceDfnCreate(resource));
            check(lin.volumeDfnCreate(resource, 4 * 1024));
            check(lin.resourceAutoPlace(resource, 2));
        }
    }

    @Test
    @Order(1)
    void autoplaceRightAfterStartSucceeds() {
        autoplaceOnBothNodes("after-start");
    }

    @Test
    @Order(2)
    void autoplaceRightAfterASatelliteRestartSucceeds() {
        cluster.killSatellite("alpha");

        cluster.restartSatellite("alpha");

        autoplaceOnBothNodes("after-satellite-restart");
    }

    @Test
    @Order(3)
    void autoplaceRightAfterAControllerRestartSucceeds() {
        cluster.restartController();

        autoplaceOnBothNodes("after-controller-restart");
    }
}

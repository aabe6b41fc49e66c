package io.linstorj.dist.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Linstor;
import io.linstorj.client.VolumeInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real three-node cluster: a controller and three satellites, each its own OS process on
 * 127.0.0.11-13, with FILE_THIN pools (loop devices where the test runs as root).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalClusterTest {
    private static final Duration CONVERGE = Duration.ofSeconds(60);

    @TempDir
    static Path dataDir;

    private static TestCluster cluster;
    private static Linstor lin;

    @BeforeAll
    static void startCluster() {
        cluster = TestCluster.start(dataDir);
        lin = cluster.client();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static void check(List<ApiCallResponse> replies) {
        TestCluster.check(replies);
    }

    private static Map<String, VolumeInfo> volumes(String resource) {
        return cluster.volumes(resource);
    }

    private static Map<String, String> diskStates(String resource) {
        return cluster.diskStates(resource);
    }

    private static Map<String, String> connectionStatus() {
        return cluster.connectionStatus();
    }

    private static Path backingFile(String node, String resource) {
        return dataDir.resolve(node).resolve("pools/DfltStorPool").resolve(resource + "_00000.img");
    }

    private static void createOnThreeNodes(String resource, long sizeKib) {
        check(lin.resourceDfnCreate(resource));
        check(lin.volumeDfnCreate(resource, sizeKib));
        check(lin.resourceCreate(resource, "alpha"));
        check(lin.resourceCreate(resource, "bravo"));
        check(lin.resourceCreate(resource, "charlie", true));
    }

    private static void awaitUpToDate(String resource) {
        await().atMost(CONVERGE).untilAsserted(() -> assertThat(diskStates(resource))
            .containsExactlyInAnyOrderEntriesOf(Map.of("alpha", "UpToDate", "bravo", "UpToDate", "charlie", "Diskless")));
    }

    @Test
    @Order(1)
    void twoDiskfulReplicasAndOneDisklessComeUpUpToDateUpToDateDiskless() throws IOException {
        createOnThreeNodes("web", 20 * 1024);

        awaitUpToDate("web");

        for (String node : List.of("alpha", "bravo")) {
            assertThat(backingFile(node, "web")).exists();
            assertThat(Files.size(backingFile(node, "web"))).isGreaterThanOrEqualTo(20L * 1024 * 1024);
            VolumeInfo volume = volumes("web").get(node);
            assertThat(volume.devicePath()).isEqualTo("/dev/drbd" + volume.minorNumber().orElseThrow());
            assertThat(volume.backingDisk()).isNotEmpty();
        }
        assertThat(backingFile("charlie", "web")).doesNotExist();
        assertThat(volumes("web").get("charlie").backingDisk()).isEqualTo("none");
    }

    @Test
    @Order(2)
    void growingTheVolumeGrowsTheBackingFiles() throws IOException {
        long before = Files.size(backingFile("alpha", "web"));

        check(lin.volumeDfnModify("web", 0, 40 * 1024));

        await().atMost(CONVERGE).untilAsserted(() -> {
            assertThat(Files.size(backingFile("alpha", "web"))).isGreaterThan(before).isGreaterThanOrEqualTo(40L << 20);
            assertThat(Files.size(backingFile("bravo", "web"))).isGreaterThanOrEqualTo(40L << 20);
        });
        awaitUpToDate("web");
    }

    @Test
    @Order(3)
    void deletingTheResourceRemovesItsBackingFiles() {
        createOnThreeNodes("scratch", 8 * 1024);
        awaitUpToDate("scratch");

        assertThat(lin.resourceDfnDelete("scratch").get(0).isError()).as("still in use").isTrue();
        for (String node : List.of("alpha", "bravo", "charlie")) {
            check(lin.resourceDelete("scratch", node));
        }
        check(lin.resourceDfnDelete("scratch"));

        await().atMost(CONVERGE).untilAsserted(() -> {
            assertThat(backingFile("alpha", "scratch")).doesNotExist();
            assertThat(backingFile("bravo", "scratch")).doesNotExist();
            assertThat(LoopDevices.attachedUnder(dataDir)).noneMatch(line -> line.contains("scratch_"));
        });
    }

    @Test
    @Order(4)
    void killedSatelliteGoesOfflineAndConvergesAfterItsRestart() {
        cluster.processes().killSatellite("alpha");

        await().atMost(CONVERGE).untilAsserted(() -> assertThat(connectionStatus()).containsEntry("alpha", "OFFLINE"));

        cluster.processes().restartSatellite("alpha");

        await().atMost(CONVERGE).untilAsserted(() -> assertThat(connectionStatus()).containsEntry("alpha", "ONLINE"));
        awaitUpToDate("web");
        assertThat(LoopDevices.attachedUnder(dataDir).stream().filter(l -> l.contains("alpha")).count())
            .as("one loop device per backing file on alpha").isLessThanOrEqualTo(1);
    }

    @Test
    @Order(5)
    void controllerRestartConvergesWithNothingDuplicated() throws IOException {
        long filesBefore;
        try (var files = Files.list(dataDir.resolve("alpha/pools/DfltStorPool"))) {
            filesBefore = files.count();
        }
        cluster.processes().restartController();
        cluster.reconnect();
        lin = cluster.client();

        await().atMost(CONVERGE).untilAsserted(() ->
            assertThat(connectionStatus()).containsOnly(
                Map.entry("alpha", "ONLINE"), Map.entry("bravo", "ONLINE"), Map.entry("charlie", "ONLINE")));
        awaitUpToDate("web");
        assertThat(lin.resourceList().get(0).resources()).hasSize(3);
        try (var files = Files.list(dataDir.resolve("alpha/pools/DfltStorPool"))) {
            assertThat(files.count()).isEqualTo(filesBefore);
        }
        List<String> loops = LoopDevices.attachedUnder(dataDir);
        assertThat(loops).doesNotHaveDuplicates();
        assertThat(loops.stream().map(l -> l.split(" ")[1]).distinct().count()).isEqualTo(loops.size());
    }
}

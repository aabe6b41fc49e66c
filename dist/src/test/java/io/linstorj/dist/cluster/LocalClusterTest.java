package io.linstorj.dist.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Consts;
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
        await().atMost(CONVERGE)
                .untilAsserted(() -> assertThat(diskStates(resource))
                        .containsExactlyInAnyOrderEntriesOf(
                                Map.of("alpha", "UpToDate", "bravo", "UpToDate", "charlie", "Diskless")));
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
            assertThat(volume.devicePath())
                    .isEqualTo("/dev/drbd" + volume.minorNumber().orElseThrow());
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
            assertThat(Files.size(backingFile("alpha", "web")))
                    .isGreaterThan(before)
                    .isGreaterThanOrEqualTo(40L << 20);
            assertThat(Files.size(backingFile("bravo", "web"))).isGreaterThanOrEqualTo(40L << 20);
        });
        awaitUpToDate("web");
    }

    @Test
    @Order(3)
    void deletingTheDefinitionWithThreeReplicasRemovesEveryResourceAndItsBackingFiles() {
        createOnThreeNodes("scratch", 8 * 1024);
        awaitUpToDate("scratch");

        List<ApiCallResponse> replies = lin.resourceDfnDelete("scratch");

        check(replies);
        assertThat(replies.get(0).message()).isEqualTo("Resource definition 'scratch' marked for deletion.");
        await().atMost(CONVERGE)
                .until(() -> lin.resourceDfnList(List.of("scratch"))
                        .get(0)
                        .resourceDefinitions()
                        .isEmpty());
        assertThat(lin.resourceList().get(0).resources())
                .noneMatch(r -> r.name().equals("scratch"));
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

        await().atMost(CONVERGE)
                .untilAsserted(() -> assertThat(connectionStatus()).containsEntry("alpha", "OFFLINE"));

        cluster.processes().restartSatellite("alpha");

        await().atMost(CONVERGE)
                .untilAsserted(() -> assertThat(connectionStatus()).containsEntry("alpha", "ONLINE"));
        awaitUpToDate("web");
        assertThat(LoopDevices.attachedUnder(dataDir).stream()
                        .filter(l -> l.contains("alpha"))
                        .count())
                .as("one loop device per backing file on alpha")
                .isLessThanOrEqualTo(1);
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

        await().atMost(CONVERGE)
                .untilAsserted(() -> assertThat(connectionStatus())
                        .containsOnly(
                                Map.entry("alpha", "ONLINE"),
                                Map.entry("bravo", "ONLINE"),
                                Map.entry("charlie", "ONLINE")));
        awaitUpToDate("web");
        assertThat(lin.resourceList().get(0).resources()).hasSize(3);
        try (var files = Files.list(dataDir.resolve("alpha/pools/DfltStorPool"))) {
            assertThat(files.count()).isEqualTo(filesBefore);
        }
        List<String> loops = LoopDevices.attachedUnder(dataDir);
        assertThat(loops).doesNotHaveDuplicates();
        assertThat(loops.stream().map(l -> l.split(" ")[1]).distinct().count()).isEqualTo(loops.size());
    }

    @Test
    @Order(6)
    void growingBeyondWhatThePoolsCanProvisionIsRefusedAndChangesNothing() {
        long sizeBefore = webSizeKib();
        long total = lin.storagePoolList(List.of("alpha"), List.of("DfltStorPool"))
                .get(0)
                .storagePools()
                .get(0)
                .totalCapacityKib()
                .orElseThrow();
        long tooLarge = 1L << 40;
        assumeTrue(total * 20 < tooLarge, "the pool's file system is too large to over-subscribe 20 times 1 PiB");

        List<ApiCallResponse> replies = lin.volumeDfnModify("web", 0, tooLarge);

        assertThat(replies).singleElement().satisfies(reply -> {
            assertThat(reply.isError(Consts.FAIL_NOT_ENOUGH_FREE_SPACE))
                    .as(reply.toString())
                    .isTrue();
            assertThat(reply.message())
                    .contains("node 'alpha'", "node 'bravo'", "'DfltStorPool'")
                    .doesNotContain("charlie");
        });
        assertThat(webSizeKib()).isEqualTo(sizeBefore);
        awaitUpToDate("web");
    }

    @Test
    @Order(7)
    void deletingADefinitionWhileASatelliteIsDownRemovesItThereWhenItComesBack() {
        createOnThreeNodes("away", 8 * 1024);
        awaitUpToDate("away");
        cluster.processes().killSatellite("bravo");
        await().atMost(CONVERGE)
                .untilAsserted(() -> assertThat(connectionStatus()).containsEntry("bravo", "OFFLINE"));

        List<ApiCallResponse> replies = lin.resourceDfnDelete("away");

        assertThat(replies).noneMatch(ApiCallResponse::isError);
        assertThat(replies)
                .filteredOn(reply -> reply.isWarning(Consts.WARN_NOT_CONNECTED))
                .singleElement()
                .satisfies(reply -> assertThat(reply.message()).contains("'bravo'"));
        await().atMost(CONVERGE)
                .untilAsserted(() -> assertThat(backingFile("alpha", "away")).doesNotExist());
        assertThat(backingFile("bravo", "away"))
                .as("bravo is down: nothing removed it yet")
                .exists();
        assertThat(lin.resourceDfnList(List.of("away")).get(0).resourceDefinitions())
                .singleElement()
                .satisfies(definition -> assertThat(definition.flags()).contains("DELETE"));

        cluster.processes().restartSatellite("bravo");

        await().atMost(CONVERGE).untilAsserted(() -> {
            assertThat(connectionStatus()).containsEntry("bravo", "ONLINE");
            assertThat(backingFile("bravo", "away")).doesNotExist();
            assertThat(LoopDevices.attachedUnder(dataDir)).noneMatch(line -> line.contains("away_"));
            assertThat(lin.resourceDfnList(List.of("away")).get(0).resourceDefinitions())
                    .isEmpty();
        });
        awaitUpToDate("web");
    }

    private static long webSizeKib() {
        return lin.resourceDfnList(List.of("web"))
                .get(0)
                .resourceDefinitions()
                .get(0)
                .volumeDefinitions()
                .get(0)
                .sizeKib();
    }
}

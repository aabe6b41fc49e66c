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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real three-node cluster: a controller and three satellites, each its own OS process on
 * 127.0.0.11-13, with FILE_THIN pools (loop devices where the test runs as root). Each test makes
 * its own resource on the shared cluster and leaves every process running, so that the tests run
 * in any order.
 */
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

    /** A resource UpToDate on alpha and bravo, Diskless on charlie. */
    private static void upToDateOnThreeNodes(String resource, long sizeKib) {
        createOnThreeNodes(resource, sizeKib);
        awaitUpToDate(resource);
    }

    private static void awaitUpToDate(String resource) {
        await().atMost(CONVERGE)
                .untilAsserted(() -> assertThat(diskStates(resource))
                        .containsExactlyInAnyOrderEntriesOf(
                                Map.of("alpha", "UpToDate", "bravo", "UpToDate", "charlie", "Diskless")));
    }

    @Test
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
    void growingTheVolumeGrowsTheBackingFiles() throws IOException {
        upToDateOnThreeNodes("grown", 20 * 1024);
        long before = Files.size(backingFile("alpha", "grown"));

        check(lin.volumeDfnModify("grown", 0, 40 * 1024));

        await().atMost(CONVERGE).untilAsserted(() -> {
            assertThat(Files.size(backingFile("alpha", "grown")))
                    .isGreaterThan(before)
                    .isGreaterThanOrEqualTo(40L << 20);
            assertThat(Files.size(backingFile("bravo", "grown"))).isGreaterThanOrEqualTo(40L << 20);
        });
        awaitUpToDate("grown");
    }

    @Test
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
    void killedSatelliteGoesOfflineAndConvergesAfterItsRestart() {
        upToDateOnThreeNodes("revived", 8 * 1024);

        cluster.processes().killSatellite("alpha");

        await().atMost(CONVERGE)
                .untilAsserted(() -> assertThat(connectionStatus()).containsEntry("alpha", "OFFLINE"));

        cluster.processes().restartSatellite("alpha");

        await().atMost(CONVERGE)
                .untilAsserted(() -> assertThat(connectionStatus()).containsEntry("alpha", "ONLINE"));
        awaitUpToDate("revived");
        assertThat(LoopDevices.attachedUnder(dataDir).stream()
                        .filter(l -> l.contains("alpha") && l.contains("revived_"))
                        .count())
                .as("one loop device per backing file on alpha")
                .isLessThanOrEqualTo(1);
    }

    @Test
    void controllerRestartConvergesWithNothingDuplicated() throws IOException {
        upToDateOnThreeNodes("restarted", 8 * 1024);
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
        awaitUpToDate("restarted");
        assertThat(lin.resourceList().get(0).resources())
                .filteredOn(r -> r.name().equals("restarted"))
                .hasSize(3);
        try (var files = Files.list(dataDir.resolve("alpha/pools/DfltStorPool"))) {
            assertThat(files.count()).isEqualTo(filesBefore);
        }
        List<String> loops = LoopDevices.attachedUnder(dataDir);
        assertThat(loops).doesNotHaveDuplicates();
        assertThat(loops.stream().map(l -> l.split(" ")[1]).distinct().count()).isEqualTo(loops.size());
    }

    @Test
    void growingBeyondWhatThePoolsCanProvisionIsRefusedAndChangesNothing() {
        upToDateOnThreeNodes("modest", 8 * 1024);
        long sizeBefore = sizeKib("modest");
        long total = lin.storagePoolList(List.of("alpha"), List.of("DfltStorPool"))
                .get(0)
                .storagePools()
                .get(0)
                .totalCapacityKib()
                .orElseThrow();
        long tooLarge = 1L << 40;
        assumeTrue(total * 20 < tooLarge, "the pool's file system is too large to over-subscribe 20 times 1 PiB");

        List<ApiCallResponse> replies = lin.volumeDfnModify("modest", 0, tooLarge);

        assertThat(replies).singleElement().satisfies(reply -> {
            assertThat(reply.isError(Consts.FAIL_NOT_ENOUGH_FREE_SPACE))
                    .as(reply.toString())
                    .isTrue();
            assertThat(reply.message())
                    .contains("node 'alpha'", "node 'bravo'", "'DfltStorPool'")
                    .doesNotContain("charlie");
        });
        assertThat(sizeKib("modest")).isEqualTo(sizeBefore);
        awaitUpToDate("modest");
    }

    @Test
    void deletingADefinitionWhileASatelliteIsDownRemovesItThereWhenItComesBack() {
        upToDateOnThreeNodes("away", 8 * 1024);
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
    }

    private static long sizeKib(String resource) {
        return lin.resourceDfnList(List.of(resource))
                .get(0)
                .resourceDefinitions()
                .get(0)
                .volumeDefinitions()
                .get(0)
                .sizeKib();
    }
}

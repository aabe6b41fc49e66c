package io.linstorj.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Consts;
import io.linstorj.client.Linstor;
import io.linstorj.client.LinstorApiCallError;
import io.linstorj.client.Resource;
import io.linstorj.client.SnapshotInfo;
import io.linstorj.client.SnapshotVolumeInfo;
import io.linstorj.controller.transport.FakeSatellite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client's snapshot calls, low-level and on the high-level {@link Resource}, against this REST
 * server over real sockets, with stand-in satellites that report every desired snapshot as taken.
 */
class ClientSnapshotsOverRestTest {
    private static final List<String> NODES = List.of("alpha", "bravo", "charlie");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    private RestFixture rest;
    private Linstor lin;
    private final List<FakeSatellite> satellites = new ArrayList<>();

    @BeforeEach
    void start() throws InterruptedException {
        rest = new RestFixture(dataDir);
        for (int i = 0; i < NODES.size(); i++) {
            String address = "127.0.9." + (81 + i);
            FakeSatellite satellite = FakeSatellite.start(address, 1024 * 1024, 1024 * 1024);
            satellites.add(satellite);
            assertThat(rest.createNode(NODES.get(i), address, satellite.port()).status())
                    .isEqualTo(201);
            assertThat(rest.createThinPool(NODES.get(i)).status()).isEqualTo(201);
        }
        lin = Linstor.connect(rest.base().toString());
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(lin.nodeList().get(0).nodes())
                        .allMatch(node -> "ONLINE".equals(node.connectionStatus())));
        check(lin.resourceDfnCreate("r1"));
        check(lin.volumeDfnCreate("r1", 15360));
        check(lin.volumeDfnCreate("r1", 20480));
        check(lin.resourceCreate("r1", "alpha"));
        check(lin.resourceCreate("r1", "bravo"));
        check(lin.resourceCreate("r1", "charlie", true));
    }

    @AfterEach
    void stop() {
        lin.close();
        rest.close();
        satellites.forEach(FakeSatellite::close);
    }

    private static void check(List<ApiCallResponse> replies) {
        assertThat(replies).as("replies").allMatch(reply -> !reply.isError());
    }

    private Optional<SnapshotInfo> snapshot(String resource, String name) {
        return lin.snapshotList(List.of(), List.of(resource)).get(0).snapshots().stream()
                .filter(snapshot -> snapshot.name().equals(name))
                .findFirst();
    }

    private void awaitTaken(String resource, String name) {
        await().atMost(WAIT)
                .until(() ->
                        snapshot(resource, name).map(SnapshotInfo::isSuccessful).orElse(false));
    }

    @Test
    void aSnapshotIsTakenOnTheDiskfulReplicasListedAndDeleted() {
        List<ApiCallResponse> created = lin.snapshotCreate("r1", "s1");

        assertThat(created.get(0).isSuccess(Consts.MASK_SNAPSHOT | Consts.MASK_CRT))
                .isTrue();
        awaitTaken("r1", "s1");
        SnapshotInfo s1 = snapshot("r1", "s1").orElseThrow();
        assertThat(s1.resourceName()).isEqualTo("r1");
        assertThat(s1.nodes()).containsExactlyInAnyOrder("alpha", "bravo");
        assertThat(s1.volumes()).containsExactly(new SnapshotVolumeInfo(0, 15360), new SnapshotVolumeInfo(1, 20480));
        assertThat(lin.snapshotCreate("r1", "s1")).anyMatch(ApiCallResponse::isError);

        check(lin.snapshotDelete("r1", "s1"));
        await().atMost(WAIT).until(() -> snapshot("r1", "s1").isEmpty());
    }

    @Test
    void aSnapshotOfOneNodeIsTakenThereOnly() {
        check(lin.snapshotCreate("r1", "s2", List.of("bravo")));

        awaitTaken("r1", "s2");
        assertThat(snapshot("r1", "s2").orElseThrow().nodes()).containsExactly("bravo");
    }

    @Test
    void theHighLevelResourceSnapshotsRestoresAndRollsBack() {
        Resource r1 = new Resource("r1", lin);
        r1.snapshot("s1");
        awaitTaken("r1", "s1");

        Resource copy = r1.restore("s1", "r1copy");

        assertThat(copy.getName()).isEqualTo("r1copy");
        assertThat(copy.getVolumes()).containsOnlyKeys(0, 1);
        assertThat(copy.getVolumes().get(1).getSize()).isEqualTo(20480L * 1024);
        assertThat(copy.diskfulNodes()).containsExactlyInAnyOrder("alpha", "bravo");
        r1.rollback("s1");
    }

    @Test
    void aRefusedRestoreLeavesNoDefinitionBehind() {
        Resource r1 = new Resource("r1", lin);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> r1.restore("nosuchsnapshot", "r1copy"))
                .isInstanceOf(LinstorApiCallError.class);

        assertThat(lin.resourceDfnList(List.of("r1copy")).get(0).resourceDefinitions())
                .isEmpty();
    }
}

package io.linstorj.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Consts;
import io.linstorj.client.EventHeader;
import io.linstorj.client.Linstor;
import io.linstorj.client.LinstorApiCallError;
import io.linstorj.client.ObjectIdentifier;
import io.linstorj.client.Resource;
import io.linstorj.client.ResourceInfo;
import io.linstorj.client.SnapshotInfo;
import io.linstorj.client.SnapshotState;
import io.linstorj.client.SnapshotVolumeInfo;
import io.linstorj.client.Watch;
import io.linstorj.controller.transport.FakeSatellite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client's snapshot and clone calls against a real controller over real sockets, once over
 * the client protocol ({@code linstor://}) and once over this REST server ({@code http://}), with
 * stand-in satellites that take every desired snapshot: the same code gives the same answers.
 */
class ClientSnapshotsOverBothTransportsTest {
    private static final List<String> NODES = List.of("alpha", "bravo", "charlie");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path binaryDir;

    @TempDir
    Path restDir;

    private final List<AutoCloseable> started = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
    }

    /** A controller with three nodes on stand-in satellites and r1 (two volumes) on alpha, bravo and diskless charlie. */
    private Linstor cluster(String scheme) throws InterruptedException {
        RestFixture rest = new RestFixture(scheme.equals("http") ? restDir : binaryDir);
        started.add(rest);
        for (int i = 0; i < NODES.size(); i++) {
            String address = "127.0.9." + (91 + i);
            FakeSatellite satellite = FakeSatellite.start(address, 1024 * 1024, 1024 * 1024);
            started.add(satellite::close);
            assertThat(rest.createNode(NODES.get(i), address, satellite.port()).status())
                    .isEqualTo(201);
            assertThat(rest.createThinPool(NODES.get(i)).status()).isEqualTo(201);
        }
        Linstor lin = Linstor.connect(
                scheme.equals("http")
                        ? rest.base().toString()
                        : "linstor://127.0.0.1:" + rest.controller().address().getPort());
        started.add(lin::close);
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(lin.nodeList().get(0).nodes())
                        .allMatch(node -> "ONLINE".equals(node.connectionStatus())));
        check(lin.resourceDfnCreate("r1"));
        check(lin.volumeDfnCreate("r1", 15360));
        check(lin.volumeDfnCreate("r1", 20480));
        check(lin.resourceCreate("r1", "alpha"));
        check(lin.resourceCreate("r1", "bravo"));
        check(lin.resourceCreate("r1", "charlie", true));
        return lin;
    }

    private static void check(List<ApiCallResponse> replies) {
        assertThat(replies).as("replies").allMatch(reply -> !reply.isError());
    }

    private static Optional<SnapshotInfo> snapshot(Linstor lin, String resource, String name) {
        return lin.snapshotList(List.of(), List.of(resource)).get(0).snapshots().stream()
                .filter(snapshot -> snapshot.name().equals(name))
                .findFirst();
    }

    private static void awaitTaken(Linstor lin, String resource, String name) {
        await().atMost(WAIT)
                .until(() -> snapshot(lin, resource, name)
                        .map(SnapshotInfo::isSuccessful)
                        .orElse(false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"linstor", "http"})
    void aSnapshotIsTakenOnTheDiskfulReplicasListedAndDeleted(String scheme) throws Exception {
        Linstor lin = cluster(scheme);

        List<ApiCallResponse> created = lin.snapshotCreate("r1", "s1");

        assertThat(created.get(0).isSuccess(Consts.MASK_SNAPSHOT | Consts.MASK_CRT))
                .isTrue();
        awaitTaken(lin, "r1", "s1");
        SnapshotInfo s1 = snapshot(lin, "r1", "s1").orElseThrow();
        assertThat(s1.resourceName()).isEqualTo("r1");
        assertThat(s1.nodes()).containsExactlyInAnyOrder("alpha", "bravo");
        assertThat(s1.volumes()).containsExactly(new SnapshotVolumeInfo(0, 15360), new SnapshotVolumeInfo(1, 20480));
        assertThat(lin.snapshotList(List.of("charlie"), List.of()).get(0).snapshots())
                .isEmpty();

        check(lin.snapshotDelete("r1", "s1"));
        await().atMost(WAIT).until(() -> snapshot(lin, "r1", "s1").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"linstor", "http"})
    void theHighLevelResourceSnapshotsRestoresRollsBackAndClones(String scheme) throws Exception {
        Linstor lin = cluster(scheme);
        Resource r1 = new Resource("r1", lin);
        r1.snapshot("s1");
        awaitTaken(lin, "r1", "s1");

        Resource copy = r1.restore("s1", "r1copy");
        r1.rollback("s1");
        Resource clone = r1.clone("r1clone");

        assertThat(copy.getVolumes()).containsOnlyKeys(0, 1);
        assertThat(copy.getVolumes().get(1).getSize()).isEqualTo(20480L * 1024);
        assertThat(copy.diskfulNodes()).containsExactlyInAnyOrder("alpha", "bravo");
        assertThat(clone.getName()).isEqualTo("r1clone");
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(lin.resourceList(List.of(), List.of("r1clone"))
                                .get(0)
                                .resources())
                        .extracting(ResourceInfo::nodeName)
                        .containsExactlyInAnyOrder("alpha", "bravo"));
        assertThat(lin.resourceDfnCloneStatus("r1", "r1clone"))
                .as("the stand-in satellites report no disk state, so the copy never ends")
                .isEqualTo("CLONING");
    }

    @ParameterizedTest
    @ValueSource(strings = {"linstor", "http"})
    void aRefusedRestoreLeavesNoDefinitionBehind(String scheme) throws Exception {
        Linstor lin = cluster(scheme);
        Resource r1 = new Resource("r1", lin);

        assertThatThrownBy(() -> r1.restore("nosuchsnapshot", "r1copy")).isInstanceOf(LinstorApiCallError.class);

        assertThat(lin.resourceDfnList(List.of("r1copy")).get(0).resourceDefinitions())
                .isEmpty();
    }

    @Test
    void badInputGivesTheSameRetCodesOverBothTransports() throws Exception {
        List<String> overBinary = refusals(cluster("linstor"));
        List<String> overRest = refusals(cluster("http"));

        assertThat(overBinary).isEqualTo(overRest);
        assertThat(overBinary).hasSize(10).allMatch(line -> line.contains("error"));
    }

    /** Each bad call with the error ret codes of its answer, masks included. */
    private static List<String> refusals(Linstor lin) throws InterruptedException {
        check(lin.snapshotCreate("r1", "s1"));
        awaitTaken(lin, "r1", "s1");
        check(lin.resourceDfnCreate("empty"));
        assertThat(lin.snapshotCreate("nosuchrsc", "s1"))
                .anyMatch(reply -> reply.isError(Consts.FAIL_NOT_FOUND_RSC_DFN));
        assertThat(lin.snapshotCreate("r1", "s1")).anyMatch(reply -> reply.isError(Consts.FAIL_EXISTS_SNAPSHOT_DFN));
        List<String> lines = new ArrayList<>();
        lines.add(line("create on unknown rd", lin.snapshotCreate("nosuchrsc", "s1")));
        lines.add(line("create duplicate", lin.snapshotCreate("r1", "s1")));
        lines.add(line("create bad name", lin.snapshotCreate("r1", "1-bad name")));
        lines.add(line("restore volumes of unknown snapshot", lin.snapshotVolumeDfnRestore("r1", "nosuch", "empty")));
        lines.add(line("restore into unknown rd", lin.snapshotRestore("r1", "s1", "nosuchrsc")));
        lines.add(line("restore of unknown rd", lin.snapshotRestore("nosuchrsc", "s1", "empty")));
        lines.add(line("rollback to unknown snapshot", lin.snapshotRollback("r1", "nosuch")));
        lines.add(line("clone of unknown rd", lin.resourceDfnClone("nosuchrsc", "c1")));
        lines.add(line("clone onto existing rd", lin.resourceDfnClone("r1", "empty")));
        assertThatThrownBy(() -> lin.resourceDfnCloneStatus("r1", "empty"))
                .isInstanceOfSatisfying(
                        LinstorApiCallError.class,
                        error -> lines.add(line("status of no clone", error.getApiCallResponses())));
        return lines;
    }

    private static String line(String what, List<ApiCallResponse> replies) {
        return what + ": "
                + replies.stream()
                        .filter(ApiCallResponse::isError)
                        .map(reply -> "error " + reply.retCode())
                        .toList();
    }

    @Test
    void aBinaryWatchNamingASnapshotGetsItsStatesUntilSuccessful() throws Exception {
        Linstor lin = cluster("linstor");
        CountDownLatch confirmed = new CountDownLatch(1);
        BlockingQueue<EventHeader> headers = new LinkedBlockingQueue<>();

        try (Watch<SnapshotState> watch = lin.watchEventsAsync(
                replies -> {
                    confirmed.countDown();
                    return null;
                },
                (header, data) -> {
                    headers.add(header);
                    return data instanceof SnapshotState state && state.isFinal() ? state : null;
                },
                ObjectIdentifier.builder().resourceName("r1").snapshotName("s1").build())) {
            assertThat(confirmed.await(30, TimeUnit.SECONDS)).isTrue();
            check(lin.snapshotCreate("r1", "s1"));

            SnapshotState last = watch.result().get(30, TimeUnit.SECONDS);

            assertThat(last.state()).isEqualTo(SnapshotState.SUCCESSFUL);
            assertThat(last.reports()).isEmpty();
            assertThat(headers).isNotEmpty().allSatisfy(header -> {
                assertThat(header.eventName()).isEqualTo(Consts.EVENT_SNAPSHOT_DEPLOYMENT);
                assertThat(header.resourceName()).isEqualTo("r1");
                assertThat(header.snapshotName()).isEqualTo("s1");
                assertThat(header.nodeName()).isEmpty();
            });
        }
    }
}

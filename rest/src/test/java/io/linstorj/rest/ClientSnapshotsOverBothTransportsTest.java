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
import io.linstorj.client.SnapshotListResponse;
import io.linstorj.client.SnapshotState;
import io.linstorj.client.SnapshotVolumeInfo;
import io.linstorj.client.Watch;
import io.linstorj.controller.transport.FakeSatellite;
import io.linstorj.protocol.linstor.Snapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
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
    /** The last cluster's controller and its stand-in satellites alpha, bravo, charlie. */
    private RestFixture fixture;

    private final List<FakeSatellite> satellites = new ArrayList<>();

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
        fixture = rest;
        satellites.clear();
        for (int i = 0; i < NODES.size(); i++) {
            String address = "127.0.9." + (91 + i);
            FakeSatellite satellite = FakeSatellite.start(address, 1024 * 1024, 1024 * 1024);
            started.add(satellite);
            satellites.add(satellite);
            assertThat(rest.createNode(NODES.get(i), address, satellite.port()).status())
                    .isEqualTo(201);
            assertThat(rest.createThinPool(NODES.get(i)).status()).isEqualTo(201);
        }
        Linstor lin = connect(rest, scheme);
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

    private Linstor connect(RestFixture rest, String scheme) {
        Linstor lin = Linstor.connect(
                scheme.equals("http")
                        ? rest.base().toString()
                        : "linstor://127.0.0.1:" + rest.controller().address().getPort());
        started.add(lin::close);
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
                        .containsExactlyInAnyOrder("alpha", "bravo", "charlie"));
        assertThat(clone.diskfulNodes()).containsExactlyInAnyOrder("alpha", "bravo");
        assertThat(clone.disklessNodes()).containsExactly("charlie");
        assertThat(clone.getVolumes()).containsOnlyKeys(0, 1);
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

    /** One watch of snapshot {@code snapshot} of r1, recording each event as "action state reports". */
    private static final class SnapshotRecorder {
        final BlockingQueue<EventHeader> headers = new LinkedBlockingQueue<>();
        final List<String> events = new CopyOnWriteArrayList<>();
        final CountDownLatch confirmed = new CountDownLatch(1);
        final Watch<SnapshotState> watch;

        SnapshotRecorder(Linstor lin, String snapshot) throws InterruptedException {
            watch = lin.watchEventsAsync(
                    replies -> {
                        confirmed.countDown();
                        return null;
                    },
                    (header, data) -> {
                        headers.add(header);
                        SnapshotState state = (SnapshotState) data;
                        events.add(header.eventAction() + " " + state.state() + " "
                                + state.reports().stream()
                                        .map(ApiCallResponse::message)
                                        .toList());
                        return state.isFinal() ? state : null;
                    },
                    ObjectIdentifier.builder()
                            .resourceName("r1")
                            .snapshotName(snapshot)
                            .build());
            assertThat(confirmed.await(30, TimeUnit.SECONDS))
                    .as("watch confirmed")
                    .isTrue();
        }

        SnapshotState last() throws Exception {
            try {
                return watch.result().get(60, TimeUnit.SECONDS);
            } finally {
                watch.close();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linstor", "http"})
    void aWatchNamingASnapshotGetsItsStatesUntilSuccessful(String scheme) throws Exception {
        Linstor lin = cluster(scheme);
        SnapshotRecorder recorder = new SnapshotRecorder(lin, "s1");
        check(lin.snapshotCreate("r1", "s1"));

        SnapshotState last = recorder.last();

        assertThat(last.state()).isEqualTo(SnapshotState.SUCCESSFUL);
        assertThat(last.reports()).isEmpty();
        assertThat(recorder.events).containsExactly("Open Suspending []", "Value Taking []", "Value Successful []");
        assertThat(recorder.headers).isNotEmpty().allSatisfy(header -> {
            assertThat(header.eventName()).isEqualTo(Consts.EVENT_SNAPSHOT_DEPLOYMENT);
            assertThat(header.resourceName()).isEqualTo("r1");
            assertThat(header.snapshotName()).isEqualTo("s1");
            assertThat(header.nodeName()).isEmpty();
            assertThat(header.volumeNumber()).isNull();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"linstor", "http"})
    void aSnapshotGivenUpWhenANodeIsLostIsWatchedToFailedWithItsReason(String scheme) throws Exception {
        Linstor lin = cluster(scheme);
        satellites.get(1).holdReports();
        SnapshotRecorder recorder = new SnapshotRecorder(lin, "s1");
        check(lin.snapshotCreate("r1", "s1"));
        await().atMost(WAIT).until(() -> recorder.events.contains("Open Suspending []"));

        started.remove(satellites.get(1));
        satellites.get(1).close();
        SnapshotState last = recorder.last();

        assertThat(last.state()).isEqualTo(SnapshotState.FAILED);
        assertThat(last.reports()).singleElement().satisfies(report -> {
            assertThat(report.isError()).isTrue();
            assertThat(report.message()).contains("Node 'bravo' went").contains("'s1' of resource 'r1'");
        });
        assertThat(recorder.events.get(0)).isEqualTo("Open Suspending []");
        assertThat(snapshot(lin, "r1", "s1").orElseThrow().flags()).contains("FAILED_DISCONNECT");
    }

    @Test
    void aSnapshotWatchNamingANodeIsRefusedOverRestAsNoSnapshotStreamHasOne() throws Exception {
        Linstor lin = cluster("http");

        assertThatThrownBy(() -> lin.watchEvents(
                        Linstor::returnIfFailure,
                        (header, data) -> "event",
                        ObjectIdentifier.builder()
                                .nodeName("alpha")
                                .resourceName("r1")
                                .snapshotName("s1")
                                .build(),
                        WAIT))
                .isInstanceOfSatisfying(
                        LinstorApiCallError.class,
                        error -> assertThat(error.getApiCallResponses())
                                .singleElement()
                                .satisfies(reply -> {
                                    assertThat(reply.isError(Consts.FAIL_INVLD_REQUEST))
                                            .isTrue();
                                    assertThat(reply.message())
                                            .isEqualTo("A snapshot stream belongs to no node and no volume.");
                                }));
    }

    @Test
    void theSnapshotListsProtocolMessageIsTheSameOverBothTransports() throws Exception {
        Linstor binary = cluster("linstor");
        Linstor rest = connect(fixture, "http");
        check(binary.snapshotCreate("r1", "s1"));
        check(rest.snapshotCreate("r1", "s2", List.of("alpha")));
        awaitTaken(binary, "r1", "s1");
        awaitTaken(binary, "r1", "s2");

        for (List<String> nodes : List.of(List.<String>of(), List.of("alpha"), List.of("bravo"), List.of("charlie"))) {
            SnapshotListResponse overBinary =
                    binary.snapshotList(nodes, List.of("r1")).get(0);
            SnapshotListResponse overRest =
                    rest.snapshotList(nodes, List.of("r1")).get(0);

            assertThat(overRest.protoMsg()).as("on %s", nodes).isEqualTo(overBinary.protoMsg());
            assertThat(overRest.snapshots()).isEqualTo(overBinary.snapshots());
        }
        assertThat(binary.snapshotList().get(0).protoMsg().getSnapshotDfnsList())
                .extracting(snapshot -> snapshot.getSnapshotName() + " "
                        + snapshot.getSnapshotsList().stream()
                                .map(Snapshot::getNodeName)
                                .toList()
                        + " " + snapshot.getSnapshotVlmDfnsCount())
                .containsExactlyInAnyOrder("s1 [alpha, bravo] 2", "s2 [alpha] 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"linstor", "http"})
    void afterARestartAWatchFindsTheStoredSnapshotsAndTheOneCaughtMidwayFailed(String scheme) throws Exception {
        Linstor lin = cluster(scheme);
        check(lin.snapshotCreate("r1", "done"));
        awaitTaken(lin, "r1", "done");
        satellites.get(1).holdReports();
        SnapshotRecorder midway = new SnapshotRecorder(lin, "midway");
        check(lin.snapshotCreate("r1", "midway"));
        await().atMost(WAIT).until(() -> midway.events.contains("Open Suspending []"));
        midway.watch.close();
        lin.close();

        started.remove(fixture);
        fixture.close();
        RestFixture restarted = new RestFixture(scheme.equals("http") ? restDir : binaryDir);
        started.add(restarted);
        Linstor after = connect(restarted, scheme);

        assertThat(new SnapshotRecorder(after, "done").last())
                .isEqualTo(new SnapshotState(SnapshotState.SUCCESSFUL, List.of()));
        SnapshotRecorder failed = new SnapshotRecorder(after, "midway");
        SnapshotState last = failed.last();
        assertThat(failed.events)
                .containsExactly("Open Failed [The controller stopped while snapshot 'midway' of resource 'r1' was"
                        + " being taken.]");
        assertThat(last.reports())
                .singleElement()
                .satisfies(report -> assertThat(report.isError()).isTrue());
        assertThat(snapshot(after, "r1", "midway").orElseThrow().flags()).contains("FAILED_DEPLOYMENT");
        assertThat(snapshot(after, "r1", "done").orElseThrow().isSuccessful()).isTrue();
    }
}

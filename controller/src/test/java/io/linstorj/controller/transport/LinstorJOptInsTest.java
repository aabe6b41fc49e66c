package io.linstorj.controller.transport;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.event.EventValue;
import io.linstorj.controller.event.StreamKey;
import io.linstorj.controller.observed.VolumeObservation;
import io.linstorj.protocol.AnswerParts;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.linstor.EventSnapshotState;
import io.linstorj.protocol.linstor.EventVlmDiskState;
import io.linstorj.protocol.linstor.MsgCrtWatch;
import io.linstorj.protocol.linstor.MsgEvent;
import io.linstorj.protocol.linstor.MsgLstNode;
import io.linstorj.protocol.linstor.MsgModKvs;
import io.linstorj.protocol.linstor.MsgRspKvs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LinstorJ's two opt-ins on LINSTOR's dialect, over real sockets: {@code MsgHeader.accepts_parts}
 * (a large answer to that call comes as Part frames) and {@code MsgCrtWatch.snapshot_events} (the
 * watch gets SnapshotDeployment events). Without them a client gets what LINSTOR's clients get.
 */
class LinstorJOptInsTest {
    @TempDir
    Path dataDirectory;

    private Controller controller;
    private RawProtocolClient client;

    @BeforeEach
    void start() throws InterruptedException {
        controller = Controller.start(ControllerConfig.defaults(dataDirectory).withListen("127.0.0.1", 0));
        client = RawProtocolClient.connect(controller.address());
    }

    @AfterEach
    void stop() {
        client.close();
        controller.close();
    }

    /** About 1.5 MiB in one key-value store: more than one part. */
    private void storeLargeKeyValueStore() throws InterruptedException {
        MsgModKvs.Builder modify = MsgModKvs.newBuilder().setKvsName("big");
        for (int i = 0; i < 150; i++) {
            modify.addOverrideProps(WireRequests.entry("key" + i, "v".repeat(10_000)));
        }
        assertThat(client.callForReplies(ApiCalls.MOD_KVS, modify.build()))
                .extracting(reply -> reply.getRetCode())
                .containsExactly(MASK_KVS | MASK_MOD | MODIFIED);
    }

    @Test
    void largeAnswerToACallThatAcceptsPartsComesAsPartsThatJoinIntoTheWholeAnswer() throws InterruptedException {
        storeLargeKeyValueStore();

        List<ProtocolMessage> parts = client.callAcceptingParts(ApiCalls.LST_KVS);
        List<ProtocolMessage> whole = client.call(ApiCalls.LST_KVS);

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> {
            assertThat(AnswerParts.isPart(part)).isTrue();
            assertThat(part.bodies())
                    .singleElement()
                    .satisfies(body -> assertThat(body.size()).isLessThanOrEqualTo(AnswerParts.DEFAULT_PART_BYTES));
        });
        AnswerParts.Assembler assembler = new AnswerParts.Assembler(Long.MAX_VALUE);
        parts.forEach(assembler::append);
        ProtocolMessage joined = assembler.finish();
        assertThat(joined.content()).isEqualTo(ApiCalls.LST_KVS);
        MsgRspKvs list = joined.body(0, MsgRspKvs.parser());
        assertThat(list.getKeyValueStore(0).getPropsCount()).isEqualTo(150);
        assertThat(whole)
                .as("the same call without accepts_parts is answered whole")
                .singleElement()
                .satisfies(answer -> {
                    assertThat(answer.content()).isEqualTo(ApiCalls.LST_KVS);
                    assertThat(answer.body(0, MsgRspKvs.parser())).isEqualTo(list);
                });
    }

    @Test
    void smallAnswerToACallThatAcceptsPartsIsOneOrdinaryFrame() throws InterruptedException {
        List<ProtocolMessage> answers = client.callAcceptingParts(ApiCalls.LST_NODE);

        assertThat(answers).singleElement().satisfies(answer -> {
            assertThat(answer.content()).isEqualTo(ApiCalls.LST_NODE);
            assertThat(answer.body(0, MsgLstNode.parser()).getNodesList()).isEmpty();
        });
    }

    @Test
    void repliesToCallsThatAcceptPartsAreOrdinaryReplies() throws InterruptedException {
        long id = client.newId();
        client.send(id, "FlyToTheMoon", true);

        assertThat(client.awaitAnswers(id)).singleElement().satisfies(answer -> {
            assertThat(answer.content()).isEqualTo(ApiCalls.REPLY);
            assertThat(answer.body(0, io.linstorj.protocol.linstor.ApiCallResponse.parser())
                            .getRetCode())
                    .isEqualTo(RetCodes.UNKNOWN_API_CALL);
        });
    }

    @Test
    void oldClientsDialectRequestIsIgnoredAndTheConnectionSpeaksLinstorsDialect() throws InterruptedException {
        // What LinstorJ's clients sent before they moved onto LINSTOR's dialect.
        client.sendOneway("LinstorJDialect");

        List<ProtocolMessage> answers = client.call(ApiCalls.LST_NODE);

        assertThat(answers)
                .singleElement()
                .satisfies(
                        answer -> assertThat(answer.body(0, MsgLstNode.parser()).getNodesList())
                                .isEmpty());
    }

    private static MsgCrtWatch.Builder snapshotWatch(int watchId) {
        return MsgCrtWatch.newBuilder()
                .setWatchId(watchId)
                .setResourceName("web")
                .setSnapshotName("s1");
    }

    private void watch(MsgCrtWatch.Builder body) throws InterruptedException {
        assertThat(client.callForReplies(ApiCalls.CRT_WATCH, body.build()))
                .singleElement()
                .satisfies(reply -> assertThat(reply.getRetCode()).isEqualTo(MASK_CRT | CREATED));
    }

    private void snapshotState(String state, List<ApiCallRc> reports) {
        controller
                .events()
                .update(StreamKey.snapshotDeployment("web", "s1"), new EventValue.SnapshotDeployment(state, reports));
    }

    /**
     * Makes watch {@code barrierId} (all of web's volume streams) see a disk state: events reach a
     * session in the order the hub published them, so whatever another watch got before arrives
     * before this one.
     */
    private void publishBarrier(int barrierId) throws InterruptedException {
        watch(MsgCrtWatch.newBuilder().setWatchId(barrierId).setResourceName("web"));
        controller
                .observedState()
                .updateVolume(
                        "alpha",
                        "web",
                        0,
                        new VolumeObservation("/dev/loop0", "/dev/drbd1000", "UpToDate", OptionalLong.empty()));
    }

    private static String describe(ProtocolMessage frame) {
        MsgEvent event = frame.body(0, MsgEvent.parser());
        String data = "";
        if (StreamKey.SNAPSHOT_DEPLOYMENT.equals(event.getEventName())
                && frame.bodies().size() > 1) {
            data = " " + frame.body(1, EventSnapshotState.parser()).getState();
        } else if (StreamKey.VOLUME_DISK_STATE.equals(event.getEventName())) {
            data = " " + frame.body(1, EventVlmDiskState.parser()).getDiskState();
        }
        return event.getWatchId() + " " + event.getEventAction() + " " + event.getEventName() + " "
                + (event.hasNodeName() ? event.getNodeName() : "-") + "/" + event.getResourceName() + "/"
                + (event.hasSnapshotName() ? event.getSnapshotName() : "-") + data;
    }

    @Test
    void watchWithSnapshotEventsGetsOpenValueAndCloseOfTheSnapshotItNames() throws InterruptedException {
        ApiCallRc why = ApiCallRc.of(RetCodes.FAIL_SNAPSHOTS_NOT_SUPPORTED, "Node 'alpha' cannot take it.");
        snapshotState(EventValue.SnapshotDeployment.TAKING, List.of());

        watch(snapshotWatch(4).setSnapshotEvents(true));
        snapshotState(EventValue.SnapshotDeployment.FAILED, List.of(why));
        controller.events().removed(StreamKey.snapshotDeployment("web", "s1"));

        List<ProtocolMessage> frames = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            frames.add(client.takeOneway());
        }
        assertThat(frames)
                .extracting(LinstorJOptInsTest::describe)
                .containsExactly(
                        "4 Open SnapshotDeployment -/web/s1 Taking",
                        "4 Value SnapshotDeployment -/web/s1 Failed",
                        "4 CloseRemoved SnapshotDeployment -/web/s1");
        EventSnapshotState failed = frames.get(1).body(1, EventSnapshotState.parser());
        assertThat(failed.getReportsList()).singleElement().satisfies(report -> {
            assertThat(report.getRetCode()).isEqualTo(RetCodes.FAIL_SNAPSHOTS_NOT_SUPPORTED);
            assertThat(report.getMessage()).isEqualTo("Node 'alpha' cannot take it.");
        });
        assertThat(frames.get(2).bodies()).hasSize(1);
    }

    @Test
    void watchWithoutSnapshotEventsGetsNoSnapshotEventEvenWhenItNamesTheSnapshot() throws InterruptedException {
        snapshotState(EventValue.SnapshotDeployment.TAKING, List.of());

        watch(snapshotWatch(4));
        snapshotState(EventValue.SnapshotDeployment.SUCCESSFUL, List.of());
        publishBarrier(9);

        assertThat(describe(client.takeOneway())).isEqualTo("9 Open VlmDiskState alpha/web/- UpToDate");
    }

    @Test
    void watchWithSnapshotEventsButNoSnapshotNameGetsNoSnapshotEvent() throws InterruptedException {
        snapshotState(EventValue.SnapshotDeployment.TAKING, List.of());

        watch(MsgCrtWatch.newBuilder().setWatchId(4).setNodeName("bravo").setSnapshotEvents(true));
        snapshotState(EventValue.SnapshotDeployment.SUCCESSFUL, List.of());
        publishBarrier(9);

        assertThat(describe(client.takeOneway())).isEqualTo("9 Open VlmDiskState alpha/web/- UpToDate");
    }

    @Test
    void watchRecreatedWithoutSnapshotEventsUnderTheSameIdGetsNoMoreOfThem() throws InterruptedException {
        watch(snapshotWatch(4).setSnapshotEvents(true));
        watch(snapshotWatch(4));

        snapshotState(EventValue.SnapshotDeployment.TAKING, List.of());
        publishBarrier(9);

        assertThat(describe(client.takeOneway())).isEqualTo("9 Open VlmDiskState alpha/web/- UpToDate");
    }

    @Test
    void deletedWatchWithSnapshotEventsGetsNoMoreOfThem() throws InterruptedException {
        watch(snapshotWatch(4).setSnapshotEvents(true));
        assertThat(client.callForReplies(
                        ApiCalls.DEL_WATCH,
                        io.linstorj.protocol.linstor.MsgDelWatch.newBuilder()
                                .setWatchId(4)
                                .build()))
                .singleElement()
                .satisfies(reply -> assertThat(reply.getRetCode()).isEqualTo(MASK_DEL | DELETED));

        snapshotState(EventValue.SnapshotDeployment.TAKING, List.of());
        publishBarrier(9);

        assertThat(describe(client.takeOneway())).isEqualTo("9 Open VlmDiskState alpha/web/- UpToDate");
    }
}

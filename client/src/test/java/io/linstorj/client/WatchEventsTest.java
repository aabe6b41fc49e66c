package io.linstorj.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.common.RetCodes;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.linstor.EventRscState;
import io.linstorj.protocol.linstor.MsgCrtWatch;
import io.linstorj.protocol.linstor.MsgDelWatch;
import io.linstorj.protocol.linstor.MsgEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WatchEventsTest {
    private static final ObjectIdentifier RSC1 =
            ObjectIdentifier.builder().resourceName("rsc1").build();

    private FakeController controller;
    private Linstor lin;

    @BeforeEach
    void connect() {
        controller = FakeController.start();
        lin = Linstor.connect(controller.uri());
    }

    @AfterEach
    void disconnect() {
        lin.close();
        controller.close();
    }

    @Test
    void watchSendsItsFilterAndDeliversEventsUntilTheHandlerReturns() throws Exception {
        controller.followWith(call -> ApiCalls.CRT_WATCH.equals(call.content())
                ? List.of(
                        FakeController.diskState(
                                watchIdOf(call), Consts.EVENT_STREAM_OPEN, "alpha", "rsc1", "Inconsistent"),
                        FakeController.diskState(
                                watchIdOf(call), Consts.EVENT_STREAM_VALUE, "alpha", "rsc1", "UpToDate"))
                : List.of());
        BlockingQueue<String> seen = new LinkedBlockingQueue<>();

        Object result = lin.watchEvents(
                Linstor::returnIfFailure,
                (header, data) -> {
                    seen.add(header.eventAction() + " " + header.nodeName() + "/" + header.resourceName() + "/"
                            + header.volumeNumber() + " " + ((VolumeDiskState) data).diskState());
                    return "UpToDate".equals(((VolumeDiskState) data).diskState()) ? "Done" : null;
                },
                ObjectIdentifier.builder()
                        .nodeName("alpha")
                        .resourceName("rsc1")
                        .volumeNumber(0)
                        .build());

        assertThat(result).isEqualTo("Done");
        assertThat(seen).containsExactly("Open alpha/rsc1/0 Inconsistent", "Value alpha/rsc1/0 UpToDate");
        MsgCrtWatch create = controller.takeCall(ApiCalls.CRT_WATCH).body(0, MsgCrtWatch.parser());
        assertThat(create.getNodeName()).isEqualTo("alpha");
        assertThat(create.getResourceName()).isEqualTo("rsc1");
        assertThat(create.hasVolumeNumber()).isTrue();
        assertThat(create.getFilterByVolumeNumber()).isTrue();
        assertThat(create.getSnapshotName()).isEmpty();
        ProtocolMessage delete = controller.takeCall(ApiCalls.DEL_WATCH);
        assertThat(delete.body(0, MsgDelWatch.parser()).getWatchId()).isEqualTo(create.getWatchId());
    }

    @Test
    void filterWithoutVolumeNumberLeavesItUnset() throws Exception {
        lin.watchEvents(replies -> "created", (header, data) -> null, RSC1);

        MsgCrtWatch create = controller.takeCall(ApiCalls.CRT_WATCH).body(0, MsgCrtWatch.parser());
        assertThat(create.hasVolumeNumber()).isFalse();
        assertThat(create.getFilterByVolumeNumber()).isFalse();
        assertThat(create.getNodeName()).isEmpty();
    }

    @Test
    void everyWatchAsksForSnapshotDeploymentEvents() throws Exception {
        lin.watchEvents(replies -> "created", (header, data) -> null, RSC1);
        lin.watchEvents(
                replies -> "created",
                (header, data) -> null,
                ObjectIdentifier.builder().build());

        assertThat(controller
                        .takeCall(ApiCalls.CRT_WATCH)
                        .body(0, MsgCrtWatch.parser())
                        .getSnapshotEvents())
                .isTrue();
        assertThat(controller
                        .takeCall(ApiCalls.CRT_WATCH)
                        .body(0, MsgCrtWatch.parser())
                        .getSnapshotEvents())
                .isTrue();
    }

    @Test
    void replyHandlerResultEndsAWatchAtOnceAndDeletesIt() throws Exception {
        Object result = lin.watchEvents(replies -> replies.size(), (header, data) -> "never", RSC1);

        assertThat(result).isEqualTo(1);
        int watchId = controller
                .takeCall(ApiCalls.CRT_WATCH)
                .body(0, MsgCrtWatch.parser())
                .getWatchId();
        assertThat(controller
                        .takeCall(ApiCalls.DEL_WATCH)
                        .body(0, MsgDelWatch.parser())
                        .getWatchId())
                .isEqualTo(watchId);
    }

    @Test
    void refusedWatchRaisesTheRepliesThroughReturnIfFailure() throws Exception {
        controller.answerWith(call -> List.of(FakeController.reply(
                call.apiCallId(),
                FakeController.response(
                        RetCodes.MASK_ERROR | RetCodes.FAIL_NOT_FOUND_RSC_DFN, "Resource 'rsc1' not found."))));

        assertThatThrownBy(() -> lin.watchEvents(Linstor::returnIfFailure, (header, data) -> "never", RSC1))
                .isInstanceOfSatisfying(
                        LinstorApiCallError.class,
                        error -> assertThat(error.getApiCallResponses())
                                .singleElement()
                                .hasToString("ERROR: Resource 'rsc1' not found."));
        controller.takeCall(ApiCalls.CRT_WATCH);
        assertThat(controller.drainCallNames()).doesNotContain(ApiCalls.DEL_WATCH);
    }

    @Test
    void watchKeepsTheTypeOfItsEventHandler() {
        controller.followWith(call -> ApiCalls.CRT_WATCH.equals(call.content())
                ? List.of(FakeController.diskState(
                        watchIdOf(call), Consts.EVENT_STREAM_OPEN, "alpha", "rsc1", "UpToDate"))
                : List.of());
        EventHandler<String> vlmStateHandler = (header, data) ->
                data instanceof VolumeDiskState state && "UpToDate".equals(state.diskState()) ? "Done" : null;

        String done = lin.watchEvents(Linstor::returnIfFailure, vlmStateHandler, RSC1);

        assertThat(done).isEqualTo("Done");
    }

    @Test
    void refusedWatchWhoseReplyHandlerGoesOnIsAnApiCallError() {
        controller.answerWith(call -> List.of(FakeController.reply(
                call.apiCallId(),
                FakeController.response(
                        RetCodes.MASK_ERROR | RetCodes.FAIL_NOT_FOUND_RSC_DFN, "Resource 'rsc1' not found."))));

        assertThatThrownBy(() -> lin.watchEvents(replies -> null, (header, data) -> "never", RSC1))
                .isInstanceOf(LinstorApiCallError.class)
                .hasMessageContaining("CrtWatch refused by the controller: ERROR: Resource 'rsc1' not found.");
    }

    @Test
    void resourceStateEventCarriesTheSatellitesReasons() {
        controller.followWith(call -> ApiCalls.CRT_WATCH.equals(call.content())
                ? List.of(
                        FakeController.event(
                                resourceEvent(watchIdOf(call), Consts.EVENT_STREAM_VALUE),
                                EventRscState.newBuilder()
                                        .setReady(false)
                                        .addReports(io.linstorj.protocol.linstor.ApiCallResponse.newBuilder()
                                                .setRetCode(Consts.MASK_ERROR)
                                                .setMessage("DRBD could not configure resource 'rsc1'.")
                                                .setCause("drbdadm refused it"))
                                        .build()),
                        FakeController.event(resourceEvent(watchIdOf(call), Consts.EVENT_STREAM_CLOSE_REMOVED), null))
                : List.of());
        BlockingQueue<EventData> data = new LinkedBlockingQueue<>();

        lin.watchEvents(
                Linstor::returnIfFailure,
                (header, eventData) -> {
                    if (eventData != null) {
                        data.add(eventData);
                    }
                    return header.isClose() ? header : null;
                },
                RSC1);

        assertThat(data).singleElement().isInstanceOfSatisfying(ResourceState.class, state -> {
            assertThat(state.ready()).isFalse();
            assertThat(state.reports()).extracting(ApiCallResponse::cause).containsExactly("drbdadm refused it");
        });
    }

    @Test
    void closeActionsCarryNoDataAndResourceStatesTheirFlags() {
        controller.followWith(call -> ApiCalls.CRT_WATCH.equals(call.content())
                ? List.of(
                        FakeController.event(
                                resourceEvent(watchIdOf(call), Consts.EVENT_STREAM_VALUE),
                                EventRscState.newBuilder()
                                        .setReady(true)
                                        .setInUse(EventRscState.InUse.TRUE)
                                        .build()),
                        FakeController.event(resourceEvent(watchIdOf(call), Consts.EVENT_STREAM_CLOSE_REMOVED), null))
                : List.of());
        BlockingQueue<EventData> data = new LinkedBlockingQueue<>();

        EventHeader closed = (EventHeader) lin.watchEvents(
                Linstor::returnIfFailure,
                (header, eventData) -> {
                    if (eventData != null) {
                        data.add(eventData);
                    }
                    return header.isClose() ? header : null;
                },
                RSC1);

        assertThat(data).containsExactly(new ResourceState(true, true));
        assertThat(closed.eventName()).isEqualTo(Consts.EVENT_RESOURCE_STATE);
        assertThat(closed.eventAction()).isEqualTo(Consts.EVENT_STREAM_CLOSE_REMOVED);
        assertThat(closed.volumeNumber()).isNull();
    }

    @Test
    void resourceStateWithInUseUnknownReadsAsNotInUse() {
        controller.followWith(call -> ApiCalls.CRT_WATCH.equals(call.content())
                ? List.of(FakeController.event(
                        resourceEvent(watchIdOf(call), Consts.EVENT_STREAM_VALUE),
                        EventRscState.newBuilder().setReady(true).build()))
                : List.of());

        Object state = lin.watchEvents(Linstor::returnIfFailure, (header, data) -> data, RSC1);

        assertThat(state).isEqualTo(new ResourceState(true, false));
    }

    @Test
    void unknownEventsArriveWithoutData() {
        controller.followWith(call -> ApiCalls.CRT_WATCH.equals(call.content())
                ? List.of(FakeController.event(
                        MsgEvent.newBuilder()
                                .setWatchId(watchIdOf(call))
                                .setEventAction(Consts.EVENT_STREAM_VALUE)
                                .setEventName("SnapshotShipping")
                                .build(),
                        EventRscState.getDefaultInstance()))
                : List.of());

        Object result =
                lin.watchEvents(Linstor::returnIfFailure, (header, data) -> header.eventName() + " " + data, RSC1);

        assertThat(result).isEqualTo("SnapshotShipping null");
    }

    @Test
    void overflowEndsTheWatchWithAnErrorNamingIt() throws Exception {
        controller.followWith(call -> ApiCalls.CRT_WATCH.equals(call.content())
                ? List.of(FakeController.event(
                        MsgEvent.newBuilder()
                                .setWatchId(watchIdOf(call))
                                .setEventAction(Consts.EVENT_STREAM_OVERFLOW)
                                .setEventName("")
                                .build(),
                        null))
                : List.of());

        assertThatThrownBy(() -> lin.watchEvents(Linstor::returnIfFailure, (header, data) -> "never", RSC1))
                .isExactlyInstanceOf(LinstorError.class)
                .hasMessageContaining("ended by the controller (Overflow)");
        controller.takeCall(ApiCalls.CRT_WATCH);
        assertThat(controller.drainCallNames()).doesNotContain(ApiCalls.DEL_WATCH);
    }

    @Test
    void overflowWithoutAWatchIdEndsEveryWatchOfTheConnection() throws Exception {
        Watch<Object> first = lin.watchEventsAsync(Linstor::returnIfFailure, (header, data) -> null, RSC1);
        Watch<Object> second = lin.watchEventsAsync(Linstor::returnIfFailure, (header, data) -> null, RSC1);
        controller.takeCall(ApiCalls.CRT_WATCH);
        controller.takeCall(ApiCalls.CRT_WATCH);

        controller.send(FakeController.event(
                MsgEvent.newBuilder()
                        .setWatchId(0)
                        .setEventAction(Consts.EVENT_STREAM_OVERFLOW)
                        .setEventName("")
                        .build(),
                null));

        assertThatThrownBy(first::await).hasMessageContaining("(Overflow)");
        assertThatThrownBy(second::await).hasMessageContaining("(Overflow)");
    }

    @Test
    void handlerExceptionEndsTheWatchReachesTheCallerAndDeletesIt() throws Exception {
        controller.followWith(call -> ApiCalls.CRT_WATCH.equals(call.content())
                ? List.of(FakeController.diskState(
                        watchIdOf(call), Consts.EVENT_STREAM_OPEN, "alpha", "rsc1", "UpToDate"))
                : List.of());

        assertThatThrownBy(() -> lin.watchEvents(
                        Linstor::returnIfFailure,
                        (header, data) -> {
                            throw new IllegalStateException("handler broke");
                        },
                        RSC1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("handler broke");
        controller.takeCall(ApiCalls.DEL_WATCH);
    }

    @Test
    void timeoutDeletesTheWatchAndThrows() throws Exception {
        assertThatThrownBy(() -> lin.watchEvents(
                        Linstor::returnIfFailure, (header, data) -> "never", RSC1, Duration.ofMillis(200)))
                .isInstanceOf(LinstorTimeoutError.class)
                .isInstanceOf(LinstorNetworkError.class)
                .hasMessageContaining("got no result within 200 ms; the watch was deleted");
        int watchId = controller
                .takeCall(ApiCalls.CRT_WATCH)
                .body(0, MsgCrtWatch.parser())
                .getWatchId();
        assertThat(controller
                        .takeCall(ApiCalls.DEL_WATCH)
                        .body(0, MsgDelWatch.parser())
                        .getWatchId())
                .isEqualTo(watchId);
    }

    @Test
    void cancelSendsDelWatchAndCancelsTheResult() throws Exception {
        Watch<Object> watch = lin.watchEventsAsync(Linstor::returnIfFailure, (header, data) -> null, RSC1);
        controller.takeCall(ApiCalls.CRT_WATCH);

        watch.cancel();

        assertThat(controller
                        .takeCall(ApiCalls.DEL_WATCH)
                        .body(0, MsgDelWatch.parser())
                        .getWatchId())
                .isEqualTo(watch.watchId());
        assertThat(watch.result()).isCancelled();
        assertThatThrownBy(watch::await).isInstanceOf(CancellationException.class);
    }

    @Test
    void connectionDropEndsARunningWatchWithANetworkError() throws Exception {
        Watch<Object> watch = lin.watchEventsAsync(Linstor::returnIfFailure, (header, data) -> null, RSC1);
        controller.takeCall(ApiCalls.CRT_WATCH);

        controller.closeClientConnections();

        assertThatThrownBy(watch::await)
                .isInstanceOf(LinstorNetworkError.class)
                .hasMessageContaining("watch " + watch.watchId() + " ended: ")
                .hasMessageContaining("closed by the controller");
    }

    @Test
    void twoWatchesOnOneConnectionGetOnlyTheirOwnEvents() throws Exception {
        Watch<Object> first = lin.watchEventsAsync(
                Linstor::returnIfFailure,
                (header, data) -> header.watchId() + ":" + ((VolumeDiskState) data).diskState(),
                RSC1);
        Watch<Object> second = lin.watchEventsAsync(
                Linstor::returnIfFailure,
                (header, data) -> header.watchId() + ":" + ((VolumeDiskState) data).diskState(),
                ObjectIdentifier.builder().resourceName("rsc2").build());
        controller.takeCall(ApiCalls.CRT_WATCH);
        controller.takeCall(ApiCalls.CRT_WATCH);
        assertThat(first.watchId()).isNotEqualTo(second.watchId());

        controller.send(
                FakeController.diskState(second.watchId(), Consts.EVENT_STREAM_OPEN, "alpha", "rsc2", "Outdated"));
        controller.send(
                FakeController.diskState(first.watchId(), Consts.EVENT_STREAM_OPEN, "alpha", "rsc1", "UpToDate"));

        assertThat(first.await()).isEqualTo(first.watchId() + ":UpToDate");
        assertThat(second.await()).isEqualTo(second.watchId() + ":Outdated");
    }

    @Test
    void handlersRunOffTheIoThreadAndMayCallTheSameClient() throws Exception {
        controller.followWith(call -> ApiCalls.CRT_WATCH.equals(call.content())
                ? List.of(FakeController.diskState(
                        watchIdOf(call), Consts.EVENT_STREAM_OPEN, "alpha", "rsc1", "UpToDate"))
                : List.of());

        Object blocking = lin.watchEvents(
                Linstor::returnIfFailure,
                (header, data) -> Thread.currentThread().getName() + " "
                        + lin.nodeDelete("alpha").get(0).message(),
                RSC1);
        Watch<Object> async = lin.watchEventsAsync(
                Linstor::returnIfFailure,
                (header, data) -> Thread.currentThread().getName() + " "
                        + lin.nodeDelete("bravo").get(0).message(),
                RSC1);

        assertThat(blocking).isEqualTo(Thread.currentThread().getName() + " DelNode done.");
        assertThat(async.result().get(30, TimeUnit.SECONDS))
                .isEqualTo("linstorj-watch-" + async.watchId() + " DelNode done.");
    }

    @Test
    void watchBeforeConnectIsMisuse() {
        Linstor unconnected = new Linstor(controller.uri());
        assertThatThrownBy(() -> unconnected.watchEvents(Linstor::returnIfFailure, (header, data) -> "x", RSC1))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void objectIdentifierValidatesEagerly() {
        assertThatThrownBy(() -> ObjectIdentifier.builder().volumeNumber(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ObjectIdentifier.builder().nodeName(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ObjectIdentifier.builder().snapshotName("snap").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs its resource name");
        ObjectIdentifier derived = RSC1.toBuilder().nodeName("alpha").build();
        assertThat(derived).isEqualTo(new ObjectIdentifier("alpha", "rsc1", null, null));
    }

    private static int watchIdOf(ProtocolMessage call) {
        return call.body(0, MsgCrtWatch.parser()).getWatchId();
    }

    private static MsgEvent resourceEvent(int watchId, String action) {
        return MsgEvent.newBuilder()
                .setWatchId(watchId)
                .setEventAction(action)
                .setEventName(Consts.EVENT_RESOURCE_STATE)
                .setNodeName("alpha")
                .setResourceName("rsc1")
                .build();
    }
}

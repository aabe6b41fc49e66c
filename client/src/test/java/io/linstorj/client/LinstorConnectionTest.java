package io.linstorj.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.client.internal.ConnectionListener;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.linstor.MsgEvent;
import io.linstorj.protocol.proto.MsgHeader.MsgType;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LinstorConnectionTest {
    private final ExecutorService callers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void connectWaitsForTheControllersVersion() {
        try (FakeController controller = FakeController.start();
                Linstor lin = Linstor.connect(controller.uri())) {
            assertThat(lin.isConnected()).isTrue();
            assertThat(lin.liveConnection().controllerVersion().getControllerInfo())
                    .isEqualTo("fake controller");
        }
    }

    @Test
    void connectionSpeaksLinstorsProtocolFromTheVersionOnWithoutAskingForAnotherDialect() throws InterruptedException {
        try (FakeController controller = FakeController.start();
                Linstor lin = Linstor.connect(controller.uri())) {
            lin.nodeList();
            lin.nodeList();

            assertThat(controller.takeCall().content())
                    .as("the first frame the client sends")
                    .isEqualTo("LstNode");
            assertThat(controller.takeCall().content()).isEqualTo("LstNode");
            assertThat(controller.drainCallNames()).doesNotContain("LinstorJDialect");
        }
    }

    @Test
    void everyApiCallHeaderAcceptsParts() throws InterruptedException {
        try (FakeController controller = FakeController.start();
                Linstor lin = Linstor.connect(controller.uri())) {
            lin.nodeList();
            lin.nodeCreate("alpha", "127.0.0.11", Consts.VAL_NODE_TYPE_STLT);

            ProtocolMessage list = controller.takeCall(ApiCalls.LST_NODE);
            ProtocolMessage create = controller.takeCall(ApiCalls.CRT_NODE);
            assertThat(list.header().getAcceptsParts()).isTrue();
            assertThat(create.header().getAcceptsParts()).isTrue();
        }
    }

    @Test
    void controllerOfLinstorApiVersion3Or4IsAccepted() {
        for (int version : new int[] {3, 4}) {
            try (FakeController controller = FakeController.start(version, 3);
                    Linstor lin = Linstor.connect(controller.uri())) {
                assertThat(lin.isConnected()).isTrue();
            }
        }
    }

    @Test
    void incompatibleControllerIsANetworkError() {
        try (FakeController controller = FakeController.start(99, 50)) {
            Linstor lin = new Linstor(controller.uri());
            assertThatThrownBy(lin::connect)
                    .isInstanceOf(LinstorNetworkError.class)
                    .hasMessageContaining("incompatible controller")
                    .hasMessageContaining("50 to 99");
            assertThat(lin.isConnected()).isFalse();
        }
    }

    @Test
    void refusedConnectionIsANetworkError() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            freePort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> Linstor.connect("linstor://127.0.0.1:" + freePort))
                .isInstanceOf(LinstorNetworkError.class)
                .hasMessageContaining("cannot connect to the controller at linstor://127.0.0.1:" + freePort);
    }

    @Test
    void controllerThatNeverAnnouncesItsVersionTimesOut() {
        try (FakeController controller = FakeController.startMute()) {
            Linstor lin = new Linstor(controller.uri(), Duration.ofMinutes(1), Duration.ofMillis(300));
            assertThatThrownBy(lin::connect)
                    .isInstanceOf(LinstorNetworkError.class)
                    .hasMessageContaining("did not announce its version");
        }
    }

    @Test
    void tlsIsRefusedAsNotSupportedYet() {
        Linstor lin = new Linstor("linstor+ssl://127.0.0.1");
        assertThatThrownBy(lin::connect)
                .isInstanceOf(LinstorError.class)
                .hasMessageContaining("TLS (linstor+ssl://) is not supported yet");
    }

    @Test
    void malformedUriIsABadArgument() {
        assertThatThrownBy(() -> new Linstor("ftp://127.0.0.1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported scheme 'ftp'");
    }

    @Test
    void callBeforeConnectIsMisuse() {
        Linstor lin = new Linstor("linstor://127.0.0.1");
        assertThatThrownBy(lin::nodeList)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("call connect() first");
    }

    @Test
    void connectTwiceIsMisuse() {
        try (FakeController controller = FakeController.start();
                Linstor lin = Linstor.connect(controller.uri())) {
            assertThatThrownBy(lin::connect).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void controllerClosingMidCallFailsThePendingCall() throws Exception {
        try (FakeController controller = FakeController.start();
                Linstor lin = Linstor.connect(controller.uri())) {
            controller.answerWith(FakeController.SILENT);
            CompletableFuture<List<ApiCallResponse>> pending =
                    CompletableFuture.supplyAsync(() -> lin.nodeDelete("alpha"), callers);
            assertThat(controller.takeCall().content()).isEqualTo(ApiCalls.DEL_NODE);

            controller.closeClientConnections();

            assertThatThrownBy(pending::join)
                    .isInstanceOf(CompletionException.class)
                    .cause()
                    .isInstanceOf(LinstorNetworkError.class)
                    .hasMessageContaining("closed by the controller")
                    .hasMessageContaining("may have applied it");
        }
    }

    @Test
    void malformedFrameFromTheControllerFailsPendingCalls() throws Exception {
        try (FakeController controller = FakeController.start();
                Linstor lin = Linstor.connect(controller.uri())) {
            controller.answerWith(FakeController.SILENT);
            CompletableFuture<List<NodeListResponse>> pending = CompletableFuture.supplyAsync(lin::nodeList, callers);
            controller.takeCall();

            byte[] badHeader = new byte[16];
            badHeader[0] = 1; // reserved bytes must be zero
            controller.sendRaw(badHeader);

            assertThatThrownBy(pending::join)
                    .cause()
                    .isInstanceOf(LinstorNetworkError.class)
                    .hasMessageContaining("lost: ")
                    .hasMessageContaining("reserved bytes are not zero");
        }
    }

    @Test
    void callAfterLostConnectionIsANetworkErrorAndReconnectWorks() throws Exception {
        try (FakeController controller = FakeController.start();
                Linstor lin = Linstor.connect(controller.uri())) {
            BlockingQueue<LinstorNetworkError> ends = new LinkedBlockingQueue<>();
            lin.liveConnection().addListener(new ConnectionListener() {
                @Override
                public void onClosed(LinstorNetworkError cause) {
                    ends.add(cause);
                }
            });

            controller.closeClientConnections();

            assertThat(ends.poll(30, TimeUnit.SECONDS)).isNotNull();
            assertThat(lin.isConnected()).isFalse();
            assertThatThrownBy(() -> lin.nodeDelete("alpha"))
                    .isInstanceOf(LinstorNetworkError.class)
                    .hasMessageContaining("was lost");
            lin.connect();
            assertThat(lin.nodeDelete("alpha")).singleElement().matches(ApiCallResponse::isSuccess);
        }
    }

    @Test
    void disconnectFailsPendingCallsAndAllowsReconnect() throws Exception {
        try (FakeController controller = FakeController.start();
                Linstor lin = Linstor.connect(controller.uri())) {
            controller.answerWith(FakeController.SILENT);
            CompletableFuture<List<ApiCallResponse>> pending =
                    CompletableFuture.supplyAsync(() -> lin.resourceDfnDelete("rsc"), callers);
            controller.takeCall();

            lin.disconnect();

            assertThatThrownBy(pending::join)
                    .cause()
                    .isInstanceOf(LinstorNetworkError.class)
                    .hasMessageContaining("closed by the client");
            assertThat(lin.isConnected()).isFalse();
        }
    }

    @Test
    void callWithoutAnswerTimesOutAndLeavesTheConnectionUsable() throws Exception {
        try (FakeController controller = FakeController.start();
                // Long enough for the call after the timeout to be answered in time on a loaded machine.
                Linstor lin = Linstor.connect(controller.uri(), Duration.ofSeconds(2))) {
            controller.answerWith(FakeController.SILENT);

            assertThatThrownBy(() -> lin.nodeCreate("alpha", "127.0.0.11", Consts.VAL_NODE_TYPE_STLT))
                    .isInstanceOf(LinstorNetworkError.class)
                    .hasMessageContaining("CrtNode to the controller at " + controller.uri())
                    .hasMessageContaining("timed out after 2 s; the controller may have applied it");
            ProtocolMessage late = controller.takeCall();
            assertThat(lin.liveConnection().pendingCallCount()).isZero();

            controller.answerWith(FakeController.SUCCESS);
            controller.send(FakeController.reply(late.apiCallId(), FakeController.response(0, "late")));
            controller.send(FakeController.complete(late.apiCallId()));
            assertThat(lin.nodeDelete("alpha"))
                    .singleElement()
                    .extracting(ApiCallResponse::message)
                    .isEqualTo("DelNode done.");
        }
    }

    @Test
    void onewayFramesReachTheConnectionListeners() throws Exception {
        try (FakeController controller = FakeController.start();
                Linstor lin = Linstor.connect(controller.uri())) {
            BlockingQueue<ProtocolMessage> frames = new LinkedBlockingQueue<>();
            lin.liveConnection().addListener(new ConnectionListener() {
                @Override
                public void onOneway(ProtocolMessage message) {
                    frames.add(message);
                }
            });
            MsgEvent event = MsgEvent.newBuilder()
                    .setWatchId(7)
                    .setEventAction(Consts.EVENT_STREAM_OPEN)
                    .setEventName(Consts.EVENT_VOLUME_DISK_STATE)
                    .setNodeName("alpha")
                    .setResourceName("rsc")
                    .setVolumeNumber(0)
                    .build();

            controller.send(ProtocolMessage.of(ProtocolMessage.headerOf(MsgType.ONEWAY, 0, ApiCalls.EVENT), event));

            ProtocolMessage received = frames.poll(30, TimeUnit.SECONDS);
            assertThat(received).isNotNull();
            assertThat(received.content()).isEqualTo(ApiCalls.EVENT);
            assertThat(received.body(0, MsgEvent.parser())).isEqualTo(event);
        }
    }

    @Test
    void blockingCallFromAListenerIsRefused() throws Exception {
        try (FakeController controller = FakeController.start();
                Linstor lin = Linstor.connect(controller.uri())) {
            BlockingQueue<RuntimeException> refusals = new LinkedBlockingQueue<>();
            lin.liveConnection().addListener(new ConnectionListener() {
                @Override
                public void onOneway(ProtocolMessage message) {
                    try {
                        lin.nodeList();
                    } catch (RuntimeException e) {
                        refusals.add(e);
                    }
                }
            });

            controller.send(ProtocolMessage.header(MsgType.ONEWAY, 0, ApiCalls.EVENT));

            assertThat(refusals.poll(30, TimeUnit.SECONDS))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("I/O thread");
        }
    }
}

package io.linstorj.controller.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.linstor.ApiCallResponse;
import io.linstorj.protocol.linstor.LinStorMapEntry;
import io.linstorj.protocol.linstor.MsgCrtWatch;
import io.linstorj.protocol.linstor.MsgModKvs;
import io.linstorj.protocol.linstor.MsgRspKvs;
import io.linstorj.protocol.proto.MsgHeader;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that cost the controller too much: too many connections, truncated or slow frames,
 * idle connections, replies never read. Real controller, raw sockets on loopback.
 */
class ClientLimitsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration LONG = Duration.ofHours(1);

    @TempDir
    Path dataDirectory;

    private Controller controller;
    private final List<AutoCloseable> open = new ArrayList<>();

    private void start(ClientLimits limits) {
        controller = Controller.start(ControllerConfig.defaults(dataDirectory)
                .withListen("127.0.0.1", 0)
                .withClientLimits(limits));
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
        if (controller != null) {
            controller.close();
        }
    }

    private RawSocket socket(String from) throws IOException {
        return socket(from, 0);
    }

    private RawSocket socket(String from, int receiveBuffer) throws IOException {
        RawSocket socket = RawSocket.connect(controller.address(), InetAddress.getByName(from), receiveBuffer);
        open.add(socket);
        return socket;
    }

    /** A connection that read its Version: admitted. */
    private RawSocket admitted(String from) throws IOException {
        RawSocket socket = socket(from);
        assertThat(socket.readFrame().content()).isEqualTo(ApiCalls.VERSION);
        return socket;
    }

    private RawProtocolClient client() throws InterruptedException {
        RawProtocolClient client = RawProtocolClient.connect(controller.address());
        open.add(client);
        return client;
    }

    private static ProtocolMessage call(long id, String call, com.google.protobuf.MessageLite... bodies) {
        return ProtocolMessage.of(ProtocolMessage.headerOf(MsgHeader.MsgType.API_CALL, id, call), bodies);
    }

    private static void assertRefused(RawSocket socket, String reason) throws IOException {
        ProtocolMessage refusal = socket.readFrame();
        assertThat(refusal.content()).isEqualTo(ApiCalls.REFUSED);
        ApiCallResponse response = refusal.body(0, ApiCallResponse.parser());
        assertThat(response.getRetCode() & RetCodes.MASK_ERROR).isEqualTo(RetCodes.MASK_ERROR);
        assertThat(response.getMessage()).contains(reason);
        await().atMost(WAIT).until(socket::closedByPeer);
    }

    @Test
    void connectionOverTheTotalLimitIsRefusedAndClosed() throws Exception {
        start(ClientLimits.DEFAULTS.withConnections(3, 10));
        admitted("127.0.0.1");
        admitted("127.0.0.1");
        RawSocket third = admitted("127.0.0.2");

        assertRefused(socket("127.0.0.1"), "--max-connections 3");

        third.close();
        await().atMost(WAIT).until(() -> controller.clientServer().openConnections() == 2);
        assertThat(client().call(ApiCalls.LST_CTRL_PROPS))
                .extracting(ProtocolMessage::content)
                .containsExactly(ApiCalls.LST_CTRL_PROPS);
    }

    @Test
    void connectionOverThePerAddressLimitIsRefusedWhileOtherAddressesAreServed() throws Exception {
        start(ClientLimits.DEFAULTS.withConnections(10, 2));
        admitted("127.0.0.1");
        admitted("127.0.0.1");

        assertRefused(socket("127.0.0.1"), "from 127.0.0.1");

        RawSocket other = admitted("127.0.0.2");
        other.writeFrame(call(1, ApiCalls.LST_KVS));
        assertThat(other.readFrame().content()).isEqualTo(ApiCalls.LST_KVS);
        assertThat(other.readFrame().type()).isEqualTo(MsgHeader.MsgType.COMPLETE);
    }

    @Test
    void frameWithOnlyPartOfItsHeaderIsClosedAfterTheFrameTimeout() throws Exception {
        start(ClientLimits.DEFAULTS.withTimeouts(LONG, Duration.ofMillis(300), LONG));
        RawSocket slow = admitted("127.0.0.1");

        slow.writeRaw(new byte[] {0, 0, 0, 0, 0, 0});

        await().atMost(WAIT).until(slow::closedByPeer);
    }

    @Test
    void frameWithHalfItsBodyIsClosedAfterTheFrameTimeout() throws Exception {
        start(ClientLimits.DEFAULTS.withTimeouts(LONG, Duration.ofMillis(300), LONG));
        RawSocket truncated = admitted("127.0.0.1");
        RawSocket quiet = admitted("127.0.0.1");

        truncated.writeRaw(RawSocket.header(100));
        truncated.writeRaw(new byte[50]);

        await().atMost(WAIT).until(truncated::closedByPeer);
        assertThat(quiet.closedByPeer())
                .as("a connection without a begun frame stays")
                .isFalse();
    }

    @Test
    void idleConnectionIsClosedButAWatchingOneStays() throws Exception {
        // Long enough for the watching client to connect and open its watch before it counts as idle
        // on a loaded machine; short enough to keep the test short.
        start(ClientLimits.DEFAULTS.withTimeouts(Duration.ofSeconds(3), LONG, LONG));
        RawProtocolClient watching = client();
        assertThat(watching.callForReplies(
                        ApiCalls.CRT_WATCH,
                        MsgCrtWatch.newBuilder().setWatchId(1).build()))
                .hasSize(1);
        RawSocket idle = admitted("127.0.0.1");

        await().atMost(WAIT).until(idle::closedByPeer);

        assertThat(watching.call(ApiCalls.LST_CTRL_PROPS))
                .extracting(ProtocolMessage::content)
                .containsExactly(ApiCalls.LST_CTRL_PROPS);
    }

    @Test
    void partialFramesHoldOnlyTheBytesThatArrived() throws Exception {
        start(ClientLimits.DEFAULTS);
        int connections = 40;
        int sent = 1000;
        for (int i = 0; i < connections; i++) {
            RawSocket socket = admitted("127.0.0.1");
            socket.writeRaw(RawSocket.header(ControllerConfig.DEFAULT_MAX_FRAME_LENGTH));
            socket.writeRaw(new byte[sent]);
        }

        long expected = (long) connections * (io.linstorj.protocol.FrameDecoder.HEADER_LENGTH + sent);
        await().atMost(WAIT).until(() -> controller.clientServer().partialFrameBytes() == expected);

        open.forEach(RawSocketsOnly::close);
        await().atMost(WAIT).until(() -> controller.clientServer().partialFrameBytes() == 0);
    }

    @Test
    void partialFramesPastTheBudgetCloseTheConnectionThatPassedIt() throws Exception {
        start(ClientLimits.DEFAULTS.withMemory(50_000, ClientLimits.DEFAULT_MAX_PENDING_WRITE_BYTES));
        RawSocket first = admitted("127.0.0.1");
        RawSocket second = admitted("127.0.0.1");
        first.writeRaw(RawSocket.header(1_000_000));
        first.writeRaw(new byte[30_000]);
        await().atMost(WAIT).until(() -> controller.clientServer().partialFrameBytes() > 30_000);

        second.writeRaw(RawSocket.header(1_000_000));
        second.writeRaw(new byte[30_000]);

        await().atMost(WAIT).until(second::closedByPeer);
        assertThat(first.closedByPeer()).isFalse();
        // The controller releases the closed connection's bytes on its event loop, which may run after
        // the close reached this socket.
        await().atMost(WAIT).until(() -> controller.clientServer().partialFrameBytes() == 30_016);
    }

    /**
     * Stores about {@code totalBytes} in one KV store, in values of 50,000 bytes (a store value
     * has at most 64 KiB).
     */
    private void storeLargeValues(int totalBytes) throws InterruptedException {
        RawProtocolClient writer = client();
        String value = "v".repeat(50_000);
        for (int i = 0; i * value.length() < totalBytes; i++) {
            List<ApiCallResponse> replies = writer.callForReplies(
                    ApiCalls.MOD_KVS,
                    MsgModKvs.newBuilder()
                            .setKvsName("big")
                            .addOverrideProps(LinStorMapEntry.newBuilder()
                                    .setKey("key" + i)
                                    .setValue(value))
                            .build());
            assertThat(replies).allMatch(reply -> (reply.getRetCode() & RetCodes.MASK_ERROR) == 0);
        }
    }

    @Test
    void clientThatDoesNotReadIsPausedAndDroppedWhenItStalls() throws Exception {
        start(ClientLimits.DEFAULTS.withTimeouts(LONG, LONG, Duration.ofSeconds(2)));
        storeLargeValues(1_000_000);
        RawSocket reader = admitted("127.0.0.1");
        RawSocket notReading = socket("127.0.0.1", 4096);
        for (int i = 0; i < 20; i++) {
            notReading.writeFrame(call(i + 1, ApiCalls.LST_KVS));
        }
        await().atMost(WAIT).until(() -> controller.clientServer().pausedConnections() == 1);

        for (int i = 0; i < 200; i++) {
            notReading.writeFrame(call(100 + i, ApiCalls.LST_KVS));
        }
        AtomicLong mostPending = new AtomicLong();
        reader.writeFrame(call(1, ApiCalls.LST_CTRL_PROPS));
        assertThat(reader.readFrame().content()).isEqualTo(ApiCalls.LST_CTRL_PROPS);

        await().atMost(WAIT).until(() -> {
            mostPending.accumulateAndGet(controller.clientServer().pendingReplyBytes(), Math::max);
            return controller.clientServer().openConnections() == 2;
        });
        assertThat(mostPending.get())
                .as("a paused connection reads no more calls")
                .isLessThan(21L * 1_000_100);
        await().atMost(WAIT).until(() -> controller.clientServer().pendingReplyBytes() == 0);
    }

    @Test
    void clientWithTooManyUnreadRepliesIsDropped() throws Exception {
        long bound = 4L * 1024 * 1024;
        start(ClientLimits.DEFAULTS.withMemory(ClientLimits.DEFAULT_MAX_PARTIAL_FRAME_BYTES, bound));
        storeLargeValues(1_000_000);
        RawProtocolClient reader = client();
        assertThat(controller.clientServer().openConnections()).isEqualTo(2);
        RawSocket pipelining = socket("127.0.0.1", 4096);
        java.io.ByteArrayOutputStream burst = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < 200; i++) {
            byte[] payload = io.linstorj.protocol.ProtocolMessageEncoder.toByteString(call(i + 1, ApiCalls.LST_KVS))
                    .toByteArray();
            burst.write(RawSocket.header(payload.length));
            burst.write(payload);
        }
        pipelining.writeRaw(burst.toByteArray());

        AtomicLong mostPending = new AtomicLong();
        await().atMost(WAIT).until(() -> {
            mostPending.accumulateAndGet(controller.clientServer().pendingReplyBytes(), Math::max);
            return controller.clientServer().openConnections() == 2;
        });

        assertThat(mostPending.get()).isLessThan(2 * bound + 2_000_000);
        assertThat(reader.call(ApiCalls.LST_KVS)
                        .get(0)
                        .body(0, MsgRspKvs.parser())
                        .getKeyValueStoreCount())
                .isEqualTo(1);
    }

    /** Closes what was opened; a helper for lambdas. */
    private static final class RawSocketsOnly {
        static void close(AutoCloseable closeable) {
            if (closeable instanceof RawSocket socket) {
                socket.close();
            }
        }
    }
}

package io.linstorj.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.common.RetCodes;
import io.linstorj.protocol.AnswerParts;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.FrameDecoder;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.ProtocolMessageEncoder;
import io.linstorj.protocol.ProtocolPipeline;
import io.linstorj.protocol.linstor.Kvs;
import io.linstorj.protocol.linstor.LinStorMapEntry;
import io.linstorj.protocol.linstor.MsgRspKvs;
import io.linstorj.protocol.proto.MsgHeader;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answers larger than one frame, which the controller sends in parts, and refused connections. */
class LargeAnswersTest {
    private static MsgRspKvs storeOf(int values, int valueBytes) {
        Kvs.Builder store = Kvs.newBuilder().setName("big");
        for (int i = 0; i < values; i++) {
            store.addProps(LinStorMapEntry.newBuilder()
                    .setKey("key" + i)
                    .setValue(String.valueOf((char) ('a' + i)).repeat(valueBytes)));
        }
        return MsgRspKvs.newBuilder().addKeyValueStore(store).build();
    }

    @Test
    void keyValueStoreLargerThanTheMaximumFrameIsListedWhole() {
        MsgRspKvs twentyMegabytes = storeOf(20, 1_000_000);
        assertThat(twentyMegabytes.getSerializedSize()).isGreaterThan(ProtocolPipeline.DEFAULT_MAX_FRAME_LENGTH);
        try (FakeController controller = FakeController.start()) {
            controller.answerWith(call -> AnswerParts.split(
                    FakeController.listAnswer(call.apiCallId(), ApiCalls.LST_KVS, twentyMegabytes),
                    AnswerParts.DEFAULT_PART_BYTES));
            try (Linstor lin = Linstor.connect(controller.uri())) {
                Map<String, String> props = lin.keyValueStoreList("big").get(0).props("big");

                assertThat(props).hasSize(20);
                assertThat(props.get("key19")).hasSize(1_000_000).startsWith("t");
            }
        }
    }

    @Test
    void replyInPartsKeepsItsEntries() {
        try (FakeController controller = FakeController.start()) {
            controller.answerWith(call -> {
                ProtocolMessage reply = FakeController.reply(
                        call.apiCallId(),
                        FakeController.response(RetCodes.MASK_CRT | RetCodes.CREATED, "x".repeat(5000)),
                        FakeController.response(RetCodes.MASK_CRT | RetCodes.CREATED, "second"));
                return AnswerParts.split(reply, 1000);
            });
            try (Linstor lin = Linstor.connect(controller.uri())) {
                List<ApiCallResponse> replies = lin.nodeCreate("alpha", "127.0.0.1", Consts.VAL_NODE_TYPE_STLT);

                assertThat(replies).extracting(ApiCallResponse::message).containsExactly("x".repeat(5000), "second");
            }
        }
    }

    @Test
    void connectionTheControllerRefusesFailsWithItsReason() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Thread refusing = new Thread(() -> refuseOne(server), "refusing-controller");
            refusing.setDaemon(true);
            refusing.start();

            assertThatThrownBy(() -> Linstor.connect("linstor://127.0.0.1:" + server.getLocalPort()))
                    .isInstanceOf(LinstorNetworkError.class)
                    .hasMessageContaining("refused the connection")
                    .hasMessageContaining("too many connections");
        }
    }

    private static void refuseOne(ServerSocket server) {
        try (Socket socket = server.accept()) {
            ProtocolMessage refusal = ProtocolMessage.of(
                    ProtocolMessage.headerOf(MsgHeader.MsgType.ONEWAY, 0, ApiCalls.REFUSED),
                    FakeController.response(RetCodes.FAIL_ACC_DENIED_COMMAND, "too many connections"));
            byte[] payload = ProtocolMessageEncoder.toByteString(refusal).toByteArray();
            OutputStream out = socket.getOutputStream();
            out.write(ByteBuffer.allocate(FrameDecoder.HEADER_LENGTH)
                    .putInt(0)
                    .putInt(payload.length)
                    .putLong(0)
                    .array());
            out.write(payload);
            out.flush();
            // Wait for the client to close, as a controller closing right after the refusal.
            socket.getInputStream().read();
        } catch (IOException e) {
            // The test fails on the client's side if the refusal did not arrive.
        }
    }
}

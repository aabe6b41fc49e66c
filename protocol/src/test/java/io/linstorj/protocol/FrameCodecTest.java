package io.linstorj.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.protocol.linstor.ApiCallResponse;
import io.linstorj.protocol.linstor.MsgCrtNode;
import io.linstorj.protocol.linstor.Node;
import io.linstorj.protocol.proto.MsgHeader;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;
import org.junit.jupiter.api.Test;

class FrameCodecTest {
    private static final int MAX = 1024;

    private static EmbeddedChannel channel() {
        EmbeddedChannel channel = new EmbeddedChannel();
        ProtocolPipeline.addCodec(channel.pipeline(), MAX);
        return channel;
    }

    private static ProtocolMessage crtNode(long id, String name) {
        return ProtocolMessage.of(
                ProtocolMessage.headerOf(MsgHeader.MsgType.API_CALL, id, ApiCalls.CRT_NODE),
                MsgCrtNode.newBuilder()
                        .setNode(Node.newBuilder().setName(name).setType("Satellite"))
                        .build());
    }

    private static ByteBuf encode(ProtocolMessage msg) {
        EmbeddedChannel out = channel();
        out.writeOutbound(msg);
        ByteBuf all = Unpooled.buffer();
        for (ByteBuf part; (part = out.readOutbound()) != null; ) {
            all.writeBytes(part);
            part.release();
        }
        return all;
    }

    @Test
    void encodedFrameStartsWithSixteenByteHeaderCarryingPayloadLength() {
        ByteBuf frame = encode(crtNode(7, "alpha"));
        assertThat(frame.getInt(0)).isZero();
        assertThat(frame.getInt(4)).isEqualTo(frame.readableBytes() - 16);
        assertThat(frame.getLong(8)).isZero();
    }

    @Test
    void messageSurvivesRoundTrip() {
        EmbeddedChannel in = channel();
        in.writeInbound(encode(crtNode(7, "alpha")));
        ProtocolMessage msg = in.readInbound();
        assertThat(msg.type()).isEqualTo(MsgHeader.MsgType.API_CALL);
        assertThat(msg.apiCallId()).isEqualTo(7);
        assertThat(msg.content()).isEqualTo("CrtNode");
        assertThat(msg.body(0, MsgCrtNode.parser()).getNode().getName()).isEqualTo("alpha");
    }

    @Test
    void callHeaderSaysWhetherItsSenderAcceptsPartsAndLeavesItUnsetOtherwise() {
        EmbeddedChannel in = channel();
        in.writeInbound(encode(ProtocolMessage.header(MsgHeader.MsgType.API_CALL, 5, ApiCalls.LST_NODE, true)));
        in.writeInbound(encode(crtNode(6, "alpha")));

        ProtocolMessage accepting = in.readInbound();
        ProtocolMessage plain = in.readInbound();
        assertThat(accepting.acceptsParts()).isTrue();
        assertThat(accepting.content()).isEqualTo(ApiCalls.LST_NODE);
        assertThat(plain.acceptsParts()).isFalse();
    }

    @Test
    void frameArrivingByteByByteIsDecodedOnceComplete() {
        EmbeddedChannel in = channel();
        ByteBuf frame = encode(crtNode(1, "alpha"));
        while (frame.readableBytes() > 1) {
            in.writeInbound(frame.readRetainedSlice(1));
            assertThat((Object) in.readInbound()).isNull();
        }
        in.writeInbound(frame.readRetainedSlice(1));
        ProtocolMessage msg = in.readInbound();
        assertThat(msg.body(0, MsgCrtNode.parser()).getNode().getName()).isEqualTo("alpha");
    }

    @Test
    void severalFramesInOneReadAreAllDecodedInOrder() {
        EmbeddedChannel in = channel();
        ByteBuf burst = Unpooled.buffer();
        for (int i = 0; i < 5; i++) {
            burst.writeBytes(encode(crtNode(i, "node" + i)));
        }
        in.writeInbound(burst);
        for (int i = 0; i < 5; i++) {
            ProtocolMessage msg = in.readInbound();
            assertThat(msg.apiCallId()).isEqualTo(i);
        }
        assertThat((Object) in.readInbound()).isNull();
    }

    @Test
    void severalBodiesAreKeptApart() {
        ProtocolMessage answer = ProtocolMessage.of(
                ProtocolMessage.headerOf(MsgHeader.MsgType.ANSWER, 3, ApiCalls.REPLY),
                ApiCallResponse.newBuilder().setRetCode(1).setMessage("one").build(),
                ApiCallResponse.newBuilder().setRetCode(2).setMessage("two").build());
        EmbeddedChannel in = channel();
        in.writeInbound(encode(answer));
        ProtocolMessage msg = in.readInbound();
        assertThat(msg.allBodies(ApiCallResponse.parser()))
                .extracting(ApiCallResponse::getMessage)
                .containsExactly("one", "two");
    }

    @Test
    void oversizedFrameIsRefusedBeforeItsPayloadArrives() {
        EmbeddedChannel in = channel();
        ByteBuf header = Unpooled.buffer().writeInt(0).writeInt(MAX + 1).writeLong(0);
        assertThatThrownBy(() -> in.writeInbound(header))
                .isInstanceOf(TooLongFrameException.class)
                .hasMessageContaining("exceeds the maximum");
    }

    @Test
    void lengthAboveSignedIntRangeIsRefused() {
        EmbeddedChannel in = channel();
        ByteBuf header = Unpooled.buffer().writeInt(0).writeInt(0xFFFFFFF0).writeLong(0);
        assertThatThrownBy(() -> in.writeInbound(header)).isInstanceOf(TooLongFrameException.class);
    }

    @Test
    void nonZeroReservedBytesAreAMalformedHeader() {
        EmbeddedChannel in = channel();
        ByteBuf garbage =
                Unpooled.copiedBuffer("GET / HTTP/1.1\r\nHost: x\r\n\r\n", java.nio.charset.StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> in.writeInbound(garbage)).isInstanceOf(CorruptedFrameException.class);
    }

    @Test
    void garbagePayloadIsAMalformedMessage() {
        EmbeddedChannel in = channel();
        byte[] junk = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x01, 0x02};
        ByteBuf frame =
                Unpooled.buffer().writeInt(0).writeInt(junk.length).writeLong(0).writeBytes(junk);
        assertThatThrownBy(() -> in.writeInbound(frame))
                .isInstanceOf(DecoderException.class)
                .hasRootCauseInstanceOf(Exception.class)
                .satisfies(e -> assertThat(e.getCause()).isInstanceOf(MalformedMessageException.class));
    }

    @Test
    void emptyPayloadIsAMalformedMessage() {
        EmbeddedChannel in = channel();
        ByteBuf frame = Unpooled.buffer().writeInt(0).writeInt(0).writeLong(0);
        assertThatThrownBy(() -> in.writeInbound(frame))
                .satisfies(e -> assertThat(e.getCause()).isInstanceOf(MalformedMessageException.class));
    }

    @Test
    void missingBodyIsReportedByName() {
        ProtocolMessage msg = ProtocolMessage.header(MsgHeader.MsgType.API_CALL, 1, ApiCalls.CRT_NODE);
        assertThatThrownBy(() -> msg.body(0, MsgCrtNode.parser()))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("CrtNode");
    }

    @Test
    void partialFrameHoldsOnlyTheBytesThatArrivedNotItsDeclaredLength() {
        EmbeddedChannel in = new EmbeddedChannel();
        FrameDecoder decoder = new FrameDecoder(16 * 1024 * 1024);
        in.pipeline().addLast(decoder);
        ByteBuf start = Unpooled.buffer();
        start.writeInt(0).writeInt(16 * 1024 * 1024 - 1).writeLong(0).writeZero(100);

        in.writeInbound(start);

        assertThat(decoder.bufferedBytes()).isEqualTo(116);
        assertThat(decoder.framesDecoded()).isZero();
    }

    @Test
    void completedFramesAreCountedAndLeaveNothingBuffered() {
        EmbeddedChannel in = new EmbeddedChannel();
        FrameDecoder decoder = new FrameDecoder(MAX);
        in.pipeline().addLast(decoder);

        in.writeInbound(encode(crtNode(1, "alpha")), encode(crtNode(2, "bravo")));

        assertThat(decoder.framesDecoded()).isEqualTo(2);
        assertThat(decoder.bufferedBytes()).isZero();
        for (ByteBuf frame; (frame = in.readInbound()) != null; ) {
            frame.release();
        }
    }
}

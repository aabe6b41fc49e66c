package io.linstorj.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.protocol.linstor.ApiCallResponse;
import io.linstorj.protocol.linstor.Kvs;
import io.linstorj.protocol.linstor.LinStorMapEntry;
import io.linstorj.protocol.linstor.MsgRspKvs;
import io.linstorj.protocol.proto.MsgHeader;
import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerPartsTest {
    private static ProtocolMessage kvList(long id, int values, int valueBytes) {
        Kvs.Builder store = Kvs.newBuilder().setName("big");
        for (int i = 0; i < values; i++) {
            store.addProps(LinStorMapEntry.newBuilder()
                    .setKey("key" + i)
                    .setValue(String.valueOf((char) ('a' + i % 26)).repeat(valueBytes)));
        }
        return ProtocolMessage.of(
                ProtocolMessage.headerOf(MsgHeader.MsgType.ANSWER, id, ApiCalls.LST_KVS),
                MsgRspKvs.newBuilder().addKeyValueStore(store).build());
    }

    @Test
    void answerThatFitsOnePartIsSentAsItIs() {
        ProtocolMessage small = ProtocolMessage.of(
                ProtocolMessage.headerOf(MsgHeader.MsgType.ANSWER, 3, ApiCalls.REPLY),
                ApiCallResponse.newBuilder().setRetCode(0).setMessage("ok").build());

        assertThat(AnswerParts.split(small, 1024)).containsExactly(small);
    }

    @Test
    void largeAnswerIsSplitIntoBoundedPartsThatJoinIntoTheOriginal() {
        ProtocolMessage large = kvList(9, 20, 10_000);

        List<ProtocolMessage> parts = AnswerParts.split(large, 16 * 1024);

        assertThat(parts).hasSizeGreaterThan(10).allSatisfy(part -> {
            assertThat(AnswerParts.isPart(part)).isTrue();
            assertThat(part.apiCallId()).isEqualTo(9);
            assertThat(part.bodies()).hasSize(1);
            assertThat(part.bodies().get(0).size()).isLessThanOrEqualTo(16 * 1024);
        });
        AnswerParts.Assembler assembler = new AnswerParts.Assembler(Long.MAX_VALUE);
        parts.forEach(assembler::append);
        ProtocolMessage joined = assembler.finish();
        assertThat(joined.header()).isEqualTo(large.header());
        assertThat(joined.body(0, MsgRspKvs.parser())).isEqualTo(large.body(0, MsgRspKvs.parser()));
    }

    @Test
    void partsTravelThroughTheCodecAsOrdinaryFramesUnderTheMaximum() {
        int maxFrame = 20 * 1024;
        EmbeddedChannel out = new EmbeddedChannel();
        ProtocolPipeline.addCodec(out.pipeline(), maxFrame);
        EmbeddedChannel in = new EmbeddedChannel();
        ProtocolPipeline.addCodec(in.pipeline(), maxFrame);
        ProtocolMessage large = kvList(4, 10, 10_000);

        AnswerParts.split(large, 16 * 1024).forEach(out::writeOutbound);
        for (ByteBuf bytes; (bytes = out.readOutbound()) != null; ) {
            in.writeInbound(bytes);
        }

        AnswerParts.Assembler assembler = new AnswerParts.Assembler(Long.MAX_VALUE);
        for (ProtocolMessage part; (part = in.readInbound()) != null; ) {
            assembler.append(part);
        }
        assertThat(assembler.finish().body(0, MsgRspKvs.parser())).isEqualTo(large.body(0, MsgRspKvs.parser()));
    }

    @Test
    void answerGrowingPastTheAssemblersMaximumIsRefused() {
        AnswerParts.Assembler assembler = new AnswerParts.Assembler(50_000);
        List<ProtocolMessage> parts = AnswerParts.split(kvList(1, 10, 10_000), 16 * 1024);

        assertThatThrownBy(() -> parts.forEach(assembler::append))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("exceeds the maximum");
    }

    @Test
    void partsThatDoNotJoinIntoAMessageAreRefused() {
        AnswerParts.Assembler assembler = new AnswerParts.Assembler(Long.MAX_VALUE);
        assembler.append(AnswerParts.split(kvList(1, 4, 10_000), 16 * 1024).get(0));

        assertThatThrownBy(assembler::finish).isInstanceOf(MalformedMessageException.class);
    }
}

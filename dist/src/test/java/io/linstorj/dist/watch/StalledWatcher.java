package io.linstorj.dist.watch;

import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.ProtocolMessageEncoder;
import io.linstorj.protocol.linstor.MsgCrtWatch;
import io.linstorj.protocol.proto.MsgHeader;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/**
 * A client that creates a watch on everything (snapshot deployments too, as LinstorJ's client
 * asks) in LINSTOR's dialect and then never reads: its socket buffers fill and the controller must
 * cope without slowing anyone else.
 */
final class StalledWatcher implements AutoCloseable {
    private final Socket socket = new Socket();

    StalledWatcher(String controllerUri) throws IOException {
        URI uri = URI.create(controllerUri);
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()));
        ProtocolMessage watch = ProtocolMessage.of(
                ProtocolMessage.headerOf(MsgHeader.MsgType.API_CALL, 1, ApiCalls.CRT_WATCH),
                MsgCrtWatch.newBuilder().setWatchId(1).setSnapshotEvents(true).build());
        ByteBuf payload = Unpooled.buffer();
        ProtocolMessageEncoder.write(watch, payload);
        byte[] frame = new byte[16 + payload.readableBytes()];
        Unpooled.wrappedBuffer(frame)
                .writerIndex(0)
                .writeInt(0)
                .writeInt(payload.readableBytes())
                .writeLong(0)
                .writeBytes(payload);
        OutputStream out = socket.getOutputStream();
        out.write(frame);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

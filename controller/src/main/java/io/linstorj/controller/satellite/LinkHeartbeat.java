package io.linstorj.controller.satellite;

import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.proto.MsgHeader;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import java.net.InetSocketAddress;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The heartbeat of one satellite connection: once the link is online ({@link #START}), a ping
 * every {@code interval}; a connection on which nothing arrived for the pipeline's idle timeout
 * is closed, so that its reconnect follows even where no TCP reset says the satellite is gone.
 */
final class LinkHeartbeat extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(LinkHeartbeat.class);

    /** The user event that starts the pings: the handshake is over. */
    static final Object START = new Object() {
        @Override
        public String toString() {
            return "LinkHeartbeat.START";
        }
    };

    private final String nodeName;
    private final InetSocketAddress address;
    private final SatelliteConnection.Heartbeat heartbeat;
    private ScheduledFuture<?> pings;

    LinkHeartbeat(String nodeName, InetSocketAddress address, SatelliteConnection.Heartbeat heartbeat) {
        this.nodeName = nodeName;
        this.address = address;
        this.heartbeat = heartbeat;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event == START) {
            long every = heartbeat.interval().toMillis();
            pings = ctx.executor()
                    .scheduleAtFixedRate(
                            () -> ctx.writeAndFlush(ProtocolMessage.header(MsgHeader.MsgType.ONEWAY, 0, ApiCalls.PING)),
                            every,
                            every,
                            TimeUnit.MILLISECONDS);
        } else if (event instanceof IdleStateEvent idle && idle.state() == IdleState.READER_IDLE) {
            LOG.warn(
                    "node '{}': satellite {} silent for {} ms; reconnecting",
                    nodeName,
                    address,
                    heartbeat.timeout().toMillis());
            ctx.close();
        } else {
            ctx.fireUserEventTriggered(event);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (pings != null) {
            pings.cancel(false);
        }
        ctx.fireChannelInactive();
    }
}

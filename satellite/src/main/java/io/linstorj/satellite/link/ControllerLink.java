package io.linstorj.satellite.link;

import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.SatelliteCalls;
import io.linstorj.protocol.proto.MsgHeader;
import io.linstorj.protocol.proto.MsgNodeObservedState;
import io.linstorj.satellite.reconcile.NodeReport;
import io.netty.channel.Channel;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one authenticated controller connection of this satellite. A newly authenticated
 * controller replaces the previous one, whose connection is closed.
 */
public final class ControllerLink {
    private static final Logger LOG = LoggerFactory.getLogger(ControllerLink.class);

    private final AtomicReference<Channel> current = new AtomicReference<>();

    /** Makes {@code channel} the controller link. */
    void attach(Channel channel) {
        Channel previous = current.getAndSet(channel);
        if (previous != null && previous != channel) {
            LOG.info("controller link {} replaced by {}", previous.remoteAddress(), channel.remoteAddress());
            previous.close();
        }
    }

    /** Forgets {@code channel} if it is the current link. */
    void detach(Channel channel) {
        current.compareAndSet(channel, null);
    }

    /** Sends the node's report to the controller, if one is connected. */
    public void report(NodeReport report) {
        Channel channel = current.get();
        if (channel != null && channel.isActive()) {
            MsgNodeObservedState state = ObservedReports.of(report);
            channel.writeAndFlush(ProtocolMessage.of(
                    ProtocolMessage.headerOf(MsgHeader.MsgType.ONEWAY, 0, SatelliteCalls.OBSERVED_STATE), state));
        }
    }

    /** True while a controller is connected and authenticated. */
    public boolean connected() {
        Channel channel = current.get();
        return channel != null && channel.isActive();
    }
}

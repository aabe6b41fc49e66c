package io.linstorj.client;

import io.linstorj.client.internal.ProtoViews;
import io.linstorj.protocol.linstor.MsgLstNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a list call's answer: the node list (answer of {@link Linstor#nodeList()}).
 *
 * <p>{@link #protoMsg()} is the protocol message itself; {@link #nodes()} its typed, immutable view.
 */
public final class NodeListResponse {
    private final MsgLstNode protoMsg;
    private final List<NodeInfo> nodes;

    /** Wraps a list message of the protocol. */
    public NodeListResponse(MsgLstNode protoMsg) {
        this.protoMsg = protoMsg;
        this.nodes = ProtoViews.map(protoMsg.getNodesList(), ProtoViews::node);
    }

    /** The protocol message as the controller sent it. */
    public MsgLstNode protoMsg() {
        return protoMsg;
    }

    /** The nodes, in the controller's order. */
    public List<NodeInfo> nodes() {
        return nodes;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof NodeListResponse that && protoMsg.equals(that.protoMsg);
    }

    @Override
    public int hashCode() {
        return protoMsg.hashCode();
    }

    /** The typed view, readable. */
    @Override
    public String toString() {
        return "NodeListResponse{nodes=" + nodes + "}";
    }
}

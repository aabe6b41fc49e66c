package io.linstorj.client;

import io.linstorj.client.internal.ProtoViews;
import io.linstorj.protocol.linstor.MsgLstRsc;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a list call's answer: the resource list with volumes (answer of {@link Linstor#resourceList()}).
 *
 * <p>{@link #protoMsg()} is the protocol message itself; {@link #resources()} its typed, immutable view.
 */
public final class ResourceListResponse {
    private final MsgLstRsc protoMsg;
    private final List<ResourceInfo> resources;

    /** Wraps a list message of the protocol. */
    public ResourceListResponse(MsgLstRsc protoMsg) {
        this.protoMsg = protoMsg;
        this.resources = ProtoViews.resources(protoMsg);
    }

    /** The protocol message as the controller sent it. */
    public MsgLstRsc protoMsg() {
        return protoMsg;
    }

    /** The resources, one per node and resource name, each with its volumes. */
    public List<ResourceInfo> resources() {
        return resources;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ResourceListResponse that && protoMsg.equals(that.protoMsg);
    }

    @Override
    public int hashCode() {
        return protoMsg.hashCode();
    }

    /** The typed view, readable. */
    @Override
    public String toString() {
        return "ResourceListResponse{resources=" + resources + "}";
    }
}

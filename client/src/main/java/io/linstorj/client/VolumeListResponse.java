package io.linstorj.client;

import io.linstorj.client.internal.ProtoViews;
import io.linstorj.protocol.linstor.MsgLstRsc;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a list call's answer: the volume list: resources with their volumes (answer of {@link Linstor#volumeList()}).
 *
 * <p>{@link #protoMsg()} is the protocol message itself; {@link #resources()} its typed, immutable view.
 */
public final class VolumeListResponse {
    private final MsgLstRsc protoMsg;
    private final List<ResourceInfo> resources;

    /** Wraps a list message of the protocol. */
    public VolumeListResponse(MsgLstRsc protoMsg) {
        this.protoMsg = protoMsg;
        this.resources = ProtoViews.resources(protoMsg);
    }

    /** The protocol message as the controller sent it. */
    public MsgLstRsc protoMsg() {
        return protoMsg;
    }

    /** The resources whose volumes were listed, each with its volumes. */
    public List<ResourceInfo> resources() {
        return resources;
    }

    /** Every volume of every listed resource, flattened; each names its resource and node. */
    public List<VolumeInfo> volumes() {
        return resources.stream()
                .flatMap(resource -> resource.volumes().stream())
                .toList();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof VolumeListResponse that && protoMsg.equals(that.protoMsg);
    }

    @Override
    public int hashCode() {
        return protoMsg.hashCode();
    }

    /** The typed view, readable. */
    @Override
    public String toString() {
        return "VolumeListResponse{resources=" + resources + "}";
    }
}

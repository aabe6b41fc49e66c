package io.linstorj.client;

import io.linstorj.client.internal.ProtoViews;
import io.linstorj.protocol.linstor.MsgLstRscGrp;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a list call's answer: the resource group list with volume groups (answer of
 * {@link Linstor#resourceGroupList()}).
 *
 * <p>{@link #protoMsg()} is the protocol message itself; {@link #resourceGroups()} its typed, immutable view.
 */
public final class ResourceGroupListResponse {
    private final MsgLstRscGrp protoMsg;
    private final List<ResourceGroupInfo> resourceGroups;

    /** Wraps a list message of the protocol. */
    public ResourceGroupListResponse(MsgLstRscGrp protoMsg) {
        this.protoMsg = protoMsg;
        this.resourceGroups = ProtoViews.map(protoMsg.getRscGrpsList(), ProtoViews::resourceGroup);
    }

    /** The protocol message as the controller sent it. */
    public MsgLstRscGrp protoMsg() {
        return protoMsg;
    }

    /** The resource groups, each with its select filter and volume groups. */
    public List<ResourceGroupInfo> resourceGroups() {
        return resourceGroups;
    }

    /** The resource group {@code name}; empty when the list holds no such group. */
    public Optional<ResourceGroupInfo> resourceGroup(String name) {
        return resourceGroups.stream()
                .filter(group -> group.name().equals(name))
                .findFirst();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ResourceGroupListResponse that && protoMsg.equals(that.protoMsg);
    }

    @Override
    public int hashCode() {
        return protoMsg.hashCode();
    }

    /** The typed view, readable. */
    @Override
    public String toString() {
        return "ResourceGroupListResponse{resourceGroups=" + resourceGroups + "}";
    }
}

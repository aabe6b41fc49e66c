package io.linstorj.client;

import io.linstorj.client.internal.ProtoViews;
import io.linstorj.protocol.linstor.MsgLstRscDfn;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a list call's answer: the resource definition list with volume definitions (answer of {@link Linstor#resourceDfnList()}).
 *
 * <p>{@link #protoMsg()} is the protocol message itself; {@link #resourceDefinitions()} its typed, immutable view.
 */
public final class ResourceDfnListResponse {
    private final MsgLstRscDfn protoMsg;
    private final List<ResourceDefinitionInfo> resourceDefinitions;

    /** Wraps a list message of the protocol. */
    public ResourceDfnListResponse(MsgLstRscDfn protoMsg) {
        this.protoMsg = protoMsg;
        this.resourceDefinitions = ProtoViews.map(protoMsg.getRscDfnsList(), ProtoViews::resourceDefinition);
    }

    /** The protocol message as the controller sent it. */
    public MsgLstRscDfn protoMsg() {
        return protoMsg;
    }

    /** The resource definitions, each with its volume definitions. */
    public List<ResourceDefinitionInfo> resourceDefinitions() {
        return resourceDefinitions;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ResourceDfnListResponse that && protoMsg.equals(that.protoMsg);
    }

    @Override
    public int hashCode() {
        return protoMsg.hashCode();
    }

    /** The typed view, readable. */
    @Override
    public String toString() {
        return "ResourceDfnListResponse{resourceDefinitions=" + resourceDefinitions + "}";
    }
}

package io.linstorj.client;

import io.linstorj.client.internal.ProtoViews;
import io.linstorj.protocol.linstor.MsgLstStorPoolDfn;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a list call's answer: the storage pool definition list (answer of {@link Linstor#storagePoolDfnList()}).
 *
 * <p>{@link #protoMsg()} is the protocol message itself; {@link #storagePoolDefinitions()} its typed, immutable view.
 */
public final class StoragePoolDfnListResponse {
    private final MsgLstStorPoolDfn protoMsg;
    private final List<StoragePoolDefinitionInfo> storagePoolDefinitions;

    /** Wraps a list message of the protocol. */
    public StoragePoolDfnListResponse(MsgLstStorPoolDfn protoMsg) {
        this.protoMsg = protoMsg;
        this.storagePoolDefinitions = ProtoViews.map(protoMsg.getStorPoolDfnsList(), ProtoViews::storagePoolDefinition);
    }

    /** The protocol message as the controller sent it. */
    public MsgLstStorPoolDfn protoMsg() {
        return protoMsg;
    }

    /** The storage pool definitions. */
    public List<StoragePoolDefinitionInfo> storagePoolDefinitions() {
        return storagePoolDefinitions;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof StoragePoolDfnListResponse that && protoMsg.equals(that.protoMsg);
    }

    @Override
    public int hashCode() {
        return protoMsg.hashCode();
    }

    /** The typed view, readable. */
    @Override
    public String toString() {
        return "StoragePoolDfnListResponse{storagePoolDefinitions=" + storagePoolDefinitions + "}";
    }
}

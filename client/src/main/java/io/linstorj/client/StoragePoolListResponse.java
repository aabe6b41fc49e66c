package io.linstorj.client;

import io.linstorj.client.internal.ProtoViews;
import io.linstorj.protocol.linstor.MsgLstStorPool;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a list call's answer: the storage pool list (answer of {@link Linstor#storagePoolList()}).
 *
 * <p>{@link #protoMsg()} is the protocol message itself; {@link #storagePools()} its typed, immutable view.
 */
public final class StoragePoolListResponse {
    private final MsgLstStorPool protoMsg;
    private final List<StoragePoolInfo> storagePools;

    /** Wraps a list message of the protocol. */
    public StoragePoolListResponse(MsgLstStorPool protoMsg) {
        this.protoMsg = protoMsg;
        this.storagePools = ProtoViews.map(protoMsg.getStorPoolsList(), ProtoViews::storagePool);
    }

    /** The protocol message as the controller sent it. */
    public MsgLstStorPool protoMsg() {
        return protoMsg;
    }

    /** The storage pools, one per node and pool name. */
    public List<StoragePoolInfo> storagePools() {
        return storagePools;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof StoragePoolListResponse that && protoMsg.equals(that.protoMsg);
    }

    @Override
    public int hashCode() {
        return protoMsg.hashCode();
    }

    /** The typed view, readable. */
    @Override
    public String toString() {
        return "StoragePoolListResponse{storagePools=" + storagePools + "}";
    }
}

package io.linstorj.client;

import io.linstorj.client.internal.ProtoViews;
import io.linstorj.protocol.linstor.MsgRspKvs;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a list call's answer: the key-value store list (answer of {@link Linstor#keyValueStoreList()}).
 *
 * <p>{@link #protoMsg()} is the protocol message itself; {@link #keyValueStores()} its typed, immutable view.
 */
public final class KeyValueStoreListResponse {
    private final MsgRspKvs protoMsg;
    private final List<KeyValueStoreInfo> keyValueStores;

    /** Wraps a list message of the protocol. */
    public KeyValueStoreListResponse(MsgRspKvs protoMsg) {
        this.protoMsg = protoMsg;
        this.keyValueStores = ProtoViews.map(protoMsg.getKeyValueStoreList(), ProtoViews::keyValueStore);
    }

    /** The protocol message as the controller sent it. */
    public MsgRspKvs protoMsg() {
        return protoMsg;
    }

    /** The key-value store instances with their keys and values. */
    public List<KeyValueStoreInfo> keyValueStores() {
        return keyValueStores;
    }

    /** The keys and values of instance {@code name}; empty when the list holds no such instance. */
    public Map<String, String> props(String name) {
        return keyValueStores.stream()
                .filter(store -> store.name().equals(name))
                .findFirst()
                .map(KeyValueStoreInfo::props)
                .orElse(Map.of());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof KeyValueStoreListResponse that && protoMsg.equals(that.protoMsg);
    }

    @Override
    public int hashCode() {
        return protoMsg.hashCode();
    }

    /** The typed view, readable. */
    @Override
    public String toString() {
        return "KeyValueStoreListResponse{keyValueStores=" + keyValueStores + "}";
    }
}

package io.linstorj.controller.transport;

import io.linstorj.protocol.linstor.LinStorMapEntry;
import io.linstorj.protocol.linstor.MsgCrtNode;
import io.linstorj.protocol.linstor.MsgCrtRsc;
import io.linstorj.protocol.linstor.MsgCrtRscDfn;
import io.linstorj.protocol.linstor.MsgCrtStorPool;
import io.linstorj.protocol.linstor.MsgCrtVlmDfn;
import io.linstorj.protocol.linstor.NetInterface;
import io.linstorj.protocol.linstor.Node;
import io.linstorj.protocol.linstor.ProviderType;
import io.linstorj.protocol.linstor.Rsc;
import io.linstorj.protocol.linstor.RscDfn;
import io.linstorj.protocol.linstor.RscWithPayload;
import io.linstorj.protocol.linstor.StorPool;
import io.linstorj.protocol.linstor.VlmDfn;
import io.linstorj.protocol.linstor.VlmDfnWithPayload;

/** Request bodies in the wire schemas that several socket tests send, built as LINSTOR's clients build them. */
final class WireRequests {
    private WireRequests() {}

    static LinStorMapEntry entry(String key, String value) {
        return LinStorMapEntry.newBuilder().setKey(key).setValue(value).build();
    }

    /** A satellite node with one interface "default" at {@code address}:{@code port}. */
    static MsgCrtNode satellite(String name, String address, int port) {
        return MsgCrtNode.newBuilder()
                .setNode(Node.newBuilder()
                        .setName(name)
                        .setType("Satellite")
                        .addNetInterfaces(NetInterface.newBuilder()
                                .setName("default")
                                .setAddress(address)
                                .setStltPort(port)))
                .build();
    }

    /** An LVM pool {@code pool} on {@code node} over volume group vg_data. */
    static MsgCrtStorPool lvmPool(String node, String pool) {
        return MsgCrtStorPool.newBuilder()
                .setStorPool(StorPool.newBuilder()
                        .setNodeName(node)
                        .setStorPoolName(pool)
                        .setProviderKind(ProviderType.LVM)
                        .addProps(entry("StorDriver/StorPoolName", "vg_data")))
                .build();
    }

    static MsgCrtRscDfn definition(String name) {
        return MsgCrtRscDfn.newBuilder()
                .setRscDfn(RscDfn.newBuilder().setRscName(name))
                .build();
    }

    /** Volume 0 (numbered by the controller) of {@code sizeKib} in definition {@code name}. */
    static MsgCrtVlmDfn volume(String name, long sizeKib) {
        return MsgCrtVlmDfn.newBuilder()
                .setRscName(name)
                .addVlmDfns(VlmDfnWithPayload.newBuilder()
                        .setVlmDfn(VlmDfn.newBuilder().setVlmSize(sizeKib)))
                .build();
    }

    static MsgCrtRsc disklessResource(String name, String node) {
        return MsgCrtRsc.newBuilder()
                .addRscs(RscWithPayload.newBuilder()
                        .setRsc(Rsc.newBuilder().setName(name).setNodeName(node).addRscFlags("DISKLESS")))
                .build();
    }
}

package io.linstorj.client.internal;

import io.linstorj.client.Consts;
import io.linstorj.protocol.linstor.Filter;
import io.linstorj.protocol.linstor.LinStorMapEntry;
import io.linstorj.protocol.linstor.MsgCrtNetInterface;
import io.linstorj.protocol.linstor.MsgCrtNode;
import io.linstorj.protocol.linstor.MsgCrtRsc;
import io.linstorj.protocol.linstor.MsgCrtRscDfn;
import io.linstorj.protocol.linstor.MsgCrtStorPool;
import io.linstorj.protocol.linstor.MsgCrtStorPoolDfn;
import io.linstorj.protocol.linstor.MsgCrtVlmDfn;
import io.linstorj.protocol.linstor.MsgDelCtrlProp;
import io.linstorj.protocol.linstor.MsgDelKvs;
import io.linstorj.protocol.linstor.MsgDelNetInterface;
import io.linstorj.protocol.linstor.MsgDelNode;
import io.linstorj.protocol.linstor.MsgDelRsc;
import io.linstorj.protocol.linstor.MsgDelRscDfn;
import io.linstorj.protocol.linstor.MsgDelStorPool;
import io.linstorj.protocol.linstor.MsgDelStorPoolDfn;
import io.linstorj.protocol.linstor.MsgDelVlmDfn;
import io.linstorj.protocol.linstor.MsgModCtrl;
import io.linstorj.protocol.linstor.MsgModKvs;
import io.linstorj.protocol.linstor.MsgModNetInterface;
import io.linstorj.protocol.linstor.MsgModNode;
import io.linstorj.protocol.linstor.MsgModRscDfn;
import io.linstorj.protocol.linstor.MsgModStorPool;
import io.linstorj.protocol.linstor.MsgModVlmDfn;
import io.linstorj.protocol.linstor.NetInterface;
import io.linstorj.protocol.linstor.Node;
import io.linstorj.protocol.linstor.ProviderType;
import io.linstorj.protocol.linstor.Rsc;
import io.linstorj.protocol.linstor.RscDfn;
import io.linstorj.protocol.linstor.RscWithPayload;
import io.linstorj.protocol.linstor.StorPool;
import io.linstorj.protocol.linstor.StorPoolDfn;
import io.linstorj.protocol.linstor.VlmDfn;
import io.linstorj.protocol.linstor.VlmDfnWithPayload;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds the request bodies of the calls in LINSTOR's client protocol of 2019 (the wire schemas,
 * {@code io.linstorj.protocol.linstor}, with LinstorJ's additions), shaped as the controller's
 * LINSTOR-dialect table parses them. The defaults the client fills in (net interface
 * {@code default}, plain satellite port, provider pool property) live here.
 */
public final class Requests {
    /** Encryption type of a plain satellite connection as the protocol writes it. */
    static final String PLAIN = "PLAIN";

    private Requests() {}

    /**
     * The body of {@code CrtNode}: a node with one net interface named {@code default} at
     * {@code address}, carrying the satellite connection on {@code satellitePort} (0: none).
     */
    public static MsgCrtNode nodeCreate(
            String name, String address, String nodeType, int satellitePort, Map<String, String> props) {
        Node node = Node.newBuilder()
                .setName(name)
                .setType(nodeType)
                .addAllProps(entries(props))
                .addNetInterfaces(netInterface(Consts.DEFAULT_NETIF, address, satellitePort))
                .build();
        return MsgCrtNode.newBuilder().setNode(node).build();
    }

    /**
     * The satellite port a node of {@code nodeType} gets when the caller names none: the
     * satellite default for satellites and combined nodes, none for the others.
     */
    public static int defaultSatellitePort(String nodeType) {
        boolean runsSatellite = Consts.VAL_NODE_TYPE_STLT.equalsIgnoreCase(nodeType)
                || Consts.VAL_NODE_TYPE_CMBD.equalsIgnoreCase(nodeType);
        return runsSatellite ? Consts.DFLT_STLT_PORT_PLAIN : 0;
    }

    /** The body of {@code CrtNetIf}. */
    public static MsgCrtNetInterface netInterfaceCreate(
            String nodeName, String name, String address, int satellitePort) {
        return MsgCrtNetInterface.newBuilder()
                .setNodeName(nodeName)
                .setNetIf(netInterface(name, address, satellitePort))
                .build();
    }

    /**
     * A net interface; a satellite port makes it carry a plain satellite connection. Only 0 means
     * "none": any other port, a negative one too, is sent for the controller to judge.
     */
    public static NetInterface netInterface(String name, String address, int satellitePort) {
        NetInterface.Builder netInterface =
                NetInterface.newBuilder().setName(name).setAddress(address);
        if (satellitePort != 0) {
            netInterface.setStltPort(satellitePort).setStltEncryptionType(PLAIN);
        }
        return netInterface.build();
    }

    /** The body of {@code CrtStorPoolDfn}. */
    public static MsgCrtStorPoolDfn storagePoolDfnCreate(String name, Map<String, String> props) {
        return MsgCrtStorPoolDfn.newBuilder()
                .setStorPoolDfn(StorPoolDfn.newBuilder().setStorPoolName(name).addAllProps(entries(props)))
                .build();
    }

    /**
     * The body of {@code CrtStorPool}: the provider's pool (volume group, zpool, directory) goes
     * into the pool's properties under {@code StorDriver/StorPoolName}, unless it is empty
     * (diskless pools have none). A kind the wire enum lacks travels as {@code UNKNOWN_PROVIDER}
     * named in {@code provider_kind_name}, so that REST sends it as given.
     */
    public static MsgCrtStorPool storagePoolCreate(
            String nodeName,
            String poolName,
            String providerKind,
            @Nullable String providerPool,
            Map<String, String> props) {
        StorPool.Builder pool = StorPool.newBuilder()
                .setNodeName(nodeName)
                .setStorPoolName(poolName)
                .setProviderKind(providerType(providerKind))
                .addAllProps(entries(props));
        if (pool.getProviderKind() == ProviderType.UNKNOWN_PROVIDER && !providerKind.isBlank()) {
            pool.setProviderKindName(providerKind);
        }
        if (providerPool != null && !providerPool.isEmpty()) {
            pool.addProps(entry(Consts.KEY_STOR_DRIVER_STOR_POOL_NAME, providerPool));
        }
        return MsgCrtStorPool.newBuilder().setStorPool(pool).build();
    }

    /**
     * A provider kind in the wire enum (FILE and FILE_THIN are LinstorJ's additions to it); a
     * name the enum lacks is sent as UNKNOWN_PROVIDER, which the controller refuses.
     */
    public static ProviderType providerType(String providerKind) {
        String upper = providerKind.strip().toUpperCase(Locale.ROOT);
        for (ProviderType type : ProviderType.values()) {
            if (type.name().equals(upper)) {
                return type;
            }
        }
        return ProviderType.UNKNOWN_PROVIDER;
    }

    /** The body of {@code CrtRscDfn}; a port of 0 or less lets the controller choose. */
    public static MsgCrtRscDfn resourceDfnCreate(String name, int port) {
        MsgCrtRscDfn.Builder create =
                MsgCrtRscDfn.newBuilder().setRscDfn(RscDfn.newBuilder().setRscName(name));
        if (port > 0) {
            create.setDrbdPort(port);
        }
        return create.build();
    }

    /** The body of {@code CrtVlmDfn}; a null volume number or minor lets the controller choose. */
    public static MsgCrtVlmDfn volumeDfnCreate(
            String resourceName, long sizeKib, @Nullable Integer volumeNumber, @Nullable Integer minorNumber) {
        VlmDfn.Builder definition = VlmDfn.newBuilder().setVlmSize(sizeKib);
        if (volumeNumber != null) {
            definition.setVlmNr(volumeNumber);
        }
        VlmDfnWithPayload.Builder payload = VlmDfnWithPayload.newBuilder().setVlmDfn(definition);
        if (minorNumber != null) {
            payload.setDrbdMinorNr(minorNumber);
        }
        return MsgCrtVlmDfn.newBuilder()
                .setRscName(resourceName)
                .addVlmDfns(payload)
                .build();
    }

    /** The body of {@code ModVlmDfn}; a null size keeps the size. */
    public static MsgModVlmDfn volumeDfnModify(
            String resourceName,
            int volumeNumber,
            Map<String, String> setProps,
            List<String> deleteProps,
            @Nullable Long sizeKib) {
        MsgModVlmDfn.Builder modify = MsgModVlmDfn.newBuilder()
                .setRscName(resourceName)
                .setVlmNr(volumeNumber)
                .addAllOverrideProps(entries(setProps))
                .addAllDeletePropKeys(deleteProps);
        if (sizeKib != null) {
            modify.setVlmSize(sizeKib);
        }
        return modify.build();
    }

    /**
     * The body of {@code CrtRsc}: one resource; its pool travels in the property
     * {@code StorPoolName} as python-linstor sends it (empty: the node's default pool).
     */
    public static MsgCrtRsc resourceCreate(String resourceName, String nodeName, String storagePool, boolean diskless) {
        Rsc.Builder rsc = Rsc.newBuilder().setName(resourceName).setNodeName(nodeName);
        if (!storagePool.isEmpty()) {
            rsc.addProps(entry(Consts.KEY_STOR_POOL_NAME, storagePool));
        }
        if (diskless) {
            rsc.addRscFlags(Consts.FLAG_DISKLESS);
        }
        return MsgCrtRsc.newBuilder()
                .addRscs(RscWithPayload.newBuilder().setRsc(rsc))
                .build();
    }

    /** The body of {@code ModNode}; an empty type keeps the node's type. */
    public static MsgModNode nodeModify(
            String name, String nodeType, Map<String, String> setProps, List<String> deleteProps) {
        MsgModNode.Builder modify = MsgModNode.newBuilder()
                .setNodeName(name)
                .addAllOverrideProps(entries(setProps))
                .addAllDeletePropKeys(deleteProps);
        if (!nodeType.isEmpty()) {
            modify.setNodeType(nodeType);
        }
        return modify.build();
    }

    /** The body of {@code DelNode}. */
    public static MsgDelNode nodeDelete(String name) {
        return MsgDelNode.newBuilder().setNodeName(name).build();
    }

    /** The body of {@code ModNetIf}: the interface's new address and satellite port (0: none). */
    public static MsgModNetInterface netInterfaceModify(
            String nodeName, String name, String address, int satellitePort) {
        return MsgModNetInterface.newBuilder()
                .setNodeName(nodeName)
                .setNetIf(netInterface(name, address, satellitePort))
                .build();
    }

    /** The body of {@code DelNetIf}. */
    public static MsgDelNetInterface netInterfaceDelete(String nodeName, String name) {
        return MsgDelNetInterface.newBuilder()
                .setNodeName(nodeName)
                .setNetIfName(name)
                .build();
    }

    /** The body of {@code DelStorPoolDfn}. */
    public static MsgDelStorPoolDfn storagePoolDfnDelete(String name) {
        return MsgDelStorPoolDfn.newBuilder().setStorPoolName(name).build();
    }

    /** The body of {@code ModStorPool}. */
    public static MsgModStorPool storagePoolModify(
            String nodeName, String poolName, Map<String, String> setProps, List<String> deleteProps) {
        return MsgModStorPool.newBuilder()
                .setNodeName(nodeName)
                .setStorPoolName(poolName)
                .addAllOverrideProps(entries(setProps))
                .addAllDeletePropKeys(deleteProps)
                .build();
    }

    /** The body of {@code DelStorPool}. */
    public static MsgDelStorPool storagePoolDelete(String nodeName, String poolName) {
        return MsgDelStorPool.newBuilder()
                .setNodeName(nodeName)
                .setStorPoolName(poolName)
                .build();
    }

    /** The body of {@code ModRscDfn}. */
    public static MsgModRscDfn resourceDfnModify(String name, Map<String, String> setProps, List<String> deleteProps) {
        return MsgModRscDfn.newBuilder()
                .setRscName(name)
                .addAllOverrideProps(entries(setProps))
                .addAllDeletePropKeys(deleteProps)
                .build();
    }

    /** The body of {@code DelRscDfn}. */
    public static MsgDelRscDfn resourceDfnDelete(String name) {
        return MsgDelRscDfn.newBuilder().setRscName(name).build();
    }

    /** The body of {@code DelVlmDfn}. */
    public static MsgDelVlmDfn volumeDfnDelete(String resourceName, int volumeNumber) {
        return MsgDelVlmDfn.newBuilder()
                .setRscName(resourceName)
                .setVlmNr(volumeNumber)
                .build();
    }

    /** The body of {@code DelRsc}. */
    public static MsgDelRsc resourceDelete(String resourceName, String nodeName) {
        return MsgDelRsc.newBuilder()
                .setRscName(resourceName)
                .setNodeName(nodeName)
                .build();
    }

    /** The body of {@code SetCtrlProp}: one property to set, as the controller takes one per call. */
    public static MsgModCtrl controllerSetProp(String key, String value) {
        return MsgModCtrl.newBuilder().addOverrideProps(entry(key, value)).build();
    }

    /** The body of {@code DelCtrlProp}. */
    public static MsgDelCtrlProp controllerDeleteProp(String key) {
        return MsgDelCtrlProp.newBuilder().setKey(key).build();
    }

    /** The body of {@code ModKvs}. */
    public static MsgModKvs keyValueStoreModify(
            String instance, Map<String, String> setProps, List<String> deleteProps) {
        return MsgModKvs.newBuilder()
                .setKvsName(instance)
                .addAllOverrideProps(entries(setProps))
                .addAllDeletePropKeys(deleteProps)
                .build();
    }

    /** The body of {@code DelKvs}. */
    public static MsgDelKvs keyValueStoreDelete(String instance) {
        return MsgDelKvs.newBuilder().setKvsName(instance).build();
    }

    /** A property map as LINSTOR sends it: one entry per key, in the map's order. */
    public static List<LinStorMapEntry> entries(Map<String, String> props) {
        return props.entrySet().stream()
                .map(prop -> entry(prop.getKey(), prop.getValue()))
                .toList();
    }

    /** One property entry. */
    public static LinStorMapEntry entry(String key, String value) {
        return LinStorMapEntry.newBuilder().setKey(key).setValue(value).build();
    }

    /** A list filter; empty lists mean "all". */
    public static Filter filter(
            List<String> nodeNames, List<String> resourceNames, List<String> storagePoolNames, List<String> names) {
        return Filter.newBuilder()
                .addAllNodeNames(nodeNames)
                .addAllResourceNames(resourceNames)
                .addAllStorPoolNames(storagePoolNames)
                .addAllNames(names)
                .build();
    }
}

package io.linstorj.client.internal;

import io.linstorj.client.Consts;
import io.linstorj.protocol.proto.DrbdResourceDefinitionData;
import io.linstorj.protocol.proto.MsgCrtNetIf;
import io.linstorj.protocol.proto.MsgCrtNode;
import io.linstorj.protocol.proto.MsgCrtRsc;
import io.linstorj.protocol.proto.MsgCrtRscDfn;
import io.linstorj.protocol.proto.MsgCrtStorPool;
import io.linstorj.protocol.proto.MsgCrtStorPoolDfn;
import io.linstorj.protocol.proto.MsgCrtVlmDfn;
import io.linstorj.protocol.proto.MsgDelCtrlProp;
import io.linstorj.protocol.proto.MsgDelKvs;
import io.linstorj.protocol.proto.MsgDelNetIf;
import io.linstorj.protocol.proto.MsgDelNode;
import io.linstorj.protocol.proto.MsgDelRsc;
import io.linstorj.protocol.proto.MsgDelRscDfn;
import io.linstorj.protocol.proto.MsgDelStorPool;
import io.linstorj.protocol.proto.MsgDelStorPoolDfn;
import io.linstorj.protocol.proto.MsgDelVlmDfn;
import io.linstorj.protocol.proto.MsgListFilter;
import io.linstorj.protocol.proto.MsgModKvs;
import io.linstorj.protocol.proto.MsgModNetIf;
import io.linstorj.protocol.proto.MsgModNode;
import io.linstorj.protocol.proto.MsgModRscDfn;
import io.linstorj.protocol.proto.MsgModStorPool;
import io.linstorj.protocol.proto.MsgModVlmDfn;
import io.linstorj.protocol.proto.MsgSetCtrlProp;
import io.linstorj.protocol.proto.NetInterface;
import io.linstorj.protocol.proto.Node;
import io.linstorj.protocol.proto.PropsChange;
import io.linstorj.protocol.proto.ResourceDefinition;
import io.linstorj.protocol.proto.StoragePool;
import io.linstorj.protocol.proto.StoragePoolDefinition;
import io.linstorj.protocol.proto.VolumeDefinition;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds the request bodies of the calls whose shape takes more than one line: the defaults the
 * client fills in (net interface {@code default}, plain satellite port, provider pool property)
 * live here.
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
                .putAllProps(props)
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
    public static MsgCrtNetIf netInterfaceCreate(String nodeName, String name, String address, int satellitePort) {
        return MsgCrtNetIf.newBuilder()
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
            netInterface.setSatellitePort(satellitePort).setSatelliteEncryptionType(PLAIN);
        }
        return netInterface.build();
    }

    /** The body of {@code CrtStorPoolDfn}. */
    public static MsgCrtStorPoolDfn storagePoolDfnCreate(String name, Map<String, String> props) {
        return MsgCrtStorPoolDfn.newBuilder()
                .setStoragePoolDefinition(
                        StoragePoolDefinition.newBuilder().setName(name).putAllProps(props))
                .build();
    }

    /**
     * The body of {@code CrtStorPool}: the provider's pool (volume group, zpool, directory) goes
     * into the pool's properties under {@code StorDriver/StorPoolName}, unless it is empty
     * (diskless pools have none).
     */
    public static MsgCrtStorPool storagePoolCreate(
            String nodeName,
            String poolName,
            String providerKind,
            @Nullable String providerPool,
            Map<String, String> props) {
        StoragePool.Builder pool = StoragePool.newBuilder()
                .setNodeName(nodeName)
                .setStoragePoolName(poolName)
                .setProviderKind(providerKind)
                .putAllProps(props);
        if (providerPool != null && !providerPool.isEmpty()) {
            pool.putProps(Consts.KEY_STOR_DRIVER_STOR_POOL_NAME, providerPool);
        }
        return MsgCrtStorPool.newBuilder().setStoragePool(pool).build();
    }

    /** The body of {@code CrtRscDfn}; a port of 0 or less lets the controller choose. */
    public static MsgCrtRscDfn resourceDfnCreate(String name, int port) {
        ResourceDefinition.Builder definition = ResourceDefinition.newBuilder().setName(name);
        if (port > 0) {
            definition.setDrbd(DrbdResourceDefinitionData.newBuilder().setPort(port));
        }
        return MsgCrtRscDfn.newBuilder().setResourceDefinition(definition).build();
    }

    /** The body of {@code CrtVlmDfn}; a null volume number or minor lets the controller choose. */
    public static MsgCrtVlmDfn volumeDfnCreate(
            String resourceName, long sizeKib, @Nullable Integer volumeNumber, @Nullable Integer minorNumber) {
        VolumeDefinition.Builder definition = VolumeDefinition.newBuilder().setSizeKib(sizeKib);
        if (volumeNumber != null) {
            definition.setVolumeNumber(volumeNumber);
        }
        if (minorNumber != null) {
            definition.setMinorNumber(minorNumber);
        }
        return MsgCrtVlmDfn.newBuilder()
                .setResourceName(resourceName)
                .addVolumeDefinitions(definition)
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
                .setResourceName(resourceName)
                .setVolumeNumber(volumeNumber)
                .setProps(propsChange(setProps, deleteProps));
        if (sizeKib != null) {
            modify.setSizeKib(sizeKib);
        }
        return modify.build();
    }

    /** The body of {@code CrtRsc}; an empty pool means the node's default pool. */
    public static MsgCrtRsc resourceCreate(String resourceName, String nodeName, String storagePool, boolean diskless) {
        MsgCrtRsc.Builder create = MsgCrtRsc.newBuilder()
                .setResourceName(resourceName)
                .setNodeName(nodeName)
                .setStoragePoolName(storagePool);
        if (diskless) {
            create.addFlags(Consts.FLAG_DISKLESS);
        }
        return create.build();
    }

    /** The body of {@code ModNode}; an empty type keeps the node's type. */
    public static MsgModNode nodeModify(
            String name, String nodeType, Map<String, String> setProps, List<String> deleteProps) {
        return MsgModNode.newBuilder()
                .setNodeName(name)
                .setNodeType(nodeType)
                .setProps(propsChange(setProps, deleteProps))
                .build();
    }

    /** The body of {@code DelNode}. */
    public static MsgDelNode nodeDelete(String name) {
        return MsgDelNode.newBuilder().setNodeName(name).build();
    }

    /** The body of {@code ModNetIf}: the interface's new address and satellite port (0: none). */
    public static MsgModNetIf netInterfaceModify(String nodeName, String name, String address, int satellitePort) {
        return MsgModNetIf.newBuilder()
                .setNodeName(nodeName)
                .setNetIf(netInterface(name, address, satellitePort))
                .build();
    }

    /** The body of {@code DelNetIf}. */
    public static MsgDelNetIf netInterfaceDelete(String nodeName, String name) {
        return MsgDelNetIf.newBuilder().setNodeName(nodeName).setNetIfName(name).build();
    }

    /** The body of {@code DelStorPoolDfn}. */
    public static MsgDelStorPoolDfn storagePoolDfnDelete(String name) {
        return MsgDelStorPoolDfn.newBuilder().setStoragePoolName(name).build();
    }

    /** The body of {@code ModStorPool}. */
    public static MsgModStorPool storagePoolModify(
            String nodeName, String poolName, Map<String, String> setProps, List<String> deleteProps) {
        return MsgModStorPool.newBuilder()
                .setNodeName(nodeName)
                .setStoragePoolName(poolName)
                .setProps(propsChange(setProps, deleteProps))
                .build();
    }

    /** The body of {@code DelStorPool}. */
    public static MsgDelStorPool storagePoolDelete(String nodeName, String poolName) {
        return MsgDelStorPool.newBuilder()
                .setNodeName(nodeName)
                .setStoragePoolName(poolName)
                .build();
    }

    /** The body of {@code ModRscDfn}. */
    public static MsgModRscDfn resourceDfnModify(String name, Map<String, String> setProps, List<String> deleteProps) {
        return MsgModRscDfn.newBuilder()
                .setResourceName(name)
                .setProps(propsChange(setProps, deleteProps))
                .build();
    }

    /** The body of {@code DelRscDfn}. */
    public static MsgDelRscDfn resourceDfnDelete(String name) {
        return MsgDelRscDfn.newBuilder().setResourceName(name).build();
    }

    /** The body of {@code DelVlmDfn}. */
    public static MsgDelVlmDfn volumeDfnDelete(String resourceName, int volumeNumber) {
        return MsgDelVlmDfn.newBuilder()
                .setResourceName(resourceName)
                .setVolumeNumber(volumeNumber)
                .build();
    }

    /** The body of {@code DelRsc}. */
    public static MsgDelRsc resourceDelete(String resourceName, String nodeName) {
        return MsgDelRsc.newBuilder()
                .setResourceName(resourceName)
                .setNodeName(nodeName)
                .build();
    }

    /** The body of {@code SetCtrlProp}. */
    public static MsgSetCtrlProp controllerSetProp(String key, String value) {
        return MsgSetCtrlProp.newBuilder().setKey(key).setValue(value).build();
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
                .setProps(propsChange(setProps, deleteProps))
                .build();
    }

    /** The body of {@code DelKvs}. */
    public static MsgDelKvs keyValueStoreDelete(String instance) {
        return MsgDelKvs.newBuilder().setKvsName(instance).build();
    }

    /** Property changes: set these, then delete these keys. */
    public static PropsChange propsChange(Map<String, String> setProps, List<String> deleteProps) {
        return PropsChange.newBuilder()
                .putAllOverrideProps(setProps)
                .addAllDeleteProps(deleteProps)
                .build();
    }

    /** A list filter; empty lists mean "all". */
    public static MsgListFilter filter(
            List<String> nodeNames, List<String> resourceNames, List<String> storagePoolNames, List<String> names) {
        return MsgListFilter.newBuilder()
                .addAllNodeNames(nodeNames)
                .addAllResourceNames(resourceNames)
                .addAllStoragePoolNames(storagePoolNames)
                .addAllNames(names)
                .build();
    }
}

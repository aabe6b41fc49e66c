package io.linstorj.controller.transport;

import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.KeyValueStore;
import io.linstorj.controller.cluster.ProviderKind;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.node.NetInterfaceRequest;
import io.linstorj.controller.node.NodeCreateRequest;
import io.linstorj.controller.node.NodeView;
import io.linstorj.controller.observed.StoragePoolObservation;
import io.linstorj.controller.observed.VolumeObservation;
import io.linstorj.controller.props.PropsChange;
import io.linstorj.controller.resource.ResourceDefinitionView;
import io.linstorj.controller.resource.ResourceView;
import io.linstorj.controller.resource.VolumeView;
import io.linstorj.controller.snapshot.SnapshotView;
import io.linstorj.controller.storage.StoragePoolCreateRequest;
import io.linstorj.controller.storage.StoragePoolView;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.linstor.ApiCallResponse;
import io.linstorj.protocol.linstor.DrbdRscDfn;
import io.linstorj.protocol.linstor.DrbdVlmDfn;
import io.linstorj.protocol.linstor.Filter;
import io.linstorj.protocol.linstor.Kvs;
import io.linstorj.protocol.linstor.LayerType;
import io.linstorj.protocol.linstor.LinStorMapEntry;
import io.linstorj.protocol.linstor.MsgLstNode;
import io.linstorj.protocol.linstor.MsgLstRsc;
import io.linstorj.protocol.linstor.MsgLstRscDfn;
import io.linstorj.protocol.linstor.MsgLstSnapshotDfn;
import io.linstorj.protocol.linstor.MsgLstStorPool;
import io.linstorj.protocol.linstor.MsgLstStorPoolDfn;
import io.linstorj.protocol.linstor.MsgRspKvs;
import io.linstorj.protocol.linstor.NetInterface;
import io.linstorj.protocol.linstor.Node;
import io.linstorj.protocol.linstor.ProviderType;
import io.linstorj.protocol.linstor.Rsc;
import io.linstorj.protocol.linstor.RscDfn;
import io.linstorj.protocol.linstor.RscDfnLayerData;
import io.linstorj.protocol.linstor.RscState;
import io.linstorj.protocol.linstor.SnapshotDfn;
import io.linstorj.protocol.linstor.SnapshotVlmDfn;
import io.linstorj.protocol.linstor.StorPool;
import io.linstorj.protocol.linstor.StorPoolDfn;
import io.linstorj.protocol.linstor.StorPoolFreeSpace;
import io.linstorj.protocol.linstor.Vlm;
import io.linstorj.protocol.linstor.VlmDfn;
import io.linstorj.protocol.linstor.VlmDfnLayerData;
import io.linstorj.protocol.linstor.VlmState;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Translates between LINSTOR's client-protocol messages ({@code io.linstorj.protocol.linstor})
 * and the services' records: property lists to maps, LINSTOR's enums to our names, and our
 * observations into LINSTOR's places for them (free space, resource states).
 */
final class LinstorMessages {
    /** DRBD's defaults that LINSTOR reports in a definition's DRBD layer data. */
    private static final int DRBD_PEER_SLOTS = 7;

    private static final int DRBD_AL_STRIPES = 1;
    private static final long DRBD_AL_SIZE_KIB = 32;

    private LinstorMessages() {}

    // --- generic pieces ---------------------------------------------------------------------------

    static ApiCallResponse toProto(ApiCallRc rc) {
        ApiCallResponse.Builder proto = ApiCallResponse.newBuilder()
                .setRetCode(rc.retCode())
                .setMessage(rc.message())
                .addAllObjRefs(entries(rc.objRefs()))
                .addAllErrorReportIds(rc.errorReportIds());
        if (!rc.cause().isEmpty()) {
            proto.setCause(rc.cause());
        }
        if (!rc.correction().isEmpty()) {
            proto.setCorrection(rc.correction());
        }
        if (!rc.details().isEmpty()) {
            proto.setDetails(rc.details());
        }
        return proto.build();
    }

    static CallAnswer reply(List<ApiCallRc> replies) {
        return new CallAnswer(
                io.linstorj.protocol.ApiCalls.REPLY,
                replies.stream().map(LinstorMessages::toProto).toList());
    }

    static List<LinStorMapEntry> entries(Map<String, String> map) {
        return map.entrySet().stream()
                .map(entry -> LinStorMapEntry.newBuilder()
                        .setKey(entry.getKey())
                        .setValue(entry.getValue())
                        .build())
                .toList();
    }

    /** A property list as a map; a key given twice keeps its last value, as LINSTOR's maps do. */
    static Map<String, String> map(List<LinStorMapEntry> entries) {
        Map<String, String> map = new LinkedHashMap<>();
        entries.forEach(entry -> map.put(entry.getKey(), entry.getValue()));
        return map;
    }

    static PropsChange propsChange(
            List<LinStorMapEntry> overrides, List<String> deleteKeys, List<String> deleteNamespaces) {
        return new PropsChange(map(overrides), new HashSet<>(deleteKeys), new HashSet<>(deleteNamespaces));
    }

    /** The optional Filter body of a list call: absent means "all". */
    static Filter filter(ProtocolMessage request) {
        return request.bodies().isEmpty() ? Filter.getDefaultInstance() : request.body(0, Filter.parser());
    }

    /** LINSTOR's provider enum as our kind's name; UNKNOWN_PROVIDER as given, for the service to refuse. */
    static String providerKind(ProviderType type) {
        return type.name();
    }

    /**
     * Our kind in LINSTOR's enum; the kinds LINSTOR of 2019 lacked (FILE, FILE_THIN) are written
     * UNKNOWN_PROVIDER, since LINSTOR's clients refuse a message whose required kind they do not
     * know. The messages name every kind in provider_kind_name as well.
     */
    static ProviderType providerType(ProviderKind kind) {
        if (kind == null || kind.isFileBased()) {
            return ProviderType.UNKNOWN_PROVIDER;
        }
        return ProviderType.valueOf(kind.name());
    }

    static List<String> layerNames(List<LayerType> layers) {
        return layers.stream().map(LayerType::name).toList();
    }

    // --- nodes --------------------------------------------------------------------------------------

    static NodeCreateRequest nodeRequest(Node node) {
        return new NodeCreateRequest(
                node.getName(),
                node.getType(),
                map(node.getPropsList()),
                node.getNetInterfacesList().stream()
                        .map(LinstorMessages::netInterfaceRequest)
                        .toList());
    }

    /** An absent or 0 satellite port means "not given". */
    static NetInterfaceRequest netInterfaceRequest(NetInterface proto) {
        Integer port = proto.hasStltPort() && proto.getStltPort() != 0 ? proto.getStltPort() : null;
        return new NetInterfaceRequest(proto.getName(), proto.getAddress(), port, proto.getStltEncryptionType());
    }

    static MsgLstNode nodeList(List<NodeView> views) {
        MsgLstNode.Builder list = MsgLstNode.newBuilder();
        for (NodeView view : views) {
            io.linstorj.controller.cluster.Node node = view.node();
            Node.Builder proto = Node.newBuilder()
                    .setUuid(node.uuid().toString())
                    .setName(node.name())
                    .setType(node.type().name())
                    .addAllProps(entries(node.props()))
                    .addAllFlags(node.flags())
                    .setConnectionStatus(connectionStatus(view.connectionStatus()));
            if (!view.satelliteInfo().isEmpty()) {
                proto.setSatelliteInfo(view.satelliteInfo());
            }
            for (io.linstorj.controller.cluster.NetInterface netInterface :
                    node.netInterfaces().values()) {
                NetInterface.Builder netIf =
                        NetInterface.newBuilder().setName(netInterface.name()).setAddress(netInterface.address());
                if (netInterface.satellitePort() != 0) {
                    netIf.setStltPort(netInterface.satellitePort())
                            .setStltEncryptionType(netInterface.encryptionType());
                }
                proto.addNetInterfaces(netIf);
            }
            list.addNodes(proto);
        }
        return list.build();
    }

    private static Node.ConnectionStatus connectionStatus(String status) {
        for (Node.ConnectionStatus known : Node.ConnectionStatus.values()) {
            if (known.name().equalsIgnoreCase(status)) {
                return known;
            }
        }
        return Node.ConnectionStatus.UNKNOWN;
    }

    // --- storage --------------------------------------------------------------------------------------

    /**
     * A pool to create. A kind LINSTOR's enum lacks comes as UNKNOWN_PROVIDER with its name in
     * provider_kind_name (LinstorJ's addition), so that the service takes or refuses the kind the
     * caller named; the name counts only then, so the enum, which LINSTOR's clients send, wins.
     */
    static StoragePoolCreateRequest poolRequest(StorPool proto) {
        boolean byName = proto.getProviderKind() == ProviderType.UNKNOWN_PROVIDER
                && !proto.getProviderKindName().isEmpty();
        return new StoragePoolCreateRequest(
                proto.getNodeName(),
                proto.getStorPoolName(),
                byName ? proto.getProviderKindName() : providerKind(proto.getProviderKind()),
                map(proto.getPropsList()));
    }

    static MsgLstStorPoolDfn poolDefinitionList(List<io.linstorj.controller.cluster.StoragePoolDefinition> list) {
        MsgLstStorPoolDfn.Builder proto = MsgLstStorPoolDfn.newBuilder();
        for (var definition : list) {
            proto.addStorPoolDfns(StorPoolDfn.newBuilder()
                    .setStorPoolName(definition.name())
                    .addAllProps(entries(definition.props())));
        }
        return proto.build();
    }

    static MsgLstStorPool poolList(List<StoragePoolView> views) {
        MsgLstStorPool.Builder list = MsgLstStorPool.newBuilder();
        for (StoragePoolView view : views) {
            io.linstorj.controller.cluster.StoragePool pool = view.pool();
            StorPool.Builder proto = StorPool.newBuilder()
                    .setStorPoolUuid(pool.uuid().toString())
                    .setNodeName(pool.nodeName())
                    .setStorPoolName(pool.name())
                    .setProviderKind(providerType(pool.providerKind()))
                    .setProviderKindName(pool.providerKind().name())
                    .addAllProps(entries(pool.props()));
            view.observation().ifPresent(observation -> addObservation(proto, pool, observation));
            list.addStorPools(proto);
        }
        return list.build();
    }

    private static void addObservation(
            StorPool.Builder proto,
            io.linstorj.controller.cluster.StoragePool pool,
            StoragePoolObservation observation) {
        List<ApiCallResponse> reports =
                observation.reports().stream().map(LinstorMessages::toProto).toList();
        if (observation.freeCapacityKib().isPresent()
                && observation.totalCapacityKib().isPresent()) {
            proto.setFreeSpace(StorPoolFreeSpace.newBuilder()
                    .setStorPoolUuid(pool.uuid().toString())
                    .setStorPoolName(pool.name())
                    .setFreeCapacity(observation.freeCapacityKib().getAsLong())
                    .setTotalCapacity(observation.totalCapacityKib().getAsLong())
                    .addAllErrors(reports));
        }
        proto.addAllReports(reports);
    }

    // --- resource definitions and resources ---------------------------------------------------------

    static MsgLstRscDfn definitionList(List<ResourceDefinitionView> views) {
        MsgLstRscDfn.Builder list = MsgLstRscDfn.newBuilder();
        for (ResourceDefinitionView view : views) {
            ResourceDefinition definition = view.definition();
            RscDfn.Builder proto = RscDfn.newBuilder()
                    .setRscDfnUuid(definition.uuid().toString())
                    .setRscName(definition.name())
                    .addAllRscDfnFlags(definition.flags())
                    .addAllRscDfnProps(entries(definition.props()))
                    // The shared secret stays out of lists: it goes only to satellites, over the
                    // authenticated link.
                    .addLayerData(RscDfnLayerData.newBuilder()
                            .setLayerType(LayerType.DRBD)
                            .setDrbd(DrbdRscDfn.newBuilder()
                                    .setRscNameSuffix("")
                                    .setPeersSlots(DRBD_PEER_SLOTS)
                                    .setAlStripes(DRBD_AL_STRIPES)
                                    .setAlSize(DRBD_AL_SIZE_KIB)
                                    .setPort(definition.port())
                                    .setTransportType(definition.transportType())
                                    .setSecret("")
                                    .setDown(false)))
                    .setDrbdPort(definition.port());
            if (!definition.resourceGroupName().isEmpty()) {
                proto.setRscGrpName(definition.resourceGroupName());
            }
            for (VolumeDefinition volume : view.volumeDefinitions()) {
                proto.addVlmDfns(VlmDfn.newBuilder()
                        .setVlmDfnUuid(volume.uuid().toString())
                        .setVlmNr(volume.volumeNumber())
                        .setVlmSize(volume.sizeKib())
                        .addAllVlmFlags(volume.flags())
                        .addAllVlmProps(entries(volume.props()))
                        .addLayerData(VlmDfnLayerData.newBuilder()
                                .setLayerType(LayerType.DRBD)
                                .setDrbd(DrbdVlmDfn.newBuilder()
                                        .setRscNameSuffix("")
                                        .setVlmNr(volume.volumeNumber())
                                        .setMinor(volume.minorNumber())))
                        .setMinorNr(volume.minorNumber()));
            }
            list.addRscDfns(proto);
        }
        return list.build();
    }

    static MsgLstRsc resourceList(List<ResourceView> views) {
        MsgLstRsc.Builder list = MsgLstRsc.newBuilder();
        for (ResourceView view : views) {
            io.linstorj.controller.cluster.Resource resource = view.resource();
            Rsc.Builder proto = Rsc.newBuilder()
                    .setUuid(resource.uuid().toString())
                    .setName(resource.resourceName())
                    .setNodeName(resource.nodeName())
                    .addAllProps(entries(resource.props()))
                    .addAllRscFlags(resource.flags())
                    .setDrbdNodeId(resource.nodeId());
            view.volumes().forEach(volume -> proto.addVlms(volume(volume)));
            list.addResources(proto);
            view.observation().ifPresent(observation -> {
                RscState.Builder state = RscState.newBuilder()
                        .setRscName(resource.resourceName())
                        .setNodeName(resource.nodeName())
                        .setInUse(observation.inUse())
                        .setReady(observation.ready())
                        .addAllReports(observation.reports().stream()
                                .map(LinstorMessages::toProto)
                                .toList());
                for (VolumeView volume : view.volumes()) {
                    VlmState.Builder vlmState =
                            VlmState.newBuilder().setVlmNr(volume.volume().volumeNumber());
                    volume.observation().ifPresent(observed -> vlmState.setDiskState(observed.diskState()));
                    state.addVlmStates(vlmState);
                }
                list.addResourceStates(state);
            });
        }
        return list.build();
    }

    private static Vlm volume(VolumeView view) {
        Vlm.Builder proto = Vlm.newBuilder()
                .setVlmUuid(view.volume().uuid().toString())
                .setVlmNr(view.volume().volumeNumber())
                .setStorPoolName(view.volume().storagePoolName())
                .setProviderKind(providerType(view.providerKind()))
                .setProviderKindName(
                        view.providerKind() == null ? "" : view.providerKind().name())
                .addAllVlmProps(entries(view.volume().props()));
        if (view.minorNumber() >= 0) {
            proto.setMinorNr(view.minorNumber());
        }
        if (view.observation().isPresent()) {
            VolumeObservation observation = view.observation().get();
            proto.setDevicePath(observation.devicePath())
                    .setBackingDisk(observation.backingDisk())
                    .setDiskState(observation.diskState());
            observation.allocatedSizeKib().ifPresent(proto::setAllocatedSize);
        }
        return proto.build();
    }

    // --- snapshots ------------------------------------------------------------------------------------

    static MsgLstSnapshotDfn snapshotList(List<SnapshotView> views) {
        MsgLstSnapshotDfn.Builder list = MsgLstSnapshotDfn.newBuilder();
        for (SnapshotView view : views) {
            SnapshotDfn.Builder proto = SnapshotDfn.newBuilder()
                    .setUuid(view.definition().uuid().toString())
                    .setSnapshotName(view.definition().name())
                    .setRscName(view.definition().resourceName())
                    .addAllSnapshotDfnFlags(view.flags());
            // As REST's view shows them: the resource definition's properties with the snapshot's over them.
            Map<String, String> props = new TreeMap<>(view.resourceDefinitionProps());
            props.putAll(view.definition().props());
            proto.addAllSnapshotDfnProps(entries(props));
            view.nodes()
                    .forEach(node -> proto.addSnapshots(io.linstorj.protocol.linstor.Snapshot.newBuilder()
                            .setNodeName(node.snapshot().nodeName())));
            view.definition()
                    .volumeSizesKib()
                    .forEach((number, size) -> proto.addSnapshotVlmDfns(
                            SnapshotVlmDfn.newBuilder().setVlmNr(number).setVlmSize(size)));
            list.addSnapshotDfns(proto);
        }
        return list.build();
    }

    // --- key-value stores -----------------------------------------------------------------------------

    static MsgRspKvs keyValueStoreList(List<KeyValueStore> stores) {
        MsgRspKvs.Builder list = MsgRspKvs.newBuilder();
        for (KeyValueStore store : stores) {
            list.addKeyValueStore(Kvs.newBuilder().setName(store.name()).addAllProps(entries(store.props())));
        }
        return list.build();
    }
}

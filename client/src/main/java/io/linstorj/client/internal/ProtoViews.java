package io.linstorj.client.internal;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.AutoSelectFilter;
import io.linstorj.client.KeyValueStoreInfo;
import io.linstorj.client.NetInterfaceInfo;
import io.linstorj.client.NodeInfo;
import io.linstorj.client.ResourceDefinitionInfo;
import io.linstorj.client.ResourceGroupInfo;
import io.linstorj.client.ResourceInfo;
import io.linstorj.client.SnapshotInfo;
import io.linstorj.client.SnapshotVolumeInfo;
import io.linstorj.client.StoragePoolDefinitionInfo;
import io.linstorj.client.StoragePoolInfo;
import io.linstorj.client.VolumeDefinitionInfo;
import io.linstorj.client.VolumeGroupInfo;
import io.linstorj.client.VolumeInfo;
import io.linstorj.protocol.linstor.Kvs;
import io.linstorj.protocol.linstor.LayerType;
import io.linstorj.protocol.linstor.LinStorMapEntry;
import io.linstorj.protocol.linstor.MsgLstRsc;
import io.linstorj.protocol.linstor.NetInterface;
import io.linstorj.protocol.linstor.Node;
import io.linstorj.protocol.linstor.ProviderType;
import io.linstorj.protocol.linstor.Rsc;
import io.linstorj.protocol.linstor.RscDfn;
import io.linstorj.protocol.linstor.RscDfnLayerData;
import io.linstorj.protocol.linstor.RscGrp;
import io.linstorj.protocol.linstor.RscState;
import io.linstorj.protocol.linstor.SnapshotDfn;
import io.linstorj.protocol.linstor.StorPool;
import io.linstorj.protocol.linstor.StorPoolDfn;
import io.linstorj.protocol.linstor.Vlm;
import io.linstorj.protocol.linstor.VlmDfn;
import io.linstorj.protocol.linstor.VlmDfnLayerData;
import io.linstorj.protocol.linstor.VlmGrp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Turns the wire schemas' messages ({@code io.linstorj.protocol.linstor}) into the client's
 * immutable views, reading them as the controller's LINSTOR dialect writes them: property lists
 * as maps, provider kinds by their LinstorJ-addition name where LINSTOR's enum lacks them, the
 * observed state of a resource from the list's resource states.
 */
public final class ProtoViews {
    private ProtoViews() {}

    /** The view of one answer entry. */
    public static ApiCallResponse apiCallResponse(io.linstorj.protocol.linstor.ApiCallResponse msg) {
        return new ApiCallResponse(
                msg.getRetCode(),
                msg.getMessage(),
                msg.getCause(),
                msg.getCorrection(),
                msg.getDetails(),
                props(msg.getObjRefsList()),
                msg.getErrorReportIdsList());
    }

    /** The views of a list of answer entries. */
    public static List<ApiCallResponse> apiCallResponses(List<io.linstorj.protocol.linstor.ApiCallResponse> msgs) {
        return map(msgs, ProtoViews::apiCallResponse);
    }

    /** A property list as a map; a key given twice keeps its last value, as LINSTOR's maps do. */
    public static Map<String, String> props(List<LinStorMapEntry> entries) {
        Map<String, String> props = new LinkedHashMap<>();
        entries.forEach(entry -> props.put(entry.getKey(), entry.getValue()));
        return props;
    }

    /** The view of a node. */
    public static NodeInfo node(Node node) {
        return new NodeInfo(
                node.getName(),
                node.getType(),
                map(node.getNetInterfacesList(), ProtoViews::netInterface),
                node.hasConnectionStatus() ? node.getConnectionStatus().name() : "",
                props(node.getPropsList()),
                node.getFlagsList(),
                node.getSatelliteInfo());
    }

    /** The view of a net interface; no satellite port reads 0. */
    public static NetInterfaceInfo netInterface(NetInterface netInterface) {
        return new NetInterfaceInfo(
                netInterface.getName(),
                netInterface.getAddress(),
                netInterface.getStltPort(),
                netInterface.getStltEncryptionType());
    }

    /** The view of a storage pool definition. */
    public static StoragePoolDefinitionInfo storagePoolDefinition(StorPoolDfn definition) {
        return new StoragePoolDefinitionInfo(definition.getStorPoolName(), props(definition.getPropsList()));
    }

    /** The view of a storage pool; capacities are absent until the satellite reported them. */
    public static StoragePoolInfo storagePool(StorPool pool) {
        boolean reported = pool.hasFreeSpace();
        return new StoragePoolInfo(
                pool.getNodeName(),
                pool.getStorPoolName(),
                providerKind(pool.getProviderKindName(), pool.getProviderKind()),
                props(pool.getPropsList()),
                reported ? OptionalLong.of(pool.getFreeSpace().getFreeCapacity()) : OptionalLong.empty(),
                reported ? OptionalLong.of(pool.getFreeSpace().getTotalCapacity()) : OptionalLong.empty(),
                apiCallResponses(pool.getReportsList()));
    }

    /** The view of a resource definition with its volume definitions. */
    public static ResourceDefinitionInfo resourceDefinition(RscDfn definition) {
        int port = definition.hasDrbdPort() ? definition.getDrbdPort() : drbdLayerPort(definition);
        return new ResourceDefinitionInfo(
                definition.getRscName(),
                port > 0 ? OptionalInt.of(port) : OptionalInt.empty(),
                definition.getRscGrpName(),
                map(definition.getVlmDfnsList(), ProtoViews::volumeDefinition),
                props(definition.getRscDfnPropsList()),
                definition.getRscDfnFlagsList());
    }

    private static int drbdLayerPort(RscDfn definition) {
        return definition.getLayerDataList().stream()
                .filter(layer -> layer.getLayerType() == LayerType.DRBD && layer.hasDrbd())
                .map(RscDfnLayerData::getDrbd)
                .mapToInt(drbd -> drbd.getPort())
                .findFirst()
                .orElse(0);
    }

    /** The view of a snapshot with its volume sizes. */
    public static SnapshotInfo snapshot(SnapshotDfn snapshot) {
        return new SnapshotInfo(
                snapshot.getSnapshotName(),
                snapshot.getRscName(),
                map(snapshot.getSnapshotsList(), io.linstorj.protocol.linstor.Snapshot::getNodeName),
                snapshot.getSnapshotDfnFlagsList(),
                props(snapshot.getSnapshotDfnPropsList()),
                map(
                        snapshot.getSnapshotVlmDfnsList(),
                        volume -> new SnapshotVolumeInfo(volume.getVlmNr(), volume.getVlmSize())));
    }

    /** The view of a volume definition; the minor is LinstorJ's addition, else the DRBD layer's. */
    public static VolumeDefinitionInfo volumeDefinition(VlmDfn definition) {
        OptionalInt minor = definition.hasMinorNr()
                ? minor(true, definition.getMinorNr())
                : definition.getLayerDataList().stream()
                        .filter(layer -> layer.getLayerType() == LayerType.DRBD && layer.hasDrbd())
                        .map(VlmDfnLayerData::getDrbd)
                        .mapToInt(drbd -> drbd.getMinor())
                        .filter(value -> value >= 0)
                        .findFirst();
        return new VolumeDefinitionInfo(
                definition.getVlmNr(),
                definition.getVlmSize(),
                minor,
                props(definition.getVlmPropsList()),
                definition.getVlmFlagsList());
    }

    /**
     * The views of the resources of a list, each with the observed state the list carries beside
     * it (absent until its satellite reported).
     */
    public static List<ResourceInfo> resources(MsgLstRsc list) {
        Map<String, RscState> states = new LinkedHashMap<>();
        list.getResourceStatesList().forEach(state -> states.put(key(state.getRscName(), state.getNodeName()), state));
        return map(
                list.getResourcesList(),
                resource -> resource(
                        resource, Optional.ofNullable(states.get(key(resource.getName(), resource.getNodeName())))));
    }

    private static String key(String resourceName, String nodeName) {
        return resourceName + '\n' + nodeName;
    }

    /** The view of a resource with its volumes and its observed state, if any. */
    public static ResourceInfo resource(Rsc resource, Optional<RscState> state) {
        return new ResourceInfo(
                resource.getName(),
                resource.getNodeName(),
                resource.getDrbdNodeId(),
                map(resource.getVlmsList(), volume -> volume(resource, volume)),
                props(resource.getPropsList()),
                resource.getRscFlagsList(),
                state.map(RscState::getReady),
                state.map(RscState::getInUse),
                state.map(reported -> apiCallResponses(reported.getReportsList()))
                        .orElse(List.of()));
    }

    /** The view of one volume of {@code resource}. */
    public static VolumeInfo volume(Rsc resource, Vlm volume) {
        return new VolumeInfo(
                resource.getName(),
                resource.getNodeName(),
                volume.getVlmNr(),
                volume.getStorPoolName(),
                providerKind(volume.getProviderKindName(), volume.getProviderKind()),
                volume.getBackingDisk(),
                volume.getDevicePath(),
                volume.getDiskState(),
                volume.hasAllocatedSize() ? OptionalLong.of(volume.getAllocatedSize()) : OptionalLong.empty(),
                minor(volume.hasMinorNr(), volume.getMinorNr()),
                props(volume.getVlmPropsList()),
                volume.getVlmFlagsList());
    }

    /** The view of a key-value store instance. */
    public static KeyValueStoreInfo keyValueStore(Kvs store) {
        return new KeyValueStoreInfo(store.getName(), props(store.getPropsList()));
    }

    /** The view of a resource group with its select filter and volume groups. */
    public static ResourceGroupInfo resourceGroup(RscGrp group) {
        return new ResourceGroupInfo(
                group.getName(),
                group.getDescription(),
                props(group.getPropsList()),
                selectFilter(group.getSelectFilter()),
                map(group.getVlmGrpsList(), ProtoViews::volumeGroup));
    }

    /** The view of a volume group. */
    public static VolumeGroupInfo volumeGroup(VlmGrp group) {
        return new VolumeGroupInfo(group.getVlmNr(), props(group.getVlmPropsList()), group.getFlagsList());
    }

    /**
     * The view of a select filter; absent counts are null, empty strings null. Layers and
     * provider kinds by name (LinstorJ's additions) when given, else from LINSTOR's enums.
     */
    public static AutoSelectFilter selectFilter(io.linstorj.protocol.linstor.AutoSelectFilter filter) {
        return AutoSelectFilter.builder()
                .placeCount(filter.hasPlaceCount() && filter.getPlaceCount() > 0 ? filter.getPlaceCount() : null)
                .additionalPlaceCount(
                        filter.hasAdditionalPlaceCount() && filter.getAdditionalPlaceCount() > 0
                                ? filter.getAdditionalPlaceCount()
                                : null)
                .nodeNames(filter.getNodeNameListList())
                .storagePool(filter.getStoragePool())
                .storagePoolList(filter.getStoragePoolListList())
                .disklessStoragePoolList(filter.getStoragePoolDisklessListList())
                .doNotPlaceWith(filter.getNotPlaceWithRscList())
                .doNotPlaceWithRegex(filter.getNotPlaceWithRscRegex())
                .replicasOnSame(filter.getReplicasOnSameList())
                .replicasOnDifferent(filter.getReplicasOnDifferentList())
                .disklessOnRemaining(filter.getDisklessOnRemaining())
                .layerStack(
                        filter.getLayerStackNamesCount() > 0
                                ? filter.getLayerStackNamesList()
                                : map(filter.getLayerStackList(), LayerType::name))
                .providerList(
                        filter.getProviderNamesCount() > 0
                                ? filter.getProviderNamesList()
                                : map(filter.getProvidersList(), ProviderType::name))
                .disklessType(filter.getDisklessType())
                .build();
    }

    /**
     * A provider kind by name: LinstorJ's addition when given (it names FILE and FILE_THIN, which
     * travel as UNKNOWN_PROVIDER for LINSTOR's clients), else the enum's name; none or
     * UNKNOWN_PROVIDER without a name: empty.
     */
    public static String providerKind(String name, ProviderType kind) {
        if (!name.isEmpty()) {
            return name;
        }
        return kind == ProviderType.UNKNOWN_PROVIDER ? "" : kind.name();
    }

    /** Maps every element of {@code source} into an immutable list. */
    public static <S, T> List<T> map(List<S> source, Function<S, T> mapper) {
        return source.stream().map(mapper).toList();
    }

    private static OptionalInt minor(boolean present, int minor) {
        return present && minor >= 0 ? OptionalInt.of(minor) : OptionalInt.empty();
    }
}

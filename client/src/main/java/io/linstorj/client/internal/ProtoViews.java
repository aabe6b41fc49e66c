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
import io.linstorj.protocol.proto.KeyValueStore;
import io.linstorj.protocol.proto.MsgApiCallResponse;
import io.linstorj.protocol.proto.NetInterface;
import io.linstorj.protocol.proto.Node;
import io.linstorj.protocol.proto.Resource;
import io.linstorj.protocol.proto.ResourceDefinition;
import io.linstorj.protocol.proto.ResourceGroup;
import io.linstorj.protocol.proto.Snapshot;
import io.linstorj.protocol.proto.StoragePool;
import io.linstorj.protocol.proto.StoragePoolDefinition;
import io.linstorj.protocol.proto.Volume;
import io.linstorj.protocol.proto.VolumeDefinition;
import io.linstorj.protocol.proto.VolumeGroup;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/** Turns the protocol's messages into the client's immutable views. */
public final class ProtoViews {
    private ProtoViews() {}

    /** The view of one answer entry. */
    public static ApiCallResponse apiCallResponse(MsgApiCallResponse msg) {
        return new ApiCallResponse(
                msg.getRetCode(),
                msg.getMessage(),
                msg.getCause(),
                msg.getCorrection(),
                msg.getDetails(),
                msg.getObjRefsMap(),
                msg.getErrorReportIdsList());
    }

    /** The views of a list of answer entries. */
    public static List<ApiCallResponse> apiCallResponses(List<MsgApiCallResponse> msgs) {
        return map(msgs, ProtoViews::apiCallResponse);
    }

    /** The view of a node. */
    public static NodeInfo node(Node node) {
        return new NodeInfo(
                node.getName(),
                node.getType(),
                map(node.getNetInterfacesList(), ProtoViews::netInterface),
                node.getConnectionStatus(),
                node.getPropsMap(),
                node.getFlagsList(),
                node.getSatelliteInfo());
    }

    /** The view of a net interface. */
    public static NetInterfaceInfo netInterface(NetInterface netInterface) {
        return new NetInterfaceInfo(
                netInterface.getName(),
                netInterface.getAddress(),
                netInterface.getSatellitePort(),
                netInterface.getSatelliteEncryptionType());
    }

    /** The view of a storage pool definition. */
    public static StoragePoolDefinitionInfo storagePoolDefinition(StoragePoolDefinition definition) {
        return new StoragePoolDefinitionInfo(definition.getName(), definition.getPropsMap());
    }

    /** The view of a storage pool. */
    public static StoragePoolInfo storagePool(StoragePool pool) {
        return new StoragePoolInfo(
                pool.getNodeName(),
                pool.getStoragePoolName(),
                pool.getProviderKind(),
                pool.getPropsMap(),
                pool.hasFreeCapacity() ? OptionalLong.of(pool.getFreeCapacity()) : OptionalLong.empty(),
                pool.hasTotalCapacity() ? OptionalLong.of(pool.getTotalCapacity()) : OptionalLong.empty(),
                apiCallResponses(pool.getReportsList()));
    }

    /** The view of a resource definition with its volume definitions. */
    public static ResourceDefinitionInfo resourceDefinition(ResourceDefinition definition) {
        int port = definition.getDrbd().getPort();
        return new ResourceDefinitionInfo(
                definition.getName(),
                port > 0 ? OptionalInt.of(port) : OptionalInt.empty(),
                definition.getResourceGroupName(),
                map(definition.getVolumeDefinitionsList(), ProtoViews::volumeDefinition),
                definition.getPropsMap(),
                definition.getFlagsList());
    }

    /** The view of a snapshot with its volume sizes. */
    public static SnapshotInfo snapshot(Snapshot snapshot) {
        return new SnapshotInfo(
                snapshot.getName(),
                snapshot.getResourceName(),
                snapshot.getNodesList(),
                snapshot.getFlagsList(),
                snapshot.getPropsMap(),
                map(
                        snapshot.getVolumeDefinitionsList(),
                        volume -> new SnapshotVolumeInfo(volume.getVolumeNumber(), volume.getSizeKib())));
    }

    /** The view of a volume definition. */
    public static VolumeDefinitionInfo volumeDefinition(VolumeDefinition definition) {
        return new VolumeDefinitionInfo(
                definition.getVolumeNumber(),
                definition.getSizeKib(),
                minor(definition.hasMinorNumber(), definition.getMinorNumber()),
                definition.getPropsMap(),
                definition.getFlagsList());
    }

    /** The view of a resource with its volumes. */
    public static ResourceInfo resource(Resource resource) {
        boolean reported = resource.hasState();
        return new ResourceInfo(
                resource.getName(),
                resource.getNodeName(),
                resource.getNodeId(),
                map(resource.getVolumesList(), volume -> volume(resource, volume)),
                resource.getPropsMap(),
                resource.getFlagsList(),
                reported ? Optional.of(resource.getState().getReady()) : Optional.empty(),
                reported ? Optional.of(resource.getState().getInUse()) : Optional.empty(),
                map(resource.getState().getReportsList(), ProtoViews::apiCallResponse));
    }

    /** The view of one volume of {@code resource}. */
    public static VolumeInfo volume(Resource resource, Volume volume) {
        return new VolumeInfo(
                resource.getName(),
                resource.getNodeName(),
                volume.getVolumeNumber(),
                volume.getStoragePoolName(),
                volume.getProviderKind(),
                volume.getBackingDisk(),
                volume.getDevicePath(),
                volume.getDiskState(),
                volume.hasAllocatedSizeKib() ? OptionalLong.of(volume.getAllocatedSizeKib()) : OptionalLong.empty(),
                minor(volume.hasMinorNumber(), volume.getMinorNumber()),
                volume.getPropsMap(),
                volume.getFlagsList());
    }

    /** The view of a key-value store instance. */
    public static KeyValueStoreInfo keyValueStore(KeyValueStore store) {
        return new KeyValueStoreInfo(store.getName(), store.getPropsMap());
    }

    /** The view of a resource group with its select filter and volume groups. */
    public static ResourceGroupInfo resourceGroup(ResourceGroup group) {
        return new ResourceGroupInfo(
                group.getName(),
                group.getDescription(),
                group.getPropsMap(),
                selectFilter(group.getSelectFilter()),
                map(group.getVolumeGroupsList(), ProtoViews::volumeGroup));
    }

    /** The view of a volume group. */
    public static VolumeGroupInfo volumeGroup(VolumeGroup group) {
        return new VolumeGroupInfo(group.getVolumeNumber(), group.getPropsMap(), group.getFlagsList());
    }

    /** The view of a select filter; absent counts are null, empty strings null. */
    public static AutoSelectFilter selectFilter(io.linstorj.protocol.proto.AutoSelectFilter filter) {
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
                .layerStack(filter.getLayerStackList())
                .providerList(filter.getProviderListList())
                .disklessType(filter.getDisklessType())
                .build();
    }

    /** Maps every element of {@code source} into an immutable list. */
    public static <S, T> List<T> map(List<S> source, Function<S, T> mapper) {
        return source.stream().map(mapper).toList();
    }

    private static OptionalInt minor(boolean present, int minor) {
        return present && minor >= 0 ? OptionalInt.of(minor) : OptionalInt.empty();
    }
}

package io.linstorj.controller.transport;

import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.observed.VolumeObservation;
import io.linstorj.controller.resource.ResourceCreateRequest;
import io.linstorj.controller.resource.ResourceDefinitionCreateRequest;
import io.linstorj.controller.resource.ResourceDefinitionView;
import io.linstorj.controller.resource.ResourceView;
import io.linstorj.controller.resource.VolumeDefinitionRequest;
import io.linstorj.controller.resource.VolumeView;
import io.linstorj.protocol.proto.DrbdResourceDefinitionData;
import io.linstorj.protocol.proto.MsgCrtRsc;
import io.linstorj.protocol.proto.MsgLstRsc;
import io.linstorj.protocol.proto.MsgLstRscDfn;
import io.linstorj.protocol.proto.Resource;
import io.linstorj.protocol.proto.ResourceState;
import io.linstorj.protocol.proto.Volume;
import java.util.HashSet;
import java.util.List;

/** Translates resource definitions, volume definitions and resources between protobuf and service records. */
final class ResourceMessages {
    private ResourceMessages() {}

    /** A DRBD port of 0 means "allocate one". */
    static ResourceDefinitionCreateRequest definitionRequest(io.linstorj.protocol.proto.ResourceDefinition proto) {
        int port = proto.getDrbd().getPort();
        return new ResourceDefinitionCreateRequest(
                proto.getName(),
                port == 0 ? null : port,
                proto.getPropsMap(),
                proto.getResourceGroupName(),
                proto.getVolumeDefinitionsList().stream()
                        .map(ResourceMessages::volumeRequest)
                        .toList());
    }

    /**
     * Only an absent volume number or minor means "choose one"; a given one, negative too, goes to
     * the service, which refuses what is out of range instead of silently choosing.
     */
    static VolumeDefinitionRequest volumeRequest(io.linstorj.protocol.proto.VolumeDefinition proto) {
        Integer number = proto.hasVolumeNumber() ? proto.getVolumeNumber() : null;
        Integer minor = proto.hasMinorNumber() ? proto.getMinorNumber() : null;
        return new VolumeDefinitionRequest(number, proto.getSizeKib(), minor, proto.getPropsMap());
    }

    static ResourceCreateRequest resourceRequest(MsgCrtRsc proto) {
        return new ResourceCreateRequest(
                proto.getResourceName(),
                proto.getNodeName(),
                new HashSet<>(proto.getFlagsList()),
                proto.getStoragePoolName(),
                proto.getPropsMap());
    }

    static MsgLstRscDfn definitionList(List<ResourceDefinitionView> views) {
        MsgLstRscDfn.Builder list = MsgLstRscDfn.newBuilder();
        for (ResourceDefinitionView view : views) {
            ResourceDefinition definition = view.definition();
            io.linstorj.protocol.proto.ResourceDefinition.Builder proto =
                    io.linstorj.protocol.proto.ResourceDefinition.newBuilder()
                            .setName(definition.name())
                            .putAllProps(definition.props())
                            .addAllFlags(definition.flags())
                            // The shared secret stays out of lists: it goes only to satellites, over the
                            // authenticated link (NodeStateMapper).
                            .setDrbd(DrbdResourceDefinitionData.newBuilder()
                                    .setPort(definition.port())
                                    .setTransportType(definition.transportType()))
                            .setResourceGroupName(definition.resourceGroupName())
                            .setUuid(definition.uuid().toString());
            for (VolumeDefinition volume : view.volumeDefinitions()) {
                proto.addVolumeDefinitions(io.linstorj.protocol.proto.VolumeDefinition.newBuilder()
                        .setVolumeNumber(volume.volumeNumber())
                        .setSizeKib(volume.sizeKib())
                        .putAllProps(volume.props())
                        .addAllFlags(volume.flags())
                        .setMinorNumber(volume.minorNumber())
                        .setUuid(volume.uuid().toString()));
            }
            list.addResourceDefinitions(proto);
        }
        return list.build();
    }

    static MsgLstRsc resourceList(List<ResourceView> views) {
        MsgLstRsc.Builder list = MsgLstRsc.newBuilder();
        for (ResourceView view : views) {
            io.linstorj.controller.cluster.Resource resource = view.resource();
            Resource.Builder proto = Resource.newBuilder()
                    .setName(resource.resourceName())
                    .setNodeName(resource.nodeName())
                    .putAllProps(resource.props())
                    .addAllFlags(resource.flags())
                    .setNodeId(resource.nodeId())
                    .setUuid(resource.uuid().toString());
            view.observation()
                    .ifPresent(observation -> proto.setState(ResourceState.newBuilder()
                            .setReady(observation.ready())
                            .setInUse(observation.inUse())
                            .addAllReports(observation.reports().stream()
                                    .map(ReplyMessages::toProto)
                                    .toList())));
            view.volumes().forEach(volume -> proto.addVolumes(volume(volume)));
            list.addResources(proto);
        }
        return list.build();
    }

    private static Volume volume(VolumeView view) {
        Volume.Builder proto = Volume.newBuilder()
                .setVolumeNumber(view.volume().volumeNumber())
                .setStoragePoolName(view.volume().storagePoolName())
                .setProviderKind(
                        view.providerKind() == null ? "" : view.providerKind().name())
                .putAllProps(view.volume().props())
                .setUuid(view.volume().uuid().toString());
        if (view.minorNumber() >= 0) {
            proto.setMinorNumber(view.minorNumber());
        }
        if (view.observation().isPresent()) {
            VolumeObservation observation = view.observation().get();
            proto.setBackingDisk(observation.backingDisk())
                    .setDevicePath(observation.devicePath())
                    .setDiskState(observation.diskState());
            observation.allocatedSizeKib().ifPresent(proto::setAllocatedSizeKib);
        }
        return proto.build();
    }
}

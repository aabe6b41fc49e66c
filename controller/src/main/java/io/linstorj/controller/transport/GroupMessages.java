package io.linstorj.controller.transport;

import io.linstorj.controller.cluster.ResourceGroup;
import io.linstorj.controller.group.ResourceGroupCreateRequest;
import io.linstorj.controller.group.ResourceGroupModifyRequest;
import io.linstorj.controller.group.ResourceGroupView;
import io.linstorj.controller.group.SpawnRequest;
import io.linstorj.controller.group.VolumeGroupRequest;
import io.linstorj.protocol.proto.MsgLstRscGrp;
import io.linstorj.protocol.proto.MsgLstVlmGrp;
import io.linstorj.protocol.proto.MsgModRscGrp;
import io.linstorj.protocol.proto.MsgSpawnRscDfn;
import io.linstorj.protocol.proto.VolumeGroup;
import java.util.HashSet;
import java.util.List;

/** Translates resource groups, volume groups and spawn requests between protobuf and service records. */
final class GroupMessages {
    private GroupMessages() {}

    static ResourceGroupCreateRequest createRequest(io.linstorj.protocol.proto.ResourceGroup proto) {
        return new ResourceGroupCreateRequest(
                proto.getName(),
                proto.getDescription(),
                proto.getPropsMap(),
                PlacementMessages.filter(proto.getSelectFilter()),
                proto.getVolumeGroupsList().stream()
                        .map(GroupMessages::volumeGroupRequest)
                        .toList());
    }

    /** An absent description or select filter keeps the group's. */
    static ResourceGroupModifyRequest modifyRequest(MsgModRscGrp proto) {
        return new ResourceGroupModifyRequest(
                proto.getResourceGroupName(),
                ReplyMessages.propsChange(proto.getProps()),
                proto.hasDescription() ? proto.getDescription() : null,
                proto.hasSelectFilter() ? PlacementMessages.filter(proto.getSelectFilter()) : null);
    }

    /** Only an absent volume number means "choose one"; a negative one is refused by the service. */
    static VolumeGroupRequest volumeGroupRequest(VolumeGroup proto) {
        Integer number = proto.hasVolumeNumber() ? proto.getVolumeNumber() : null;
        return new VolumeGroupRequest(number, proto.getPropsMap(), new HashSet<>(proto.getFlagsList()));
    }

    static SpawnRequest spawnRequest(MsgSpawnRscDfn proto) {
        return new SpawnRequest(
                proto.getResourceGroupName(),
                proto.getResourceDefinitionName(),
                proto.getVolumeSizesKibList(),
                proto.getDefinitionsOnly());
    }

    static MsgLstRscGrp groupList(List<ResourceGroupView> views) {
        MsgLstRscGrp.Builder list = MsgLstRscGrp.newBuilder();
        for (ResourceGroupView view : views) {
            ResourceGroup group = view.group();
            list.addResourceGroups(io.linstorj.protocol.proto.ResourceGroup.newBuilder()
                    .setName(group.name())
                    .setDescription(group.description())
                    .putAllProps(group.props())
                    .setSelectFilter(PlacementMessages.toProto(group.selectFilter()))
                    .addAllVolumeGroups(view.volumeGroups().stream()
                            .map(GroupMessages::volumeGroup)
                            .toList())
                    .setUuid(group.uuid().toString()));
        }
        return list.build();
    }

    static MsgLstVlmGrp volumeGroupList(List<io.linstorj.controller.cluster.VolumeGroup> volumeGroups) {
        return MsgLstVlmGrp.newBuilder()
                .addAllVolumeGroups(
                        volumeGroups.stream().map(GroupMessages::volumeGroup).toList())
                .build();
    }

    private static VolumeGroup volumeGroup(io.linstorj.controller.cluster.VolumeGroup volumeGroup) {
        return VolumeGroup.newBuilder()
                .setVolumeNumber(volumeGroup.volumeNumber())
                .putAllProps(volumeGroup.props())
                .addAllFlags(volumeGroup.flags())
                .setUuid(volumeGroup.uuid().toString())
                .build();
    }
}

package io.linstorj.client.internal;

import io.linstorj.client.AutoSelectFilter;
import io.linstorj.protocol.proto.MsgAutoPlaceRsc;
import io.linstorj.protocol.proto.MsgCrtRscGrp;
import io.linstorj.protocol.proto.MsgCrtVlmGrp;
import io.linstorj.protocol.proto.MsgDelRscGrp;
import io.linstorj.protocol.proto.MsgDelVlmGrp;
import io.linstorj.protocol.proto.MsgModRscGrp;
import io.linstorj.protocol.proto.MsgModVlmGrp;
import io.linstorj.protocol.proto.MsgSpawnRscDfn;
import io.linstorj.protocol.proto.MsgToggleDisk;
import io.linstorj.protocol.proto.ResourceGroup;
import io.linstorj.protocol.proto.VolumeGroup;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds the request bodies of placement calls: autoplace, toggle disk, resource and volume
 * groups, and spawning from a group.
 */
public final class GroupRequests {
    private GroupRequests() {}

    /** The body of {@code AutoPlaceRsc}. */
    public static MsgAutoPlaceRsc autoPlace(String resourceName, AutoSelectFilter filter) {
        return MsgAutoPlaceRsc.newBuilder()
                .setResourceName(resourceName)
                .setSelectFilter(selectFilter(filter))
                .build();
    }

    /** The body of {@code ToggleDisk}; an empty pool lets the controller choose. */
    public static MsgToggleDisk toggleDisk(String resourceName, String nodeName, boolean diskless, String storagePool) {
        return MsgToggleDisk.newBuilder()
                .setResourceName(resourceName)
                .setNodeName(nodeName)
                .setDiskless(diskless)
                .setStoragePoolName(storagePool)
                .build();
    }

    /** The body of {@code CrtRscGrp}. */
    public static MsgCrtRscGrp resourceGroupCreate(String name, String description, AutoSelectFilter filter) {
        return MsgCrtRscGrp.newBuilder()
                .setResourceGroup(ResourceGroup.newBuilder()
                        .setName(name)
                        .setDescription(description)
                        .setSelectFilter(selectFilter(filter)))
                .build();
    }

    /**
     * The body of {@code ModifyRscGrp}: a null description keeps it, a null filter keeps the
     * filter, a filter replaces it whole.
     */
    public static MsgModRscGrp resourceGroupModify(
            String name,
            @Nullable String description,
            @Nullable AutoSelectFilter filter,
            Map<String, String> setProps,
            List<String> deleteProps) {
        MsgModRscGrp.Builder modify = MsgModRscGrp.newBuilder()
                .setResourceGroupName(name)
                .setProps(Requests.propsChange(setProps, deleteProps));
        if (description != null) {
            modify.setDescription(description);
        }
        if (filter != null) {
            modify.setSelectFilter(selectFilter(filter));
        }
        return modify.build();
    }

    /** The body of {@code CrtVlmGrp}; a null volume number lets the controller choose. */
    public static MsgCrtVlmGrp volumeGroupCreate(String resourceGroupName, @Nullable Integer volumeNumber) {
        VolumeGroup.Builder group = VolumeGroup.newBuilder();
        if (volumeNumber != null) {
            group.setVolumeNumber(volumeNumber);
        }
        return MsgCrtVlmGrp.newBuilder()
                .setResourceGroupName(resourceGroupName)
                .addVolumeGroups(group)
                .build();
    }

    /** The body of {@code DelRscGrp}. */
    public static MsgDelRscGrp resourceGroupDelete(String name) {
        return MsgDelRscGrp.newBuilder().setResourceGroupName(name).build();
    }

    /** The body of {@code ModVlmGrp}. */
    public static MsgModVlmGrp volumeGroupModify(
            String resourceGroupName, int volumeNumber, Map<String, String> setProps, List<String> deleteProps) {
        return MsgModVlmGrp.newBuilder()
                .setResourceGroupName(resourceGroupName)
                .setVolumeNumber(volumeNumber)
                .setProps(Requests.propsChange(setProps, deleteProps))
                .build();
    }

    /** The body of {@code DelVlmGrp}. */
    public static MsgDelVlmGrp volumeGroupDelete(String resourceGroupName, int volumeNumber) {
        return MsgDelVlmGrp.newBuilder()
                .setResourceGroupName(resourceGroupName)
                .setVolumeNumber(volumeNumber)
                .build();
    }

    /** The body of {@code SpawnRscDfn}. */
    public static MsgSpawnRscDfn spawn(
            String resourceGroupName, String resourceDefinitionName, List<Long> sizesKib, boolean definitionsOnly) {
        return MsgSpawnRscDfn.newBuilder()
                .setResourceGroupName(resourceGroupName)
                .setResourceDefinitionName(resourceDefinitionName)
                .addAllVolumeSizesKib(sizesKib)
                .setDefinitionsOnly(definitionsOnly)
                .build();
    }

    /** The protocol's select filter: absent counts and empty names stay unset. */
    public static io.linstorj.protocol.proto.AutoSelectFilter selectFilter(AutoSelectFilter filter) {
        io.linstorj.protocol.proto.AutoSelectFilter.Builder proto =
                io.linstorj.protocol.proto.AutoSelectFilter.newBuilder()
                        .addAllNodeNameList(filter.nodeNames())
                        .addAllStoragePoolList(filter.storagePoolList())
                        .addAllStoragePoolDisklessList(filter.disklessStoragePoolList())
                        .addAllNotPlaceWithRsc(filter.doNotPlaceWith())
                        .addAllReplicasOnSame(filter.replicasOnSame())
                        .addAllReplicasOnDifferent(filter.replicasOnDifferent())
                        .setDisklessOnRemaining(filter.disklessOnRemaining())
                        .addAllLayerStack(filter.layerStack())
                        .addAllProviderList(filter.providerList());
        if (filter.placeCount() != null) {
            proto.setPlaceCount(filter.placeCount());
        }
        if (filter.additionalPlaceCount() != null) {
            proto.setAdditionalPlaceCount(filter.additionalPlaceCount());
        }
        if (filter.storagePool() != null) {
            proto.setStoragePool(filter.storagePool());
        }
        if (filter.doNotPlaceWithRegex() != null) {
            proto.setNotPlaceWithRscRegex(filter.doNotPlaceWithRegex());
        }
        if (filter.disklessType() != null) {
            proto.setDisklessType(filter.disklessType());
        }
        return proto.build();
    }
}

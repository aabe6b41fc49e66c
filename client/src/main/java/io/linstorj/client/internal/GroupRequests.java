package io.linstorj.client.internal;

import io.linstorj.client.AutoSelectFilter;
import io.linstorj.protocol.linstor.LayerType;
import io.linstorj.protocol.linstor.MsgAutoPlaceRsc;
import io.linstorj.protocol.linstor.MsgCrtRscGrp;
import io.linstorj.protocol.linstor.MsgCrtVlmGrp;
import io.linstorj.protocol.linstor.MsgDelRscGrp;
import io.linstorj.protocol.linstor.MsgDelVlmGrp;
import io.linstorj.protocol.linstor.MsgModRscGrp;
import io.linstorj.protocol.linstor.MsgModVlmGrp;
import io.linstorj.protocol.linstor.MsgSpawnRscDfn;
import io.linstorj.protocol.linstor.MsgToggleDisk;
import io.linstorj.protocol.linstor.ProviderType;
import io.linstorj.protocol.linstor.RscGrp;
import io.linstorj.protocol.linstor.VlmGrp;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Builds the request bodies of placement calls in the wire schemas: autoplace, toggle disk,
 * resource and volume groups (LinstorJ's additions), and spawning from a group.
 */
public final class GroupRequests {
    private GroupRequests() {}

    /** The body of {@code AutoPlaceRsc}; the filter carries diskless-on-remaining and the layers. */
    public static MsgAutoPlaceRsc autoPlace(String resourceName, AutoSelectFilter filter) {
        return MsgAutoPlaceRsc.newBuilder()
                .setRscName(resourceName)
                .setSelectFilter(selectFilter(filter))
                .build();
    }

    /** The body of {@code ToggleDisk}; an empty pool lets the controller choose. */
    public static MsgToggleDisk toggleDisk(String resourceName, String nodeName, boolean diskless, String storagePool) {
        MsgToggleDisk.Builder toggle = MsgToggleDisk.newBuilder()
                .setRscName(resourceName)
                .setNodeName(nodeName)
                .setDiskless(diskless);
        if (!storagePool.isEmpty()) {
            toggle.setStorPoolName(storagePool);
        }
        return toggle.build();
    }

    /** The body of {@code CrtRscGrp}; an empty description is left out. */
    public static MsgCrtRscGrp resourceGroupCreate(String name, String description, AutoSelectFilter filter) {
        RscGrp.Builder group = RscGrp.newBuilder().setName(name).setSelectFilter(selectFilter(filter));
        if (!description.isEmpty()) {
            group.setDescription(description);
        }
        return MsgCrtRscGrp.newBuilder().setRscGrp(group).build();
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
                .setRscGrpName(name)
                .addAllOverrideProps(Requests.entries(setProps))
                .addAllDeletePropKeys(deleteProps);
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
        VlmGrp.Builder group = VlmGrp.newBuilder();
        if (volumeNumber != null) {
            group.setVlmNr(volumeNumber);
        }
        return MsgCrtVlmGrp.newBuilder()
                .setRscGrpName(resourceGroupName)
                .addVlmGrps(group)
                .build();
    }

    /** The body of {@code DelRscGrp}. */
    public static MsgDelRscGrp resourceGroupDelete(String name) {
        return MsgDelRscGrp.newBuilder().setRscGrpName(name).build();
    }

    /** The body of {@code ModVlmGrp}. */
    public static MsgModVlmGrp volumeGroupModify(
            String resourceGroupName, int volumeNumber, Map<String, String> setProps, List<String> deleteProps) {
        return MsgModVlmGrp.newBuilder()
                .setRscGrpName(resourceGroupName)
                .setVlmNr(volumeNumber)
                .addAllOverrideProps(Requests.entries(setProps))
                .addAllDeletePropKeys(deleteProps)
                .build();
    }

    /** The body of {@code DelVlmGrp}. */
    public static MsgDelVlmGrp volumeGroupDelete(String resourceGroupName, int volumeNumber) {
        return MsgDelVlmGrp.newBuilder()
                .setRscGrpName(resourceGroupName)
                .setVlmNr(volumeNumber)
                .build();
    }

    /** The body of {@code SpawnRscDfn}; definitions_only is sent only when set (absent: false). */
    public static MsgSpawnRscDfn spawn(
            String resourceGroupName, String resourceDefinitionName, List<Long> sizesKib, boolean definitionsOnly) {
        MsgSpawnRscDfn.Builder spawn = MsgSpawnRscDfn.newBuilder()
                .setRscGrpName(resourceGroupName)
                .setRscDfnName(resourceDefinitionName)
                .addAllVlmSizes(sizesKib);
        if (definitionsOnly) {
            spawn.setDefinitionsOnly(true);
        }
        return spawn.build();
    }

    /**
     * The wire schemas' select filter: absent counts and empty names stay unset. Layers and
     * provider kinds go by name (every one, in LinstorJ's additions, which the controller reads
     * first) and in LINSTOR's enums (those the enums have, for LINSTOR's readers).
     */
    public static io.linstorj.protocol.linstor.AutoSelectFilter selectFilter(AutoSelectFilter filter) {
        io.linstorj.protocol.linstor.AutoSelectFilter.Builder proto =
                io.linstorj.protocol.linstor.AutoSelectFilter.newBuilder()
                        .addAllNodeNameList(filter.nodeNames())
                        .addAllStoragePoolList(filter.storagePoolList())
                        .addAllStoragePoolDisklessList(filter.disklessStoragePoolList())
                        .addAllNotPlaceWithRsc(filter.doNotPlaceWith())
                        .addAllReplicasOnSame(filter.replicasOnSame())
                        .addAllReplicasOnDifferent(filter.replicasOnDifferent())
                        .addAllLayerStackNames(filter.layerStack())
                        .addAllProviderNames(filter.providerList());
        for (String layer : filter.layerStack()) {
            enumValue(LayerType.class, layer).ifPresent(proto::addLayerStack);
        }
        for (String provider : filter.providerList()) {
            enumValue(ProviderType.class, provider).ifPresent(proto::addProviders);
        }
        if (filter.disklessOnRemaining()) {
            proto.setDisklessOnRemaining(true);
        }
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

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String name) {
        String upper = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> value.name().equals(upper))
                .findFirst();
    }
}

package io.linstorj.controller.transport;

import io.linstorj.controller.placement.AutoSelectFilter;
import io.linstorj.protocol.linstor.LayerType;
import io.linstorj.protocol.linstor.ProviderType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Translates the select filter of LINSTOR's schemas (with LinstorJ's additions from field 100 on)
 * to the placement record and back.
 */
final class LinstorPlacementMessages {
    private LinstorPlacementMessages() {}

    /**
     * Absent counts and empty strings mean "unset"; {@code layerStack} (MsgAutoPlaceRsc's own, when
     * given) wins over the filter's, and {@code disklessOnRemaining} is or-ed with the filter's.
     */
    static AutoSelectFilter filter(
            io.linstorj.protocol.linstor.AutoSelectFilter proto,
            List<LayerType> layerStack,
            boolean disklessOnRemaining) {
        return AutoSelectFilter.builder()
                .placeCount(proto.hasPlaceCount() ? proto.getPlaceCount() : null)
                .additionalPlaceCount(proto.hasAdditionalPlaceCount() ? proto.getAdditionalPlaceCount() : null)
                .nodeNameList(proto.getNodeNameListList())
                .storagePool(emptyToNull(proto.getStoragePool()))
                .storagePoolList(proto.getStoragePoolListList())
                .storagePoolDisklessList(proto.getStoragePoolDisklessListList())
                .notPlaceWithRsc(proto.getNotPlaceWithRscList())
                .notPlaceWithRscRegex(emptyToNull(proto.getNotPlaceWithRscRegex()))
                .replicasOnSame(proto.getReplicasOnSameList())
                .replicasOnDifferent(proto.getReplicasOnDifferentList())
                .disklessOnRemaining(disklessOnRemaining || proto.getDisklessOnRemaining())
                .layerStack(layers(proto, layerStack))
                .providerList(
                        proto.getProviderNamesCount() > 0
                                ? proto.getProviderNamesList()
                                : proto.getProvidersList().stream()
                                        .map(LinstorMessages::providerKind)
                                        .toList())
                .disklessType(emptyToNull(proto.getDisklessType()))
                .build();
    }

    private static List<String> layers(
            io.linstorj.protocol.linstor.AutoSelectFilter proto, List<LayerType> callLayerStack) {
        if (!callLayerStack.isEmpty()) {
            return LinstorMessages.layerNames(callLayerStack);
        }
        return proto.getLayerStackNamesCount() > 0
                ? proto.getLayerStackNamesList()
                : LinstorMessages.layerNames(proto.getLayerStackList());
    }

    /** The filter alone (a resource group's). */
    static AutoSelectFilter filter(io.linstorj.protocol.linstor.AutoSelectFilter proto) {
        return filter(proto, List.of(), false);
    }

    /**
     * The filter as LINSTOR's schema carries it: layers and providers by name (every one) and in
     * LINSTOR's enums (those the enums have).
     */
    static io.linstorj.protocol.linstor.AutoSelectFilter toProto(AutoSelectFilter filter) {
        io.linstorj.protocol.linstor.AutoSelectFilter.Builder proto =
                io.linstorj.protocol.linstor.AutoSelectFilter.newBuilder()
                        .addAllNodeNameList(filter.nodeNameList())
                        .addAllStoragePoolList(filter.storagePoolList())
                        .addAllStoragePoolDisklessList(filter.storagePoolDisklessList())
                        .addAllNotPlaceWithRsc(filter.notPlaceWithRsc())
                        .addAllReplicasOnSame(filter.replicasOnSame())
                        .addAllReplicasOnDifferent(filter.replicasOnDifferent())
                        .setDisklessOnRemaining(filter.disklessOnRemaining())
                        .addAllLayerStackNames(filter.layerStack())
                        .addAllProviderNames(filter.providerList());
        for (String layer : filter.layerStack()) {
            enumValue(LayerType.class, layer).ifPresent(proto::addLayerStack);
        }
        for (String provider : filter.providerList()) {
            enumValue(ProviderType.class, provider).ifPresent(proto::addProviders);
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
        if (filter.notPlaceWithRscRegex() != null) {
            proto.setNotPlaceWithRscRegex(filter.notPlaceWithRscRegex());
        }
        if (filter.disklessType() != null) {
            proto.setDisklessType(filter.disklessType());
        }
        return proto.build();
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> value.name().equals(upper))
                .findFirst();
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}

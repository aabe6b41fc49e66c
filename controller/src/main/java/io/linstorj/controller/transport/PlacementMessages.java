package io.linstorj.controller.transport;

import io.linstorj.controller.placement.AutoSelectFilter;

/** Translates LINSTOR's auto-select filter between protobuf and the placement record. */
final class PlacementMessages {
    private PlacementMessages() {}

    /** Absent counts and empty strings mean "unset". */
    static AutoSelectFilter filter(io.linstorj.protocol.proto.AutoSelectFilter proto) {
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
                .disklessOnRemaining(proto.getDisklessOnRemaining())
                .layerStack(proto.getLayerStackList())
                .providerList(proto.getProviderListList())
                .disklessType(emptyToNull(proto.getDisklessType()))
                .build();
    }

    static io.linstorj.protocol.proto.AutoSelectFilter toProto(AutoSelectFilter filter) {
        io.linstorj.protocol.proto.AutoSelectFilter.Builder proto =
                io.linstorj.protocol.proto.AutoSelectFilter.newBuilder()
                        .addAllNodeNameList(filter.nodeNameList())
                        .setStoragePool(nullToEmpty(filter.storagePool()))
                        .addAllStoragePoolList(filter.storagePoolList())
                        .addAllStoragePoolDisklessList(filter.storagePoolDisklessList())
                        .addAllNotPlaceWithRsc(filter.notPlaceWithRsc())
                        .setNotPlaceWithRscRegex(nullToEmpty(filter.notPlaceWithRscRegex()))
                        .addAllReplicasOnSame(filter.replicasOnSame())
                        .addAllReplicasOnDifferent(filter.replicasOnDifferent())
                        .setDisklessOnRemaining(filter.disklessOnRemaining())
                        .addAllLayerStack(filter.layerStack())
                        .addAllProviderList(filter.providerList())
                        .setDisklessType(nullToEmpty(filter.disklessType()));
        if (filter.placeCount() != null) {
            proto.setPlaceCount(filter.placeCount());
        }
        if (filter.additionalPlaceCount() != null) {
            proto.setAdditionalPlaceCount(filter.additionalPlaceCount());
        }
        return proto.build();
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

package io.linstorj.controller.autoplace;

import io.linstorj.controller.placement.AutoSelectFilter;
import java.util.List;

/**
 * Merges the select filter of a request with that of the resource group: each field the request
 * sets wins, the group fills in the rest.
 *
 * <p>Fields that work together are taken together: if the request gives either count
 * ({@code place_count}, {@code additional_place_count}), both come from the request; likewise
 * {@code storage_pool} and {@code storage_pool_list}, so that a request never ends up allowing
 * more pools than it named. A request cannot switch off the group's {@code diskless_on_remaining}
 * (protobuf cannot tell "false" from "unset").
 */
public final class SelectFilters {
    private SelectFilters() {}

    /** The filter placement uses: {@code request}'s fields, the {@code group}'s where the request leaves them unset. */
    public static AutoSelectFilter merge(AutoSelectFilter request, AutoSelectFilter group) {
        boolean requestCounts = request.placeCount() != null || request.additionalPlaceCount() != null;
        boolean requestPools =
                request.storagePool() != null || !request.storagePoolList().isEmpty();
        AutoSelectFilter counts = requestCounts ? request : group;
        AutoSelectFilter pools = requestPools ? request : group;
        return AutoSelectFilter.builder()
                .placeCount(counts.placeCount())
                .additionalPlaceCount(counts.additionalPlaceCount())
                .storagePool(pools.storagePool())
                .storagePoolList(pools.storagePoolList())
                .nodeNameList(either(request.nodeNameList(), group.nodeNameList()))
                .storagePoolDisklessList(either(request.storagePoolDisklessList(), group.storagePoolDisklessList()))
                .notPlaceWithRsc(either(request.notPlaceWithRsc(), group.notPlaceWithRsc()))
                .notPlaceWithRscRegex(either(request.notPlaceWithRscRegex(), group.notPlaceWithRscRegex()))
                .replicasOnSame(either(request.replicasOnSame(), group.replicasOnSame()))
                .replicasOnDifferent(either(request.replicasOnDifferent(), group.replicasOnDifferent()))
                .disklessOnRemaining(request.disklessOnRemaining() || group.disklessOnRemaining())
                .layerStack(either(request.layerStack(), group.layerStack()))
                .providerList(either(request.providerList(), group.providerList()))
                .disklessType(either(request.disklessType(), group.disklessType()))
                .build();
    }

    private static List<String> either(List<String> requested, List<String> fallback) {
        return requested.isEmpty() ? fallback : requested;
    }

    private static String either(String requested, String fallback) {
        return requested == null ? fallback : requested;
    }
}

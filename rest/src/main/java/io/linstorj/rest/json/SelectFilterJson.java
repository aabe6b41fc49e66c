package io.linstorj.rest.json;

import io.linstorj.controller.placement.AutoSelectFilter;
import java.util.List;

/**
 * The spec's AutoSelectFilter, as far as LinstorJ's placer acts on it. Fields the placer does not
 * know ({@code x_replicas_on_different_map}, {@code overprovision}, {@code port_count}) are refused
 * as not supported (501) rather than ignored; values are checked by the services (counts 1 to 32, regex,
 * layer and provider names), not here.
 *
 * @param placeCount diskful replicas in total
 * @param additionalPlaceCount diskful replicas to add
 * @param nodeNameList nodes to choose from
 * @param storagePool one pool name
 * @param storagePoolList pool names
 * @param storagePoolDisklessList diskless pool names
 * @param notPlaceWithRsc resources whose nodes to avoid
 * @param notPlaceWithRscRegex a regex of such resources
 * @param replicasOnSame property keys (or key=value) replicas share
 * @param replicasOnDifferent property keys replicas differ in
 * @param layerStack the layers, top down
 * @param providerList allowed provider kinds
 * @param disklessOnRemaining diskless replicas on the other nodes
 * @param disklessType the diskless flag
 */
@SpecSchema("AutoSelectFilter")
public record SelectFilterJson(
        Integer placeCount,
        Integer additionalPlaceCount,
        List<String> nodeNameList,
        String storagePool,
        List<String> storagePoolList,
        List<String> storagePoolDisklessList,
        List<String> notPlaceWithRsc,
        String notPlaceWithRscRegex,
        List<String> replicasOnSame,
        List<String> replicasOnDifferent,
        List<String> layerStack,
        List<String> providerList,
        Boolean disklessOnRemaining,
        String disklessType) {

    /**
     * The placement record; absent lists are empty, an empty text is unset (as on the client protocol).
     *
     * @throws JsonInputException if a list holds null
     */
    public AutoSelectFilter toFilter() {
        return AutoSelectFilter.builder()
                .placeCount(placeCount)
                .additionalPlaceCount(additionalPlaceCount)
                .nodeNameList(strings(nodeNameList, "node_name_list"))
                .storagePool(emptyToNull(storagePool))
                .storagePoolList(strings(storagePoolList, "storage_pool_list"))
                .storagePoolDisklessList(strings(storagePoolDisklessList, "storage_pool_diskless_list"))
                .notPlaceWithRsc(strings(notPlaceWithRsc, "not_place_with_rsc"))
                .notPlaceWithRscRegex(emptyToNull(notPlaceWithRscRegex))
                .replicasOnSame(strings(replicasOnSame, "replicas_on_same"))
                .replicasOnDifferent(strings(replicasOnDifferent, "replicas_on_different"))
                .layerStack(strings(layerStack, "layer_stack"))
                .providerList(strings(providerList, "provider_list"))
                .disklessOnRemaining(Boolean.TRUE.equals(disklessOnRemaining))
                .disklessType(emptyToNull(disklessType))
                .build();
    }

    /** The wire form: unset fields and empty lists left out, as LINSTOR answers. */
    public static SelectFilterJson of(AutoSelectFilter filter) {
        return new SelectFilterJson(
                filter.placeCount(),
                filter.additionalPlaceCount(),
                orNull(filter.nodeNameList()),
                filter.storagePool(),
                orNull(filter.storagePoolList()),
                orNull(filter.storagePoolDisklessList()),
                orNull(filter.notPlaceWithRsc()),
                filter.notPlaceWithRscRegex(),
                orNull(filter.replicasOnSame()),
                orNull(filter.replicasOnDifferent()),
                orNull(filter.layerStack()),
                orNull(filter.providerList()),
                filter.disklessOnRemaining() ? Boolean.TRUE : null,
                filter.disklessType());
    }

    /** {@code list} without nulls, or empty when absent. */
    static List<String> strings(List<String> list, String field) {
        if (list == null) {
            return List.of();
        }
        if (list.contains(null)) {
            throw new JsonInputException(field + " holds null; every entry must be a string.");
        }
        return List.copyOf(list);
    }

    private static List<String> orNull(List<String> list) {
        return list.isEmpty() ? null : list;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}

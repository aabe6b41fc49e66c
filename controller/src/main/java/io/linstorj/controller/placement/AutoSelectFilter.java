package io.linstorj.controller.placement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * LINSTOR's auto-select filter: how many replicas to place and where they may go.
 *
 * <p>Fields and meanings follow {@code AutoSelectFilter} of LINSTOR's REST API. The record holds
 * the values as a caller sent them; {@link #validate()} (and {@link Placer#place}) check them and
 * answer bad ones with LINSTOR's ret codes. Unset lists are empty, unset scalars null.
 * LINSTOR's {@code overprovision}, {@code x_replicas_on_different_map} and {@code port_count} are
 * not modelled: a transport adapter that receives them must answer "not supported".
 * <pre>{@code
 * AutoSelectFilter filter = AutoSelectFilter.builder()
 *     .placeCount(3)
 *     .storagePoolList(List.of("ssd", "nvme"))
 *     .replicasOnDifferent(List.of("Aux/rack"))
 *     .build();
 * }</pre>
 *
 * @param placeCount total diskful replicas wanted (top-up: existing ones count); null means
 *     {@link #DEFAULT_PLACE_COUNT} unless {@code additionalPlaceCount} is set
 * @param additionalPlaceCount diskful replicas to add on top of the existing ones; wins over
 *     {@code placeCount}
 * @param nodeNameList if not empty, diskful replicas go only to these nodes
 * @param storagePool a storage pool name that diskful replicas must use (joined with the list)
 * @param storagePoolList storage pool names that diskful replicas may use
 * @param storagePoolDisklessList diskless pool names for the replicas of {@code disklessOnRemaining}
 * @param notPlaceWithRsc resource names: no replica on a node that holds one of them
 * @param notPlaceWithRscRegex no replica on a node holding a resource whose name this regular
 *     expression finds (case-insensitive, as LINSTOR names are)
 * @param replicasOnSame node property names (with or without {@code Aux/}), optionally
 *     {@code name=value}: all replicas on nodes with the same value
 * @param replicasOnDifferent node property names: all replicas on nodes with different values
 * @param disklessOnRemaining also put a diskless replica on every other online node
 * @param layerStack the resource's layers, top first ({@code DRBD}, {@code STORAGE})
 * @param providerList provider kinds ({@link io.linstorj.controller.cluster.ProviderKind} names)
 *     that diskful replicas may use
 * @param disklessType the flag of the diskless replicas; null means {@code DRBD_DISKLESS}
 */
public record AutoSelectFilter(
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
        boolean disklessOnRemaining,
        List<String> layerStack,
        List<String> providerList,
        String disklessType) {

    /** The place count when neither count is given (LINSTOR's autoplace default). */
    public static final int DEFAULT_PLACE_COUNT = 2;

    /** Copies the lists; null lists become empty, a null element is a programming error. */
    public AutoSelectFilter {
        nodeNameList = copy(nodeNameList, "node_name_list");
        storagePoolList = copy(storagePoolList, "storage_pool_list");
        storagePoolDisklessList = copy(storagePoolDisklessList, "storage_pool_diskless_list");
        notPlaceWithRsc = copy(notPlaceWithRsc, "not_place_with_rsc");
        replicasOnSame = copy(replicasOnSame, "replicas_on_same");
        replicasOnDifferent = copy(replicasOnDifferent, "replicas_on_different");
        layerStack = copy(layerStack, "layer_stack");
        providerList = copy(providerList, "provider_list");
    }

    /** A filter placing {@code placeCount} replicas with no other restriction. */
    public static AutoSelectFilter ofPlaceCount(int placeCount) {
        return builder().placeCount(placeCount).build();
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this filter's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Checks the filter as {@link Placer#place} does before placing anything.
     *
     * @return the refusal with LINSTOR's ret code (for example {@code FAIL_INVLD_PLACE_COUNT}),
     *     or empty when the filter is valid
     */
    public Optional<PlacementRefusal> validate() {
        try {
            PlacementRules.parse(this);
            return Optional.empty();
        } catch (PlacementRefusedException e) {
            return Optional.of(e.refusal());
        }
    }

    private static List<String> copy(List<String> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (String value : values) {
            if (value == null) {
                throw new IllegalArgumentException(field + " contains null");
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** Builds an {@link AutoSelectFilter}; every field is optional. */
    public static final class Builder {
        private Integer placeCount;
        private Integer additionalPlaceCount;
        private List<String> nodeNameList = List.of();
        private String storagePool;
        private List<String> storagePoolList = List.of();
        private List<String> storagePoolDisklessList = List.of();
        private List<String> notPlaceWithRsc = List.of();
        private String notPlaceWithRscRegex;
        private List<String> replicasOnSame = List.of();
        private List<String> replicasOnDifferent = List.of();
        private boolean disklessOnRemaining;
        private List<String> layerStack = List.of();
        private List<String> providerList = List.of();
        private String disklessType;

        private Builder() {}

        private Builder(AutoSelectFilter filter) {
            placeCount = filter.placeCount;
            additionalPlaceCount = filter.additionalPlaceCount;
            nodeNameList = filter.nodeNameList;
            storagePool = filter.storagePool;
            storagePoolList = filter.storagePoolList;
            storagePoolDisklessList = filter.storagePoolDisklessList;
            notPlaceWithRsc = filter.notPlaceWithRsc;
            notPlaceWithRscRegex = filter.notPlaceWithRscRegex;
            replicasOnSame = filter.replicasOnSame;
            replicasOnDifferent = filter.replicasOnDifferent;
            disklessOnRemaining = filter.disklessOnRemaining;
            layerStack = filter.layerStack;
            providerList = filter.providerList;
            disklessType = filter.disklessType;
        }

        /** Sets {@code place_count}; null unsets it. */
        public Builder placeCount(Integer value) {
            placeCount = value;
            return this;
        }

        /** Sets {@code additional_place_count}; null unsets it. */
        public Builder additionalPlaceCount(Integer value) {
            additionalPlaceCount = value;
            return this;
        }

        /** Sets {@code node_name_list}. */
        public Builder nodeNameList(List<String> value) {
            nodeNameList = value;
            return this;
        }

        /** Sets {@code storage_pool}; null unsets it. */
        public Builder storagePool(String value) {
            storagePool = value;
            return this;
        }

        /** Sets {@code storage_pool_list}. */
        public Builder storagePoolList(List<String> value) {
            storagePoolList = value;
            return this;
        }

        /** Sets {@code storage_pool_diskless_list}. */
        public Builder storagePoolDisklessList(List<String> value) {
            storagePoolDisklessList = value;
            return this;
        }

        /** Sets {@code not_place_with_rsc}. */
        public Builder notPlaceWithRsc(List<String> value) {
            notPlaceWithRsc = value;
            return this;
        }

        /** Sets {@code not_place_with_rsc_regex}; null unsets it. */
        public Builder notPlaceWithRscRegex(String value) {
            notPlaceWithRscRegex = value;
            return this;
        }

        /** Sets {@code replicas_on_same}. */
        public Builder replicasOnSame(List<String> value) {
            replicasOnSame = value;
            return this;
        }

        /** Sets {@code replicas_on_different}. */
        public Builder replicasOnDifferent(List<String> value) {
            replicasOnDifferent = value;
            return this;
        }

        /** Sets {@code diskless_on_remaining}. */
        public Builder disklessOnRemaining(boolean value) {
            disklessOnRemaining = value;
            return this;
        }

        /** Sets {@code layer_stack}. */
        public Builder layerStack(List<String> value) {
            layerStack = value;
            return this;
        }

        /** Sets {@code provider_list}. */
        public Builder providerList(List<String> value) {
            providerList = value;
            return this;
        }

        /** Sets {@code diskless_type}; null unsets it. */
        public Builder disklessType(String value) {
            disklessType = value;
            return this;
        }

        /** The filter; values are checked later, by {@link AutoSelectFilter#validate()}. */
        public AutoSelectFilter build() {
            return new AutoSelectFilter(
                    placeCount,
                    additionalPlaceCount,
                    nodeNameList,
                    storagePool,
                    storagePoolList,
                    storagePoolDisklessList,
                    notPlaceWithRsc,
                    notPlaceWithRscRegex,
                    replicasOnSame,
                    replicasOnDifferent,
                    disklessOnRemaining,
                    layerStack,
                    providerList,
                    disklessType);
        }
    }
}

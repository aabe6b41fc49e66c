package io.linstorj.client;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the controller may place replicas: LINSTOR's AutoSelectFilter, for
 * {@link Linstor#resourceAutoPlace(String, AutoSelectFilter)} and the select filter of a resource
 * group. Fields left empty (null, empty list, false) do not constrain.
 *
 * <pre>{@code
 * AutoSelectFilter filter = AutoSelectFilter.builder()
 *     .placeCount(3)
 *     .storagePool("drbdpool")
 *     .doNotPlaceWith(List.of("db1"))
 *     .replicasOnDifferent(List.of("Aux/rack"))
 *     .build();
 * lin.resourceAutoPlace("web1", filter);
 * }</pre>
 *
 * @param placeCount how many diskful replicas the resource shall have
 * @param additionalPlaceCount how many diskful replicas to add to those it has
 * @param nodeNames place only on these nodes
 * @param storagePool allocate from this storage pool
 * @param storagePoolList allocate from one of these storage pools
 * @param disklessStoragePoolList diskless replicas use one of these diskless pools
 * @param doNotPlaceWith avoid nodes that hold one of these resources
 * @param doNotPlaceWithRegex avoid nodes that hold a resource whose name matches this regex
 * @param replicasOnSame place only on nodes that agree on these properties ({@code Aux/} keys)
 * @param replicasOnDifferent place on nodes that differ in these properties
 * @param disklessOnRemaining add a diskless replica on every node not chosen
 * @param layerStack the layers of the placed resources, e.g. {@code DRBD, STORAGE}
 * @param providerList allocate only from pools of these provider kinds ({@code LVM_THIN}, ...)
 * @param disklessType the flag of diskless replicas, e.g. {@code DRBD_DISKLESS}
 */
public record AutoSelectFilter(
        @Nullable Integer placeCount,
        @Nullable Integer additionalPlaceCount,
        List<String> nodeNames,
        @Nullable String storagePool,
        List<String> storagePoolList,
        List<String> disklessStoragePoolList,
        List<String> doNotPlaceWith,
        @Nullable String doNotPlaceWithRegex,
        List<String> replicasOnSame,
        List<String> replicasOnDifferent,
        boolean disklessOnRemaining,
        List<String> layerStack,
        List<String> providerList,
        @Nullable String disklessType) {

    /**
     * Creates a filter; lists are copied.
     *
     * @throws IllegalArgumentException if a place count is not positive
     */
    public AutoSelectFilter {
        requirePositive(placeCount, "place count");
        requirePositive(additionalPlaceCount, "additional place count");
        nodeNames = List.copyOf(nodeNames);
        storagePoolList = List.copyOf(storagePoolList);
        disklessStoragePoolList = List.copyOf(disklessStoragePoolList);
        doNotPlaceWith = List.copyOf(doNotPlaceWith);
        replicasOnSame = List.copyOf(replicasOnSame);
        replicasOnDifferent = List.copyOf(replicasOnDifferent);
        layerStack = List.copyOf(layerStack);
        providerList = List.copyOf(providerList);
    }

    /** A builder of a filter that constrains nothing yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** A filter that places {@code placeCount} diskful replicas, constrained by nothing else. */
    public static AutoSelectFilter ofPlaceCount(int placeCount) {
        return builder().placeCount(placeCount).build();
    }

    /** A builder holding this filter's fields, to derive another one. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.placeCount = placeCount;
        builder.additionalPlaceCount = additionalPlaceCount;
        builder.nodeNames = nodeNames;
        builder.storagePool = storagePool;
        builder.storagePoolList = storagePoolList;
        builder.disklessStoragePoolList = disklessStoragePoolList;
        builder.doNotPlaceWith = doNotPlaceWith;
        builder.doNotPlaceWithRegex = doNotPlaceWithRegex;
        builder.replicasOnSame = replicasOnSame;
        builder.replicasOnDifferent = replicasOnDifferent;
        builder.disklessOnRemaining = disklessOnRemaining;
        builder.layerStack = layerStack;
        builder.providerList = providerList;
        builder.disklessType = disklessType;
        return builder;
    }

    private static void requirePositive(@Nullable Integer count, String what) {
        if (count != null && count < 1) {
            throw new IllegalArgumentException(what + " must be at least 1: " + count);
        }
    }

    private static @Nullable String emptyToNull(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** Builds an {@link AutoSelectFilter}; each setter checks its argument at once. */
    public static final class Builder {
        private @Nullable Integer placeCount;
        private @Nullable Integer additionalPlaceCount;
        private List<String> nodeNames = List.of();
        private @Nullable String storagePool;
        private List<String> storagePoolList = List.of();
        private List<String> disklessStoragePoolList = List.of();
        private List<String> doNotPlaceWith = List.of();
        private @Nullable String doNotPlaceWithRegex;
        private List<String> replicasOnSame = List.of();
        private List<String> replicasOnDifferent = List.of();
        private boolean disklessOnRemaining;
        private List<String> layerStack = List.of();
        private List<String> providerList = List.of();
        private @Nullable String disklessType;

        private Builder() {}

        /**
         * How many diskful replicas the resource shall have; null: the controller's default.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder placeCount(@Nullable Integer count) {
            requirePositive(count, "place count");
            this.placeCount = count;
            return this;
        }

        /**
         * How many diskful replicas to add to those the resource has.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder additionalPlaceCount(@Nullable Integer count) {
            requirePositive(count, "additional place count");
            this.additionalPlaceCount = count;
            return this;
        }

        /** Place only on these nodes. */
        public Builder nodeNames(List<String> names) {
            this.nodeNames = new ArrayList<>(names);
            return this;
        }

        /** Allocate from this storage pool; null or empty: any. */
        public Builder storagePool(@Nullable String pool) {
            this.storagePool = emptyToNull(pool);
            return this;
        }

        /** Allocate from one of these storage pools. */
        public Builder storagePoolList(List<String> pools) {
            this.storagePoolList = new ArrayList<>(pools);
            return this;
        }

        /** Diskless replicas use one of these diskless pools. */
        public Builder disklessStoragePoolList(List<String> pools) {
            this.disklessStoragePoolList = new ArrayList<>(pools);
            return this;
        }

        /** Avoid nodes that hold one of these resources. */
        public Builder doNotPlaceWith(List<String> resourceNames) {
            this.doNotPlaceWith = new ArrayList<>(resourceNames);
            return this;
        }

        /** Avoid nodes that hold a resource whose name matches this regex; null or empty: none. */
        public Builder doNotPlaceWithRegex(@Nullable String regex) {
            this.doNotPlaceWithRegex = emptyToNull(regex);
            return this;
        }

        /** Place only on nodes that agree on these properties. */
        public Builder replicasOnSame(List<String> propertyKeys) {
            this.replicasOnSame = new ArrayList<>(propertyKeys);
            return this;
        }

        /** Place on nodes that differ in these properties. */
        public Builder replicasOnDifferent(List<String> propertyKeys) {
            this.replicasOnDifferent = new ArrayList<>(propertyKeys);
            return this;
        }

        /** Whether to add a diskless replica on every node not chosen. */
        public Builder disklessOnRemaining(boolean disklessOnRemaining) {
            this.disklessOnRemaining = disklessOnRemaining;
            return this;
        }

        /** The layers of the placed resources. */
        public Builder layerStack(List<String> layers) {
            this.layerStack = new ArrayList<>(layers);
            return this;
        }

        /** Allocate only from pools of these provider kinds. */
        public Builder providerList(List<String> providerKinds) {
            this.providerList = new ArrayList<>(providerKinds);
            return this;
        }

        /** The flag of diskless replicas; null or empty: the controller's default. */
        public Builder disklessType(@Nullable String type) {
            this.disklessType = emptyToNull(type);
            return this;
        }

        /** The filter. */
        public AutoSelectFilter build() {
            return new AutoSelectFilter(
                    placeCount,
                    additionalPlaceCount,
                    nodeNames,
                    storagePool,
                    storagePoolList,
                    disklessStoragePoolList,
                    doNotPlaceWith,
                    doNotPlaceWithRegex,
                    replicasOnSame,
                    replicasOnDifferent,
                    disklessOnRemaining,
                    layerStack,
                    providerList,
                    disklessType);
        }
    }
}

package io.linstorj.client;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A storage pool on one node as the controller lists it.
 *
 * @param nodeName the node the pool is on
 * @param storagePoolName the pool's name
 * @param providerKind its provider kind, e.g. {@link Consts#PROVIDER_KIND_LVM_THIN}
 * @param props its properties; the provider's pool is under
 *     {@link Consts#KEY_STOR_DRIVER_STOR_POOL_NAME}
 * @param freeCapacityKib free space in KiB as last reported by the satellite; empty until it reported
 * @param totalCapacityKib total space in KiB as last reported; empty until it reported
 * @param reports problems the satellite reported for this pool (empty when it is usable)
 */
public record StoragePoolInfo(
        String nodeName,
        String storagePoolName,
        String providerKind,
        Map<String, String> props,
        OptionalLong freeCapacityKib,
        OptionalLong totalCapacityKib,
        List<ApiCallResponse> reports) {

    /** Creates a view; lists and maps are copied. */
    public StoragePoolInfo {
        props = Map.copyOf(props);
        reports = List.copyOf(reports);
    }

    /**
     * The provider's pool: volume group, {@code vg/thinpool}, zpool or directory; empty for
     * diskless pools.
     */
    public String providerPool() {
        return props.getOrDefault(Consts.KEY_STOR_DRIVER_STOR_POOL_NAME, "");
    }
}

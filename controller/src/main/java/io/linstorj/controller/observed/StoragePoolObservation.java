package io.linstorj.controller.observed;

import io.linstorj.controller.api.ApiCallRc;
import java.util.List;
import java.util.OptionalLong;

/**
 * What a satellite last reported about a storage pool.
 *
 * @param freeCapacityKib free space in KiB, if known
 * @param totalCapacityKib total space in KiB, if known
 * @param reports problems with the pool (empty when usable)
 */
public record StoragePoolObservation(
        OptionalLong freeCapacityKib, OptionalLong totalCapacityKib, List<ApiCallRc> reports) {
    /** Creates an observation; the reports are copied. */
    public StoragePoolObservation {
        reports = List.copyOf(reports);
    }
}

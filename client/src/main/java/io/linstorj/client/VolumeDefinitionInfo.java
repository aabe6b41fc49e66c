package io.linstorj.client;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A volume definition (a volume of a resource definition, with its size) as the controller lists it.
 *
 * @param volumeNumber its number within the resource definition
 * @param sizeKib its size in KiB
 * @param minorNumber its DRBD minor; empty when not allocated
 * @param props its properties
 * @param flags its flags
 */
public record VolumeDefinitionInfo(
        int volumeNumber, long sizeKib, OptionalInt minorNumber, Map<String, String> props, List<String> flags) {

    /** Creates a view; lists and maps are copied. */
    public VolumeDefinitionInfo {
        props = Map.copyOf(props);
        flags = List.copyOf(flags);
    }
}

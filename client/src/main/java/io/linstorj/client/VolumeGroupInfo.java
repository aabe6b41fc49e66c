package io.linstorj.client;

import java.util.List;
import java.util.Map;

/**
 * A volume group (the template of one volume of a resource group's resources) as the controller
 * lists it.
 *
 * @param volumeNumber its number within the resource group
 * @param props its properties, inherited by the volume definitions spawned from it
 * @param flags its flags
 */
public record VolumeGroupInfo(int volumeNumber, Map<String, String> props, List<String> flags) {
    /** Creates a view; the map and list are copied. */
    public VolumeGroupInfo {
        props = Map.copyOf(props);
        flags = List.copyOf(flags);
    }
}

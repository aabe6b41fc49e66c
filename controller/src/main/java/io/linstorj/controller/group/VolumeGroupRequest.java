package io.linstorj.controller.group;

import java.util.Map;
import java.util.Set;

/**
 * A volume group to create.
 *
 * @param volumeNumber the number, or null for the lowest free one
 * @param props initial properties (copied into the volume definitions spawned from it)
 * @param flags LINSTOR's volume group flags; none is supported yet
 */
public record VolumeGroupRequest(Integer volumeNumber, Map<String, String> props, Set<String> flags) {
    /** Creates the request; collections are copied. */
    public VolumeGroupRequest {
        props = Map.copyOf(props);
        flags = Set.copyOf(flags);
    }
}

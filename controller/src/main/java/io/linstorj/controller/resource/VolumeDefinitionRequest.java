package io.linstorj.controller.resource;

import java.util.Map;

/**
 * A volume definition to create.
 *
 * @param volumeNumber the number, or null for the lowest free one
 * @param sizeKib usable size in KiB (1 KiB to 1 PiB)
 * @param minorNumber the DRBD minor, or null to allocate one
 * @param props initial properties
 */
public record VolumeDefinitionRequest(
        Integer volumeNumber, long sizeKib, Integer minorNumber, Map<String, String> props) {
    /** Creates the request; the properties are copied. */
    public VolumeDefinitionRequest {
        props = Map.copyOf(props);
    }
}

package io.linstorj.controller.resource;

import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.observed.ResourceObservation;
import java.util.List;
import java.util.Optional;

/**
 * A resource as listed, with its volumes and what the satellite last reported.
 *
 * @param resource the replica
 * @param volumes its volumes by number
 * @param observation ready / in use; empty until reported
 */
public record ResourceView(Resource resource, List<VolumeView> volumes, Optional<ResourceObservation> observation) {
    /** Creates the view; the list is copied. */
    public ResourceView {
        volumes = List.copyOf(volumes);
    }
}

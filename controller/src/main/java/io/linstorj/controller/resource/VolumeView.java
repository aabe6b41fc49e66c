package io.linstorj.controller.resource;

import io.linstorj.controller.cluster.ProviderKind;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.observed.VolumeObservation;
import java.util.Optional;

/**
 * A volume as listed: desired state with its minor and provider kind, merged with what the
 * satellite last reported.
 *
 * @param volume the volume
 * @param minorNumber its DRBD minor
 * @param providerKind kind of its storage pool (null if the pool is gone)
 * @param observation backing disk, device path, disk state; empty until reported
 */
public record VolumeView(
        Volume volume, int minorNumber, ProviderKind providerKind, Optional<VolumeObservation> observation) {}

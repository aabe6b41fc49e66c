package io.linstorj.controller.storage;

import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.observed.StoragePoolObservation;
import java.util.Optional;

/**
 * A storage pool as listed: desired state merged with what its satellite last reported.
 *
 * @param pool the pool
 * @param observation capacity and problems, empty until the satellite reported
 */
public record StoragePoolView(StoragePool pool, Optional<StoragePoolObservation> observation) {}

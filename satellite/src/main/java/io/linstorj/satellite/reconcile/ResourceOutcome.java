package io.linstorj.satellite.reconcile;

import io.linstorj.satellite.storage.ProvidedVolume;
import java.util.List;
import java.util.Map;

/**
 * What the last pass achieved for one resource: its volumes' backing storage and the problems
 * it met.
 *
 * @param name     the resource
 * @param diskless whether the local replica is diskless
 * @param minors   DRBD minor per volume number
 * @param volumes  backing storage per volume number (diskful replicas only)
 * @param problems what went wrong, for the report
 * @param inactive whether the resource is deactivated: DRBD kept down, volumes kept
 */
record ResourceOutcome(String name, boolean diskless, Map<Integer, Integer> minors,
                       Map<Integer, ProvidedVolume> volumes, List<Problem> problems, boolean inactive) {

    /** A problem worded for the operator: message, cause and correction. */
    record Problem(String message, String cause, String correction) {
    }
}

package io.linstorj.satellite.reconcile;

import io.linstorj.satellite.plan.Problem;
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
 * @param deleting whether the resource is marked for deletion: taken down, volumes deleted; it is
 *                 gone when there are no problems
 */
public record ResourceOutcome(
        String name,
        boolean diskless,
        Map<Integer, Integer> minors,
        Map<Integer, ProvidedVolume> volumes,
        List<Problem> problems,
        boolean inactive,
        boolean deleting) {

    /** The outcome of a resource marked for deletion: gone unless {@code problems} say otherwise. */
    public static ResourceOutcome deletion(String name, boolean diskless, List<Problem> problems) {
        return new ResourceOutcome(name, diskless, Map.of(), Map.of(), List.copyOf(problems), false, true);
    }

    /** True for a resource marked for deletion of which nothing is left on the node. */
    public boolean gone() {
        return deleting && problems.isEmpty();
    }
}

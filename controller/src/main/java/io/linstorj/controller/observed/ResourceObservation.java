package io.linstorj.controller.observed;

import io.linstorj.controller.api.ApiCallRc;
import java.util.List;

/**
 * What a satellite last reported about a resource.
 *
 * @param ready true when DRBD is up and usable on the node
 * @param inUse true when the device is open (primary)
 * @param reports why the satellite could not realise the resource (storage or DRBD refused it);
 *     empty when nothing went wrong
 */
public record ResourceObservation(boolean ready, boolean inUse, List<ApiCallRc> reports) {
    /** Creates an observation; the reports are copied. */
    public ResourceObservation {
        reports = List.copyOf(reports);
    }

    /** An observation without problems. */
    public ResourceObservation(boolean ready, boolean inUse) {
        this(ready, inUse, List.of());
    }
}

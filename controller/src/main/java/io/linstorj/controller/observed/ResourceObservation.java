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
 * @param inactive true when the satellite keeps DRBD down because the resource is deactivated
 *     (its volumes kept, no DRBD device, so not in use)
 */
public record ResourceObservation(boolean ready, boolean inUse, List<ApiCallRc> reports, boolean inactive) {
    /** Creates an observation; the reports are copied. */
    public ResourceObservation {
        reports = List.copyOf(reports);
    }

    /** An observation of an active resource. */
    public ResourceObservation(boolean ready, boolean inUse, List<ApiCallRc> reports) {
        this(ready, inUse, reports, false);
    }

    /** An observation without problems. */
    public ResourceObservation(boolean ready, boolean inUse) {
        this(ready, inUse, List.of(), false);
    }
}

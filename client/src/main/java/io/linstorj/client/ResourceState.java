package io.linstorj.client;

import java.util.List;

/**
 * The data of a {@link Consts#EVENT_RESOURCE_STATE} event: the state of a resource on one node.
 *
 * @param ready whether DRBD is up and connected as it should be
 * @param inUse whether the resource is open (primary) on that node
 * @param reports why the node's satellite could not realise the resource (message, cause,
 *     correction); empty when nothing went wrong
 */
public record ResourceState(boolean ready, boolean inUse, List<ApiCallResponse> reports) implements EventData {
    /** Creates the state; the reports are copied. */
    public ResourceState {
        reports = List.copyOf(reports);
    }

    /** A state without satellite reports. */
    public ResourceState(boolean ready, boolean inUse) {
        this(ready, inUse, List.of());
    }
}

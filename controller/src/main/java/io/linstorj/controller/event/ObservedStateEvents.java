package io.linstorj.controller.event;

import io.linstorj.controller.observed.ObservedStateListener;
import io.linstorj.controller.observed.ResourceObservation;
import io.linstorj.controller.observed.VolumeObservation;

/**
 * Feeds the event hub from the observed state: a volume's disk state and a resource's state
 * become stream values; a forgotten resource closes its streams as removed; a node that is not
 * online any more closes its streams for lost connection.
 */
public final class ObservedStateEvents implements ObservedStateListener {
    private static final String ONLINE = "ONLINE";
    private static final String CONNECTED = "CONNECTED";

    private final EventHub hub;

    /** Creates the feeder for {@code hub}. */
    public ObservedStateEvents(EventHub hub) {
        this.hub = hub;
    }

    @Override
    public void connectionStatusChanged(String nodeName, String status) {
        if (!ONLINE.equals(status) && !CONNECTED.equals(status)) {
            hub.connectionLost(nodeName);
        }
    }

    @Override
    public void volumeChanged(String nodeName, String resourceName, int volumeNumber, VolumeObservation observation) {
        StreamKey key = StreamKey.volumeDiskState(nodeName, resourceName, volumeNumber);
        if (observation == null) {
            hub.removed(key);
        } else if (!observation.diskState().isEmpty()) {
            hub.update(key, new EventValue.DiskState(observation.diskState()));
        }
    }

    @Override
    public void resourceChanged(String nodeName, String resourceName, ResourceObservation observation) {
        if (observation == null) {
            hub.removed(key -> key.isOnNode(nodeName) && key.resourceName().equals(resourceName));
        } else {
            hub.update(
                    StreamKey.resourceState(nodeName, resourceName),
                    new EventValue.ResourceState(observation.ready(), observation.inUse(), observation.reports()));
        }
    }
}

package io.linstorj.client.internal;

import io.linstorj.client.Consts;
import io.linstorj.client.EventData;
import io.linstorj.client.EventHeader;
import io.linstorj.client.ObjectIdentifier;
import io.linstorj.client.ResourceState;
import io.linstorj.client.SnapshotState;
import io.linstorj.client.VolumeDiskState;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.linstor.EventRscState;
import io.linstorj.protocol.linstor.EventSnapshotState;
import io.linstorj.protocol.linstor.EventVlmDiskState;
import io.linstorj.protocol.linstor.MsgCrtWatch;
import io.linstorj.protocol.linstor.MsgEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The protocol side of watches in LINSTOR's dialect: the {@code CrtWatch} body, and the views of
 * an {@code Event} frame ({@code MsgEvent}, then the data message unless the action is a close).
 */
final class WatchEvents {
    private static final Logger LOG = LoggerFactory.getLogger(WatchEvents.class);

    private WatchEvents() {}

    /**
     * The body of {@code CrtWatch}: the watch id, the filter's fields that are set, and LinstorJ's
     * opt-in {@code snapshot_events}, so that the watch gets SnapshotDeployment events too.
     */
    static MsgCrtWatch createRequest(int watchId, ObjectIdentifier filter) {
        MsgCrtWatch.Builder request =
                MsgCrtWatch.newBuilder().setWatchId(watchId).setSnapshotEvents(true);
        if (filter.nodeName() != null) {
            request.setNodeName(filter.nodeName());
        }
        if (filter.resourceName() != null) {
            request.setResourceName(filter.resourceName());
        }
        if (filter.volumeNumber() != null) {
            request.setFilterByVolumeNumber(true).setVolumeNumber(filter.volumeNumber());
        }
        if (filter.snapshotName() != null) {
            request.setSnapshotName(filter.snapshotName());
        }
        return request.build();
    }

    /** The header view of an event. */
    static EventHeader header(MsgEvent event) {
        return new EventHeader(
                event.getWatchId(),
                event.getEventAction(),
                event.getEventName(),
                event.getNodeName(),
                event.getResourceName(),
                event.hasVolumeNumber() ? event.getVolumeNumber() : null,
                event.getSnapshotName());
    }

    /**
     * The data of an event: null for close actions and for event names this client does not know.
     *
     * @throws io.linstorj.protocol.MalformedMessageException if the data is missing or does not parse
     */
    static @Nullable EventData data(MsgEvent event, ProtocolMessage frame) {
        String action = event.getEventAction();
        if (Consts.EVENT_STREAM_CLOSE_NO_CONNECTION.equals(action)
                || Consts.EVENT_STREAM_CLOSE_REMOVED.equals(action)) {
            return null;
        }
        return switch (event.getEventName()) {
            case Consts.EVENT_VOLUME_DISK_STATE ->
                new VolumeDiskState(frame.body(1, EventVlmDiskState.parser()).getDiskState());
            case Consts.EVENT_RESOURCE_STATE -> {
                EventRscState state = frame.body(1, EventRscState.parser());
                // LINSTOR's in_use is three-valued; UNKNOWN (nothing reported) reads as not in use.
                yield new ResourceState(
                        state.getReady(),
                        state.getInUse() == EventRscState.InUse.TRUE,
                        ProtoViews.apiCallResponses(state.getReportsList()));
            }
            case Consts.EVENT_SNAPSHOT_DEPLOYMENT -> {
                EventSnapshotState state = frame.body(1, EventSnapshotState.parser());
                yield new SnapshotState(state.getState(), ProtoViews.apiCallResponses(state.getReportsList()));
            }
            default -> {
                LOG.debug(
                        "event '{}' of watch {} is unknown to this client: passing it without data",
                        event.getEventName(),
                        event.getWatchId());
                yield null;
            }
        };
    }
}

package io.linstorj.client.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.linstorj.client.Consts;
import io.linstorj.client.EventData;
import io.linstorj.client.EventHeader;
import io.linstorj.client.ResourceState;
import io.linstorj.client.SnapshotState;
import io.linstorj.client.VolumeDiskState;
import org.jspecify.annotations.Nullable;

/**
 * The events of LinstorJ's watch streams ({@code /v1/events/linstorj/resource-state},
 * {@code .../volume-disk-state} and {@code .../snapshot-deployment}) as the client protocol's:
 * the SSE event name is the action ({@code Open}, {@code Value}, {@code CloseNoConnection},
 * {@code CloseRemoved}), the data names the object and, unless the action is a close, carries its
 * value. A snapshot's stream belongs to no node: its header's node name is empty, as on the client
 * protocol.
 */
final class StreamEvents {
    private StreamEvents() {}

    /** The header of an event of the stream of {@code eventName} ({@link Consts#EVENT_RESOURCE_STATE} or ...). */
    static EventHeader header(int watchId, String eventName, String action, JsonNode data) {
        JsonNode volume = data.path("volume_number");
        return new EventHeader(
                watchId,
                action,
                eventName,
                data.path("node_name").asText(""),
                data.path("resource_name").asText(""),
                volume.isIntegralNumber() ? volume.asInt() : null,
                data.path("snapshot_name").asText(""));
    }

    /** The value of an event; null for closes, as on the client protocol. */
    static @Nullable EventData data(String eventName, String action, JsonNode data) {
        if (Consts.EVENT_STREAM_CLOSE_NO_CONNECTION.equals(action)
                || Consts.EVENT_STREAM_CLOSE_REMOVED.equals(action)) {
            return null;
        }
        if (Consts.EVENT_VOLUME_DISK_STATE.equals(eventName)) {
            return new VolumeDiskState(data.path("disk_state").asText(""));
        }
        if (Consts.EVENT_SNAPSHOT_DEPLOYMENT.equals(eventName)) {
            return new SnapshotState(data.path("state").asText(""), JsonViews.apiCallRcs(data.path("reports")));
        }
        return new ResourceState(
                data.path("ready").asBoolean(false),
                data.path("in_use").asBoolean(false),
                JsonViews.apiCallRcs(data.path("reports")));
    }
}

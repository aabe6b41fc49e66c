package io.linstorj.client.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.linstorj.client.Consts;
import io.linstorj.client.EventData;
import io.linstorj.client.EventHeader;
import io.linstorj.client.ObjectIdentifier;
import io.linstorj.client.ResourceState;
import io.linstorj.client.VolumeDiskState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The watch streams one poll of {@code GET /v1/view/resources} shows, and the client protocol's
 * events between two polls: pure, no I/O.
 *
 * <p>Each resource matching the filter is a {@link Consts#EVENT_RESOURCE_STATE} stream, each of
 * its volumes with a disk state a {@link Consts#EVENT_VOLUME_DISK_STATE} stream. A stream whose
 * satellite is not reported (see {@link ResourceReadiness}) is without connection. Between two
 * polls: a stream that appears with a value (or regains it) is {@code Open}, a changed value
 * {@code Value}, a value lost while the object stays {@code CloseNoConnection}, an object gone
 * {@code CloseRemoved} (nothing more for a stream already closed). Names match the filter
 * case-insensitively, as LINSTOR's names compare; a snapshot filter matches nothing, as on the
 * client protocol.
 */
final class ObservedStreams {
    /** One stream: an event name and the object it is about. */
    record Key(
            String eventName,
            String nodeName,
            String resourceName,
            @Nullable Integer volumeNumber) {}

    private final Map<Key, @Nullable EventData> values;

    private ObservedStreams(Map<Key, @Nullable EventData> values) {
        this.values = values;
    }

    /** No stream at all: what the watch knew before its first poll. */
    static ObservedStreams none() {
        return new ObservedStreams(Map.of());
    }

    /** The streams of a view ({@code ResourceWithVolumes} list) that match {@code filter}; null values: no connection. */
    static ObservedStreams of(JsonNode view, ObjectIdentifier filter) {
        Map<Key, @Nullable EventData> values = new LinkedHashMap<>();
        if (filter.snapshotName() != null) {
            return new ObservedStreams(values);
        }
        for (JsonNode resource : JsonViews.elements(view)) {
            String node = resource.path("node_name").asText("");
            String name = resource.path("name").asText("");
            if (!matches(filter.nodeName(), node) || !matches(filter.resourceName(), name)) {
                continue;
            }
            boolean reported = ResourceReadiness.isReported(resource);
            if (filter.volumeNumber() == null) {
                values.put(
                        new Key(Consts.EVENT_RESOURCE_STATE, node, name, null),
                        reported
                                ? new ResourceState(
                                        ResourceReadiness.ready(resource).orElse(false),
                                        ResourceReadiness.inUse(resource).orElse(false))
                                : null);
            }
            for (JsonNode volume : JsonViews.elements(resource.path("volumes"))) {
                int number = volume.path("volume_number").asInt(-1);
                if (filter.volumeNumber() != null && filter.volumeNumber() != number) {
                    continue;
                }
                String diskState = ResourceReadiness.diskState(volume);
                Key key = new Key(Consts.EVENT_VOLUME_DISK_STATE, node, name, number);
                if (reported && !diskState.isEmpty()) {
                    values.put(key, new VolumeDiskState(diskState));
                } else if (!reported) {
                    values.put(key, null);
                }
            }
        }
        return new ObservedStreams(values);
    }

    /** The events that lead from {@code previous} to this, in the order of this view (removals last). */
    List<Change> since(ObservedStreams previous) {
        List<Change> changes = new ArrayList<>();
        values.forEach((key, value) -> {
            EventData before = previous.values.get(key);
            if (value != null && before == null) {
                changes.add(new Change(key, Consts.EVENT_STREAM_OPEN, value));
            } else if (value != null && !value.equals(before)) {
                changes.add(new Change(key, Consts.EVENT_STREAM_VALUE, value));
            } else if (value == null && before != null) {
                changes.add(new Change(key, Consts.EVENT_STREAM_CLOSE_NO_CONNECTION, null));
            }
        });
        previous.values.forEach((key, before) -> {
            if (!values.containsKey(key) && before != null) {
                changes.add(new Change(key, Consts.EVENT_STREAM_CLOSE_REMOVED, null));
            }
        });
        return changes;
    }

    private static boolean matches(@Nullable String wanted, String name) {
        return wanted == null || wanted.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT));
    }

    /** One event between two polls. */
    record Change(Key key, String action, @Nullable EventData data) {
        /** The event's header for watch {@code watchId}. */
        EventHeader header(int watchId) {
            return new EventHeader(
                    watchId, action, key.eventName(), key.nodeName(), key.resourceName(), key.volumeNumber(), "");
        }
    }
}

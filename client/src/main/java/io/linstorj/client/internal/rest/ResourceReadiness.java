package io.linstorj.client.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;

/**
 * What a REST view of a resource ({@code ResourceWithVolumes}) tells of its state. REST v1 says
 * only whether a resource is in use ({@code state.in_use}) and each volume's disk state, not
 * whether it is ready, so both are derived here, in one place for lists and polled watches:
 *
 * <ul>
 *   <li><b>reported</b> (the satellite is connected and has said how the resource is): LINBIT's
 *       controller writes {@code state} only then (an offline node's resources have none), beside
 *       the {@code layer_object} it always writes; LinstorJ's does the same and writes
 *       {@code in_use} in it. So: {@code state.in_use} is given, or {@code state} is given beside a
 *       {@code layer_object}.</li>
 *   <li><b>ready</b> (reported and its data accessible, LINSTOR's "access to up-to-date data"):
 *       no volume reports a disk state other than {@code UpToDate} or {@code Diskless}; volumes
 *       without disk state (a resource without DRBD) do not count against it. This is stricter
 *       than the client protocol's {@code ready} during a resync, which REST cannot see.</li>
 * </ul>
 */
final class ResourceReadiness {
    private static final Set<String> ACCESSIBLE = Set.of("UpToDate", "Diskless");

    private ResourceReadiness() {}

    /** True when the view says the satellite reported the resource. */
    static boolean isReported(JsonNode resource) {
        JsonNode state = resource.path("state");
        return state.path("in_use").isBoolean()
                || (state.isObject() && resource.path("layer_object").isObject());
    }

    /** Whether the resource is ready; empty when not reported. */
    static Optional<Boolean> ready(JsonNode resource) {
        if (!isReported(resource)) {
            return Optional.empty();
        }
        for (JsonNode volume : JsonViews.elements(resource.path("volumes"))) {
            String diskState = diskState(volume);
            if (!diskState.isEmpty() && !ACCESSIBLE.contains(diskState)) {
                return Optional.of(false);
            }
        }
        return Optional.of(true);
    }

    /** Whether the resource is in use (primary) on its node; false when reported without it, empty when not reported. */
    static Optional<Boolean> inUse(JsonNode resource) {
        return isReported(resource)
                ? Optional.of(resource.path("state").path("in_use").asBoolean(false))
                : Optional.empty();
    }

    /** A volume's disk state: {@code state.disk_state}, else its DRBD layer's; empty when neither says. */
    static String diskState(JsonNode volume) {
        String diskState = volume.path("state").path("disk_state").asText("");
        if (!diskState.isEmpty()) {
            return diskState;
        }
        for (JsonNode layer : JsonViews.elements(volume.path("layer_data_list"))) {
            if ("DRBD".equalsIgnoreCase(layer.path("type").asText())) {
                return layer.path("data").path("disk_state").asText("");
            }
        }
        return "";
    }
}

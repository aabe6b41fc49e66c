package io.linstorj.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Watches over REST on a controller without LinstorJ's watch streams: a fake answering as
 * LINBIT's controller answers (shared/reference/rest-examples-live) — 404 for the stream paths,
 * recorded resource views that change between polls — and the client's events the same as over
 * the client protocol. The views are recorded bodies; where one is edited, the test says how.
 */
class WatchOverRestPollingTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(20);

    /** LINBIT's answer to a path it does not serve (rest-examples 169), for {@code path}. */
    private static RestExample notServed(String path) {
        RestExample unknown = RestExample.of("169-unknown-path");
        return new RestExample(
                "404 " + path, "GET", path, MissingNode.getInstance(), 404, unknown.headers(), unknown.responseBody());
    }

    /** A recorded answer's body served as the view {@code path}. */
    private static RestExample view(String path, String name, JsonNode body) {
        RestExample recorded = RestExample.live("068-view-resources");
        try {
            return new RestExample(
                    name,
                    "GET",
                    path,
                    MissingNode.getInstance(),
                    200,
                    recorded.headers(),
                    MAPPER.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode body(String liveExample) {
        try {
            return MAPPER.readTree(RestExample.live(liveExample).responseBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Linstor connect(RecordedController controller) {
        return Linstor.builder()
                .controllers(controller.uri())
                .eventPollInterval(POLL)
                .connect();
    }

    @Test
    void pollingGivesOpenCloseNoConnectionAndCloseRemovedAsLinbitsViewsChange() {
        String path = "/v1/view/resources?resources=lostrd";
        // 185: lostrd on alpha (connected) and delta (its satellite lost: LINBIT leaves out "state").
        JsonNode lost = body("185-rsc-list-lostrd-delta-offline");
        // Before delta was lost: 185 with the empty state LINBIT gives every connected STORAGE resource.
        JsonNode connected = lost.deepCopy();
        ((ObjectNode) connected.get(1)).putObject("state");
        try (RecordedController controller = new RecordedController()
                        .serve(notServed("/v1/events/linstorj/resource-state?resource=lostrd"))
                        .serve(view(path, "both connected", connected))
                        .serve(view(path, "185 delta lost", lost))
                        .serve(view(path, "188 delta deleted", body("188-rsc-list-lostrd-after-lost")))
                        .serve(view(path, "all deleted", MAPPER.createArrayNode()));
                Linstor lin = connect(controller)) {
            List<String> events = new ArrayList<>();
            String end = lin.watchEvents(
                    Linstor::returnIfFailure,
                    (header, data) -> {
                        events.add(header.eventAction() + " " + header.eventName() + " " + header.nodeName()
                                + (data == null ? "" : " " + data));
                        return Consts.EVENT_STREAM_CLOSE_REMOVED.equals(header.eventAction())
                                ? header.nodeName()
                                : null;
                    },
                    ObjectIdentifier.builder().resourceName("lostrd").build(),
                    WAIT);

            assertThat(end).isEqualTo("alpha");
            assertThat(events)
                    .containsExactly(
                            "Open ResourceState alpha " + new ResourceState(true, false),
                            "Open ResourceState delta " + new ResourceState(true, false),
                            "CloseNoConnection ResourceState delta",
                            "CloseRemoved ResourceState alpha");
            assertThat(controller.calls())
                    .extracting(RecordedController.Received::path)
                    .contains("/v1/events/linstorj/resource-state?resource=lostrd", path);
        }
    }

    @Test
    void pollingFollowsDiskStatesAndTheResultKeepsTheHandlersType() {
        String path = "/v1/view/resources?nodes=alpha&resources=a2";
        // 068's a2 on alpha, with the DRBD disk state the spec's VolumeState carries: Inconsistent, then UpToDate.
        JsonNode a2 = body("068-view-resources").get(0);
        ArrayNode syncing = MAPPER.createArrayNode().add(withDiskState(a2, "Inconsistent"));
        ArrayNode synced = MAPPER.createArrayNode().add(withDiskState(a2, "UpToDate"));
        try (RecordedController controller = new RecordedController()
                        .serve(notServed("/v1/events/linstorj/volume-disk-state?node=alpha&resource=a2&volume=0"))
                        .serve(view(path, "syncing", syncing))
                        .serve(view(path, "synced", synced));
                Linstor lin = connect(controller)) {
            List<String> states = new ArrayList<>();
            EventHandler<String> vlmStateHandler = (header, data) -> {
                if (data instanceof VolumeDiskState state) {
                    states.add(header.eventAction() + " " + state.diskState());
                    return "UpToDate".equals(state.diskState()) ? "Done" : null;
                }
                return null;
            };

            String done = lin.watchEvents(
                    Linstor::returnIfFailure,
                    vlmStateHandler,
                    ObjectIdentifier.builder()
                            .nodeName("alpha")
                            .resourceName("a2")
                            .volumeNumber(0)
                            .build(),
                    WAIT);

            assertThat(done).isEqualTo("Done");
            assertThat(states).containsExactly("Open Inconsistent", "Value UpToDate");
        }
    }

    @Test
    void theFirstWatchFindsOutAndLaterWatchesPollAtOnce() {
        String path = "/v1/view/resources?resources=a2";
        JsonNode a2 = body("068-view-resources").get(0);
        try (RecordedController controller = new RecordedController()
                        .serve(notServed("/v1/events/linstorj/resource-state?resource=a2"))
                        .serve(view(
                                path, "a2 on alpha", MAPPER.createArrayNode().add(a2)));
                Linstor lin = connect(controller)) {
            ObjectIdentifier filter =
                    ObjectIdentifier.builder().resourceName("a2").build();
            EventHandler<String> open = (header, data) -> header.eventAction();

            assertThat(lin.watchEvents(Linstor::returnIfFailure, open, filter, WAIT))
                    .isEqualTo("Open");
            assertThat(lin.watchEvents(Linstor::returnIfFailure, open, filter, WAIT))
                    .isEqualTo("Open");

            assertThat(controller.calls())
                    .extracting(RecordedController.Received::path)
                    .filteredOn(called -> called.startsWith("/v1/events/linstorj/"))
                    .hasSize(1);
        }
    }

    @Test
    void aRefusedPollIsRaisedByReturnIfFailure() {
        try (RecordedController controller = new RecordedController()
                        .serve(notServed("/v1/events/linstorj/resource-state?node=nosuchnode"))
                        .serve(RestExample.live("076-view-resources-filter-missing-node"));
                Linstor lin = connect(controller)) {
            assertThatThrownBy(() -> lin.watchEvents(
                            Linstor::returnIfFailure,
                            (header, data) -> "never",
                            ObjectIdentifier.builder().nodeName("nosuchnode").build(),
                            WAIT))
                    .isInstanceOf(LinstorApiCallError.class)
                    .hasMessageContaining("not found");
        }
    }

    private static JsonNode withDiskState(JsonNode resource, String diskState) {
        ObjectNode copy = resource.deepCopy();
        ((ObjectNode) copy.get("volumes").get(0)).putObject("state").put("disk_state", diskState);
        return copy;
    }
}

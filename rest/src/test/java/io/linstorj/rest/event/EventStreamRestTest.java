package io.linstorj.rest.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.event.EventHub;
import io.linstorj.controller.event.EventValue;
import io.linstorj.controller.event.StreamKey;
import io.linstorj.rest.RestAdapter;
import io.linstorj.rest.RestConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SSE streams over real sockets against an in-process controller; the hub is fed directly. */
class EventStreamRestTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int MAX_PENDING = 16;

    @TempDir
    Path dataDir;

    private Controller controller;
    private URI base;
    private EventHub hub;

    @BeforeEach
    void start() {
        RestConfig rest = RestConfig.defaults()
                .withListen("127.0.0.1", 0)
                .withEvents(new EventStreamLimits(MAX_PENDING, Duration.ofMillis(200), Duration.ofMillis(100)));
        controller = Controller.start(ControllerConfig.defaults(dataDir)
                .withListen("127.0.0.1", 0)
                .withAdapters(List.of(new RestAdapter(rest))));
        base = controller.adapters().get(0).uri();
        hub = controller.events();
    }

    @AfterEach
    void stop() {
        controller.close();
    }

    @Test
    void volumeDiskStateStreamSendsOpenValueAndClose() throws Exception {
        hub.update(StreamKey.volumeDiskState("alpha", "r1", 0), new EventValue.DiskState("Inconsistent"));
        hub.update(StreamKey.volumeDiskState("alpha", "other", 0), new EventValue.DiskState("UpToDate"));
        hub.update(StreamKey.resourceState("alpha", "r1"), new EventValue.ResourceState(true, false));
        try (SseClient sse = SseClient.open(base, "/v1/events/linstorj/volume-disk-state?resource=r1", true)) {
            assertThat(sse.headers())
                    .contains("HTTP/1.1 200 OK", "content-type: text/event-stream", "transfer-encoding: chunked");
            assertThat(sse.next(WAIT))
                    .isEqualTo(
                            new SseClient.Event(
                                    "Open",
                                    "{\"node_name\":\"alpha\",\"resource_name\":\"r1\",\"volume_number\":0,\"disk_state\":\"Inconsistent\"}"));

            hub.update(StreamKey.volumeDiskState("alpha", "r1", 0), new EventValue.DiskState("UpToDate"));
            assertThat(sse.next(WAIT))
                    .isEqualTo(
                            new SseClient.Event(
                                    "Value",
                                    "{\"node_name\":\"alpha\",\"resource_name\":\"r1\",\"volume_number\":0,\"disk_state\":\"UpToDate\"}"));

            hub.connectionLost("alpha");
            assertThat(sse.next(WAIT))
                    .isEqualTo(new SseClient.Event(
                            "CloseNoConnection",
                            "{\"node_name\":\"alpha\",\"resource_name\":\"r1\",\"volume_number\":0}"));
        }
    }

    @Test
    void resourceStateStreamFiltersByNodeAndReportsRemoval() throws Exception {
        hub.update(StreamKey.resourceState("alpha", "r1"), new EventValue.ResourceState(true, false));
        hub.update(StreamKey.resourceState("bravo", "r1"), new EventValue.ResourceState(false, false));
        try (SseClient sse = SseClient.open(base, "/v1/events/linstorj/resource-state?node=bravo", true)) {
            assertThat(sse.next(WAIT))
                    .isEqualTo(
                            new SseClient.Event(
                                    "Open",
                                    "{\"node_name\":\"bravo\",\"resource_name\":\"r1\",\"ready\":false,\"in_use\":false,\"reports\":[]}"));
            hub.removed(StreamKey.resourceState("alpha", "r1"));
            hub.removed(StreamKey.resourceState("bravo", "r1"));
            assertThat(sse.next(WAIT))
                    .isEqualTo(
                            new SseClient.Event("CloseRemoved", "{\"node_name\":\"bravo\",\"resource_name\":\"r1\"}"));
        }
    }

    @Test
    void promotionStreamSendsMayPromoteChanges() throws Exception {
        try (SseClient sse = SseClient.open(base, "/v1/events/drbd/promotion", true)) {
            hub.update(StreamKey.resourceState("alpha", "r1"), new EventValue.ResourceState(true, false));
            assertThat(sse.next(WAIT))
                    .isEqualTo(new SseClient.Event(
                            "may-promote-change",
                            "{\"resource_name\":\"r1\",\"node_name\":\"alpha\",\"may_promote\":true}"));
            hub.update(StreamKey.resourceState("alpha", "r1"), new EventValue.ResourceState(true, true));
            assertThat(sse.next(WAIT))
                    .isEqualTo(new SseClient.Event(
                            "may-promote-change",
                            "{\"resource_name\":\"r1\",\"node_name\":\"alpha\",\"may_promote\":false}"));
        }
    }

    @Test
    void nodeStreamReportsCreateModifyAndDelete() throws Exception {
        try (SseClient sse = SseClient.open(base, "/v1/events/nodes", true)) {
            assertThat(sse.headers()).contains("HTTP/1.1 200 OK", "content-type: text/event-stream");
            send(
                    "POST",
                    "/v1/nodes",
                    "{\"name\":\"delta\",\"type\":\"SATELLITE\",\"net_interfaces\":"
                            + "[{\"name\":\"default\",\"address\":\"127.0.0.14\",\"satellite_port\":3366}]}");
            SseClient.Event created = sse.next(WAIT);
            assertThat(created.event()).isEqualTo("node-create");
            assertThat(created.data())
                    .startsWith("{\"node\":{\"name\":\"delta\"")
                    .contains("\"connection_status\"");

            send("PUT", "/v1/nodes/delta", "{\"override_props\":{\"Aux/site\":\"d\"}}");
            SseClient.Event modified = sse.next(WAIT);
            assertThat(modified.event()).isEqualTo("node-modified");
            assertThat(modified.data())
                    .startsWith("{\"old_node\":{\"name\":\"delta\"")
                    .contains("\"new_node\":")
                    .contains("\"Aux/site\":\"d\"");

            send("DELETE", "/v1/nodes/delta", null);
            SseClient.Event deleted = sse.next(WAIT);
            assertThat(deleted.event()).isEqualTo("node-delete");
            assertThat(deleted.data()).startsWith("{\"node\":{\"name\":\"delta\"");
        }
    }

    @Test
    void keepAliveCommentsFlowWhileNothingHappens() throws Exception {
        try (SseClient sse = SseClient.open(base, "/v1/events/linstorj/resource-state", true)) {
            assertThat(sse.nextIncludingComments(WAIT)).isEqualTo(new SseClient.Event(":", "keep-alive"));
            assertThat(sse.nextIncludingComments(WAIT)).isEqualTo(new SseClient.Event(":", "keep-alive"));
        }
    }

    @Test
    void stalledReaderIsDroppedWithoutHoldingUpAnother() throws Exception {
        String padding = "x".repeat(2000);
        int count = 3000 / (MAX_PENDING / 2) * (MAX_PENDING / 2);
        try (SseClient stalled = SseClient.open(base, "/v1/events/linstorj/volume-disk-state", false);
                SseClient reader = SseClient.open(base, "/v1/events/linstorj/volume-disk-state", true)) {
            hub.update(StreamKey.volumeDiskState("alpha", "r1", 0), new EventValue.DiskState("start"));
            assertThat(reader.next(WAIT).event()).isEqualTo("Open");
            // The reader keeps pace, as with a live cluster's rate of change: batches below its bound.
            int batch = MAX_PENDING / 2;
            for (int first = 0; first < count; first += batch) {
                for (int i = first; i < first + batch; i++) {
                    hub.update(StreamKey.volumeDiskState("alpha", "r1", 0), new EventValue.DiskState(i + padding));
                }
                for (int i = first; i < first + batch; i++) {
                    SseClient.Event event = reader.next(WAIT);
                    assertThat(event).as("event %d", i).isNotNull();
                    assertThat(event.event()).isEqualTo("Value");
                    assertThat(event.data()).contains("\"disk_state\":\"" + i + "x");
                }
            }

            stalled.startReading();
            // Everything the stalled client is sent has been read once its stream ended; a pause
            // between two events on a loaded machine does not cut the drain short.
            await().atMost(WAIT).until(stalled::ended);
            SseClient.Event last = null;
            for (SseClient.Event event = stalled.next(Duration.ZERO);
                    event != null;
                    event = stalled.next(Duration.ZERO)) {
                last = event;
            }
            assertThat(last).isNotNull();
            assertThat(last.event()).isEqualTo("Overflow");
        }
    }

    @Test
    void snapshotStreamSendsTheStagesOfTheNamedSnapshotAndItsRemoval() throws Exception {
        hub.update(StreamKey.snapshotDeployment("r1", "other"), new EventValue.SnapshotDeployment("Taking", List.of()));
        hub.update(
                StreamKey.snapshotDeployment("r1", "s1"), new EventValue.SnapshotDeployment("Suspending", List.of()));
        try (SseClient sse =
                SseClient.open(base, "/v1/events/linstorj/snapshot-deployment?resource=r1&snapshot=s1", true)) {
            assertThat(sse.next(WAIT))
                    .isEqualTo(
                            new SseClient.Event(
                                    "Open",
                                    "{\"resource_name\":\"r1\",\"snapshot_name\":\"s1\",\"state\":\"Suspending\",\"reports\":[]}"));

            hub.update(
                    StreamKey.snapshotDeployment("r1", "s1"),
                    new EventValue.SnapshotDeployment(
                            "Failed",
                            List.of(ApiCallRc.of(
                                    RetCodes.FAIL_UNKNOWN_ERROR | RetCodes.MASK_SNAPSHOT,
                                    "Node 'bravo' went OFFLINE."))));
            SseClient.Event failed = sse.next(WAIT);
            assertThat(failed.event()).isEqualTo("Value");
            assertThat(failed.data())
                    .startsWith("{\"resource_name\":\"r1\",\"snapshot_name\":\"s1\",\"state\":\"Failed\"")
                    .contains("\"message\":\"Node 'bravo' went OFFLINE.\"");

            hub.removed(StreamKey.snapshotDeployment("r1", "s1"));
            assertThat(sse.next(WAIT))
                    .isEqualTo(
                            new SseClient.Event("CloseRemoved", "{\"resource_name\":\"r1\",\"snapshot_name\":\"s1\"}"));
        }
    }

    @Test
    void aSnapshotStreamWithoutASnapshotOrWithANodeOrVolumeIsRefused() throws Exception {
        HttpResponse<String> noSnapshot = send("GET", "/v1/events/linstorj/snapshot-deployment?resource=r1", null);
        assertThat(noSnapshot.statusCode()).isEqualTo(400);
        assertThat(noSnapshot.body()).contains("'snapshot' is required");
        assertThat(send("GET", "/v1/events/linstorj/snapshot-deployment?snapshot=s1&node=alpha", null)
                        .statusCode())
                .isEqualTo(400);
        assertThat(send("GET", "/v1/events/linstorj/snapshot-deployment?snapshot=s1&volume=0", null)
                        .statusCode())
                .isEqualTo(400);
        assertThat(send("GET", "/v1/events/linstorj/snapshot-deployment?snapshot=s1&colour=red", null)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void badVolumeNumberIsRefused() throws Exception {
        HttpResponse<String> answer = send("GET", "/v1/events/linstorj/volume-disk-state?volume=x", null);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Volume number 'x'");
        assertThat(send("GET", "/v1/events/linstorj/resource-state?colour=red", null)
                        .statusCode())
                .isEqualTo(400);
    }

    private HttpResponse<String> send(String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(WAIT)
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

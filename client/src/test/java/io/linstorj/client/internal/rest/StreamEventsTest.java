package io.linstorj.client.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.linstorj.client.Consts;
import io.linstorj.client.EventHeader;
import io.linstorj.client.SnapshotState;
import org.junit.jupiter.api.Test;

/** The snapshot stream's events read as the client protocol's SnapshotDeployment events. */
class StreamEventsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }

    @Test
    void aSnapshotEventNamesItsSnapshotAndNoNodeAndCarriesItsStateAndReasons() throws Exception {
        JsonNode data = json("{\"resource_name\":\"r1\",\"snapshot_name\":\"s1\",\"state\":\"Failed\","
                + "\"reports\":[{\"ret_code\":-4611686018427387904,\"message\":\"Node 'bravo' went OFFLINE.\"}]}");

        EventHeader header = StreamEvents.header(7, Consts.EVENT_SNAPSHOT_DEPLOYMENT, "Value", data);

        assertThat(header)
                .isEqualTo(new EventHeader(7, "Value", Consts.EVENT_SNAPSHOT_DEPLOYMENT, "", "r1", null, "s1"));
        assertThat(StreamEvents.data(Consts.EVENT_SNAPSHOT_DEPLOYMENT, "Value", data))
                .isInstanceOfSatisfying(SnapshotState.class, state -> {
                    assertThat(state.state()).isEqualTo(SnapshotState.FAILED);
                    assertThat(state.isFinal()).isTrue();
                    assertThat(state.reports()).singleElement().satisfies(report -> {
                        assertThat(report.isError()).isTrue();
                        assertThat(report.message()).isEqualTo("Node 'bravo' went OFFLINE.");
                    });
                });
    }

    @Test
    void aRemovedSnapshotsEventHasNoData() throws Exception {
        JsonNode data = json("{\"resource_name\":\"r1\",\"snapshot_name\":\"s1\"}");

        assertThat(StreamEvents.data(Consts.EVENT_SNAPSHOT_DEPLOYMENT, Consts.EVENT_STREAM_CLOSE_REMOVED, data))
                .isNull();
        assertThat(StreamEvents.header(1, Consts.EVENT_SNAPSHOT_DEPLOYMENT, Consts.EVENT_STREAM_CLOSE_REMOVED, data)
                        .snapshotName())
                .isEqualTo("s1");
    }

    @Test
    void aResourceEventHasNoSnapshotName() throws Exception {
        JsonNode data = json("{\"node_name\":\"alpha\",\"resource_name\":\"r1\",\"ready\":true,\"in_use\":false}");

        assertThat(StreamEvents.header(1, Consts.EVENT_RESOURCE_STATE, "Open", data)
                        .snapshotName())
                .isEmpty();
    }
}

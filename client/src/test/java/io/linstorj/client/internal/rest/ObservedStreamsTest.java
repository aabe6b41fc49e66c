package io.linstorj.client.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.linstorj.client.ObjectIdentifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The events between two polled views, in memory: what a polled watch delivers. */
class ObservedStreamsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectIdentifier ALL = ObjectIdentifier.all();

    private static JsonNode view(String json) throws Exception {
        return MAPPER.readTree(json.replace('\'', '"'));
    }

    private static List<String> events(ObservedStreams before, ObservedStreams after) {
        return after.since(before).stream()
                .map(change -> change.action() + " " + change.key().eventName() + " "
                        + change.key().nodeName()
                        + (change.key().volumeNumber() == null
                                ? ""
                                : "/" + change.key().volumeNumber())
                        + (change.data() == null ? "" : " " + change.data()))
                .toList();
    }

    @Test
    void aChangedDiskStateIsAValueAndAnUnchangedOneNothing() throws Exception {
        ObservedStreams syncing = ObservedStreams.of(
                view("[{'name':'r1','node_name':'alpha','state':{'in_use':false},"
                        + "'volumes':[{'volume_number':0,'state':{'disk_state':'Inconsistent'}}]}]"),
                ALL);
        ObservedStreams synced = ObservedStreams.of(
                view("[{'name':'r1','node_name':'alpha','state':{'in_use':false},"
                        + "'volumes':[{'volume_number':0,'state':{'disk_state':'UpToDate'}}]}]"),
                ALL);

        assertThat(events(ObservedStreams.none(), syncing))
                .containsExactly(
                        "Open ResourceState alpha ResourceState[ready=false, inUse=false, reports=[]]",
                        "Open VlmDiskState alpha/0 VolumeDiskState[diskState=Inconsistent]");
        assertThat(events(syncing, synced))
                .containsExactly(
                        "Value ResourceState alpha ResourceState[ready=true, inUse=false, reports=[]]",
                        "Value VlmDiskState alpha/0 VolumeDiskState[diskState=UpToDate]");
        assertThat(events(synced, synced)).isEmpty();
    }

    @Test
    void aLostStateClosesWithoutConnectionOnceAndARemovalAfterThatIsSilent() throws Exception {
        ObservedStreams connected = ObservedStreams.of(
                view("[{'name':'r1','node_name':'alpha','state':{'in_use':true},"
                        + "'volumes':[{'volume_number':0,'state':{'disk_state':'UpToDate'}}]}]"),
                ALL);
        ObservedStreams lost =
                ObservedStreams.of(view("[{'name':'r1','node_name':'alpha','volumes':[{'volume_number':0}]}]"), ALL);

        assertThat(events(connected, lost))
                .containsExactly("CloseNoConnection ResourceState alpha", "CloseNoConnection VlmDiskState alpha/0");
        assertThat(events(lost, lost)).isEmpty();
        assertThat(events(lost, ObservedStreams.of(view("[]"), ALL))).isEmpty();
        assertThat(events(connected, ObservedStreams.of(view("[]"), ALL)))
                .containsExactly("CloseRemoved ResourceState alpha", "CloseRemoved VlmDiskState alpha/0");
    }

    @Test
    void theFilterMatchesNamesCaseInsensitivelyAndASnapshotFilterMatchesNothing() throws Exception {
        JsonNode view = view("[{'name':'R1','node_name':'Alpha','state':{'in_use':false},'volumes':[]},"
                + "{'name':'r2','node_name':'alpha','state':{'in_use':false},'volumes':[]}]");

        assertThat(events(
                        ObservedStreams.none(),
                        ObservedStreams.of(
                                view,
                                ObjectIdentifier.builder()
                                        .resourceName("r1")
                                        .nodeName("alpha")
                                        .build())))
                .hasSize(1);
        assertThat(events(
                        ObservedStreams.none(),
                        ObservedStreams.of(
                                view,
                                ObjectIdentifier.builder()
                                        .resourceName("r1")
                                        .snapshotName("s1")
                                        .build())))
                .isEmpty();
    }
}

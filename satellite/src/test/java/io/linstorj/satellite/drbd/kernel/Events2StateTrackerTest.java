package io.linstorj.satellite.drbd.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.satellite.drbd.ConnectionState;
import io.linstorj.satellite.drbd.DiskState;
import io.linstorj.satellite.drbd.DrbdResourceState;
import io.linstorj.satellite.drbd.DrbdRole;
import io.linstorj.satellite.drbd.DrbdStateListeners;
import io.linstorj.satellite.drbd.DrbdVolumeState;
import io.linstorj.satellite.drbd.RecordingStateListener;
import io.linstorj.satellite.drbd.ReplicationState;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class Events2StateTrackerTest {
    private final RecordingStateListener listener = new RecordingStateListener();
    private final Events2StateTracker tracker = tracker(listener);
    private final Events2Parser parser = new Events2Parser();

    private static Events2StateTracker tracker(RecordingStateListener listener) {
        DrbdStateListeners listeners = new DrbdStateListeners();
        listeners.add(listener);
        return new Events2StateTracker(listeners);
    }

    private void feed(List<String> lines) {
        lines.forEach(line -> parser.parse(line).ifPresent(tracker::apply));
    }

    private void feedUntilInitialDumpEnds(List<String> lines) {
        feed(lines.subList(0, lines.indexOf("exists -") + 1));
    }

    @Test
    void theInitialDumpIsReportedOncePerResourceWhenItEnds() {
        List<String> lines = Events2Recordings.lines("events2-sync-on-alpha.txt");
        feed(lines.subList(0, lines.indexOf("exists -")));
        assertThat(listener.events()).isEmpty();

        feed(List.of("exists -"));

        assertThat(listener.events())
                .extracting(event -> ((DrbdResourceState) event).name())
                .containsExactly("rsc1", "rsc2");
    }

    @Test
    void aResyncInProgressShowsAsInconsistentSyncTargetWithProgress() {
        feedUntilInitialDumpEnds(Events2Recordings.lines("events2-sync-on-alpha.txt"));

        DrbdResourceState rsc1 = tracker.states().get("rsc1");
        assertThat(rsc1.role()).isEqualTo(DrbdRole.SECONDARY);
        assertThat(rsc1.inUse()).isFalse();
        DrbdVolumeState volume = rsc1.volume(0).orElseThrow();
        assertThat(volume.minor()).isEqualTo(1000);
        assertThat(volume.diskState()).isEqualTo(DiskState.INCONSISTENT);
        assertThat(volume.replicationState()).isEqualTo(ReplicationState.SYNC_TARGET);
        assertThat(volume.syncDonePercent()).isEqualTo(OptionalDouble.of(45.12));
        assertThat(volume.peers().get(1).peerName()).isEqualTo("bravo");
        assertThat(volume.peers().get(1).peerDiskState()).isEqualTo(DiskState.UP_TO_DATE);
        assertThat(volume.peers().get(2).replication()).isEqualTo(ReplicationState.OFF);
        assertThat(rsc1.connections().get(1).connection()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(rsc1.connections().get(2).connection()).isEqualTo(ConnectionState.CONNECTING);
        assertThat(rsc1.connections().get(2).peerName()).isEqualTo("charlie");

        DrbdResourceState rsc2 = tracker.states().get("rsc2");
        assertThat(rsc2.inUse()).isTrue();
        assertThat(rsc2.volume(0).orElseThrow().diskState()).isEqualTo(DiskState.DISKLESS);
    }

    @Test
    void changesAfterTheDumpAreReportedOneByOneUntilUpToDateAndPrimary() {
        feed(Events2Recordings.lines("events2-sync-on-alpha.txt"));

        List<DrbdResourceState> states = listener.statesOf("rsc1");
        assertThat(states)
                .extracting(state -> state.volume(0).orElseThrow().syncDonePercent())
                .contains(OptionalDouble.of(45.12), OptionalDouble.of(80.0));
        DrbdResourceState last = states.get(states.size() - 1);
        DrbdVolumeState volume = last.volume(0).orElseThrow();
        assertThat(volume.diskState()).isEqualTo(DiskState.UP_TO_DATE);
        assertThat(volume.replicationState()).isEqualTo(ReplicationState.ESTABLISHED);
        assertThat(volume.syncDonePercent()).isEmpty();
        assertThat(last.connections().get(2).connection()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(last.connections().get(2).peerRole()).isEqualTo(DrbdRole.SECONDARY);
        assertThat(last.inUse()).isTrue();
        assertThat(tracker.states().get("rsc1")).isEqualTo(last);
    }

    @Test
    void aCreatedResourceIsFollowedUntilItIsDestroyed() {
        List<String> lines = Events2Recordings.lines("events2-create-and-destroy-on-bravo.txt");
        feed(lines.subList(0, lines.size() - 8));

        DrbdResourceState connected = tracker.states().get("rsc3");
        assertThat(connected.volume(0).orElseThrow().diskState()).isEqualTo(DiskState.DISKLESS);
        assertThat(connected.volume(0).orElseThrow().peers().get(0).peerDiskState())
                .isEqualTo(DiskState.UP_TO_DATE);
        assertThat(connected.volume(0).orElseThrow().replicationState()).isEqualTo(ReplicationState.ESTABLISHED);
        assertThat(connected.connections().get(0).connection()).isEqualTo(ConnectionState.CONNECTED);

        feed(lines.subList(lines.size() - 8, lines.size()));

        assertThat(tracker.states()).isEmpty();
        assertThat(listener.events()).last().isEqualTo("removed rsc3");
        assertThat(listener.statesOf("rsc3"))
                .extracting(state -> state.connections().isEmpty())
                .contains(true);
    }

    @Test
    void aRestartedStreamForgetsResourcesItsDumpNoLongerShows() {
        feedUntilInitialDumpEnds(Events2Recordings.lines("events2-sync-on-alpha.txt"));
        listener.clear();

        tracker.streamStarted();
        feed(List.of("exists resource name:rsc2 role:Secondary", "exists -"));

        assertThat(tracker.states()).containsOnlyKeys("rsc2");
        assertThat(listener.events()).hasSize(2).contains("removed rsc1");
        assertThat(listener.lastStateOf("rsc2").orElseThrow().role()).isEqualTo(DrbdRole.SECONDARY);
    }

    @Test
    void malformedLinesLeaveTheRestOfTheStreamIntact() {
        feed(Events2Recordings.lines("events2-malformed.txt"));

        DrbdResourceState rsc1 = tracker.states().get("rsc1");
        assertThat(rsc1.role()).isEqualTo(DrbdRole.PRIMARY);
        assertThat(rsc1.volume(0).orElseThrow().diskState()).isEqualTo(DiskState.DUNKNOWN);
        assertThat(rsc1.volume(0).orElseThrow().replicationState()).isEqualTo(ReplicationState.SYNC_TARGET);
    }

    @Test
    void destroyingSomethingUnknownChangesNothing() {
        feed(List.of(
                "exists -",
                "destroy connection name:ghost peer-node-id:1 conn-name:bravo",
                "destroy resource name:ghost"));

        assertThat(tracker.states()).isEmpty();
        assertThat(listener.events()).isEmpty();
    }
}

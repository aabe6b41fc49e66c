package io.linstorj.controller.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.MessageLite;
import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.event.EventAction;
import io.linstorj.controller.event.EventValue;
import io.linstorj.controller.event.StreamKey;
import io.linstorj.controller.event.WatchEvent;
import io.linstorj.protocol.linstor.EventSnapshotState;
import io.linstorj.protocol.linstor.EventVlmDiskState;
import io.linstorj.protocol.linstor.MsgEvent;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SessionEventSinkTest {
    /** A session whose writes complete only when the test says so, like a client that stopped reading. */
    private static final class StalledSession implements ClientSession {
        final List<List<? extends MessageLite>> pushed = new ArrayList<>();
        final List<CompletableFuture<Void>> writes = new ArrayList<>();

        @Override
        public String id() {
            return "stalled";
        }

        @Override
        public SocketAddress remoteAddress() {
            return new InetSocketAddress("127.0.0.1", 40000);
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public CompletableFuture<Void> push(String msgContent, List<? extends MessageLite> bodies) {
            pushed.add(bodies);
            CompletableFuture<Void> write = new CompletableFuture<>();
            writes.add(write);
            return write;
        }

        @Override
        public void onClose(Runnable action) {}
    }

    private static WatchEvent event(int i) {
        return new WatchEvent(
                3,
                EventAction.VALUE,
                StreamKey.volumeDiskState("alpha", "rsc" + i, 0),
                new EventValue.DiskState("UpToDate"));
    }

    @Test
    void eventBecomesAnEventHeaderFollowedByItsData() {
        StalledSession session = new StalledSession();
        SessionEventSink sink = new SessionEventSink(session, 10);

        assertThat(sink.offer(event(1))).isTrue();

        List<? extends MessageLite> frame = session.pushed.get(0);
        MsgEvent header = (MsgEvent) frame.get(0);
        assertThat(header.getWatchId()).isEqualTo(3);
        assertThat(header.getEventAction()).isEqualTo("Value");
        assertThat(header.getEventName()).isEqualTo("VlmDiskState");
        assertThat(header.getResourceName()).isEqualTo("rsc1");
        assertThat(header.getVolumeNumber()).isZero();
        assertThat(((EventVlmDiskState) frame.get(1)).getDiskState()).isEqualTo("UpToDate");
    }

    @Test
    void sessionThatStopsReadingIsRefusedEventsPastItsBufferUntilWritesDrain() {
        StalledSession session = new StalledSession();
        SessionEventSink sink = new SessionEventSink(session, 3);

        assertThat(sink.offer(event(1))).isTrue();
        assertThat(sink.offer(event(2))).isTrue();
        assertThat(sink.offer(event(3))).isTrue();
        assertThat(sink.offer(event(4))).isFalse();

        session.writes.get(0).complete(null);
        assertThat(sink.offer(event(5))).isTrue();
        assertThat(session.pushed).hasSize(4);
    }

    @Test
    void overflowTellsTheClientWhichWatchEnded() {
        StalledSession session = new StalledSession();
        SessionEventSink sink = new SessionEventSink(session, 3);

        sink.overflowed(3, "watch 3 fell behind");

        MsgEvent overflow = (MsgEvent) session.pushed.get(0).get(0);
        assertThat(overflow.getWatchId()).isEqualTo(3);
        assertThat(overflow.getEventAction()).isEqualTo("Overflow");
    }

    @Test
    void aSnapshotEventHasNoNodeNameAndCarriesItsState() {
        StalledSession session = new StalledSession();
        SessionEventSink sink = new SessionEventSink(session, 10);
        ApiCallRc why = ApiCallRc.of(RetCodes.FAIL_SNAPSHOTS_NOT_SUPPORTED, "Node 'alpha' cannot take it.");

        assertThat(sink.understands(StreamKey.SNAPSHOT_DEPLOYMENT)).isTrue();
        assertThat(sink.offer(new WatchEvent(
                        4,
                        EventAction.VALUE,
                        StreamKey.snapshotDeployment("rsc1", "s1"),
                        new EventValue.SnapshotDeployment(EventValue.SnapshotDeployment.FAILED, List.of(why)))))
                .isTrue();

        List<? extends MessageLite> frame = session.pushed.get(0);
        MsgEvent header = (MsgEvent) frame.get(0);
        assertThat(header.getEventName()).isEqualTo("SnapshotDeployment");
        assertThat(header.hasNodeName()).isFalse();
        assertThat(header.getResourceName()).isEqualTo("rsc1");
        assertThat(header.getSnapshotName()).isEqualTo("s1");
        assertThat(header.hasVolumeNumber()).isFalse();
        EventSnapshotState state = (EventSnapshotState) frame.get(1);
        assertThat(state.getState()).isEqualTo("Failed");
        assertThat(state.getReports(0).getRetCode()).isEqualTo(RetCodes.FAIL_SNAPSHOTS_NOT_SUPPORTED);
    }

    @Test
    void theSinkOfWatchesWithoutSnapshotEventsTakesNoSnapshotStreams() {
        SessionEventSink sink = new SessionEventSink(new StalledSession(), 10);

        assertThat(sink.withoutSnapshotEvents().understands(StreamKey.SNAPSHOT_DEPLOYMENT))
                .isFalse();
        assertThat(sink.withoutSnapshotEvents().understands(StreamKey.RESOURCE_STATE))
                .isTrue();
        assertThat(sink.withoutSnapshotEvents().understands(StreamKey.VOLUME_DISK_STATE))
                .isTrue();
    }

    @Test
    void bothSinksOfASessionCountAgainstItsOneBuffer() {
        StalledSession session = new StalledSession();
        SessionEventSink sink = new SessionEventSink(session, 2);

        assertThat(sink.offer(event(1))).isTrue();
        assertThat(sink.withoutSnapshotEvents().offer(event(2))).isTrue();
        assertThat(sink.withoutSnapshotEvents().offer(event(3))).isFalse();
        assertThat(sink.offer(event(4))).isFalse();
        assertThat(session.pushed).hasSize(2);
    }
}

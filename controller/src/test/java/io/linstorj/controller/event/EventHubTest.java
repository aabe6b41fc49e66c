package io.linstorj.controller.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventHubTest {
    private final EventHub hub = new EventHub();

    @AfterEach
    void stop() {
        hub.close();
    }

    /** A sink that records what it receives, with an optional capacity. */
    private static final class RecordingSink implements EventSink {
        final List<WatchEvent> events = new CopyOnWriteArrayList<>();
        final List<String> overflows = new CopyOnWriteArrayList<>();
        private final int capacity;

        RecordingSink(int capacity) {
            this.capacity = capacity;
        }

        RecordingSink() {
            this(Integer.MAX_VALUE);
        }

        @Override
        public boolean offer(WatchEvent event) {
            if (events.size() >= capacity) {
                return false;
            }
            events.add(event);
            return true;
        }

        @Override
        public void overflowed(int watchId, String reason) {
            overflows.add(reason);
        }

        List<String> actions() {
            List<String> out = new ArrayList<>();
            for (WatchEvent e : events) {
                out.add(e.action().wireName() + " " + e.stream().nodeName() + "/"
                        + e.stream().resourceName()
                        + (e.stream().volumeNumber() == null
                                ? ""
                                : "/" + e.stream().volumeNumber())
                        + (e.value() == null ? "" : " " + e.value()));
            }
            return out;
        }
    }

    private static EventValue disk(String state) {
        return new EventValue.DiskState(state);
    }

    @Test
    void newWatchGetsOpenWithTheCurrentValueOfEveryMatchingStream() {
        hub.update(StreamKey.volumeDiskState("alpha", "rsc1", 0), disk("UpToDate"));
        hub.update(StreamKey.volumeDiskState("alpha", "rsc2", 0), disk("Inconsistent"));
        RecordingSink sink = new RecordingSink();
        hub.watch(1, new WatchFilter(null, "rsc1", null, null), sink);
        hub.flush();
        assertThat(sink.actions()).containsExactly("Open alpha/rsc1/0 DiskState[diskState=UpToDate]");
    }

    @Test
    void changedValueIsDeliveredOnceAndUnchangedValueNotAtAll() {
        RecordingSink sink = new RecordingSink();
        hub.watch(1, WatchFilter.all(), sink);
        StreamKey key = StreamKey.volumeDiskState("alpha", "rsc1", 0);
        hub.update(key, disk("Inconsistent"));
        hub.update(key, disk("Inconsistent"));
        hub.update(key, disk("UpToDate"));
        hub.update(key, disk("UpToDate"));
        hub.flush();
        assertThat(sink.actions())
                .containsExactly(
                        "Open alpha/rsc1/0 DiskState[diskState=Inconsistent]",
                        "Value alpha/rsc1/0 DiskState[diskState=UpToDate]");
    }

    @Test
    void lostConnectionClosesEveryStreamOfThatNodeOnlyAndTheyOpenAgainLater() {
        RecordingSink sink = new RecordingSink();
        hub.update(StreamKey.volumeDiskState("alpha", "rsc1", 0), disk("UpToDate"));
        hub.update(StreamKey.resourceState("alpha", "rsc1"), new EventValue.ResourceState(true, false));
        hub.update(StreamKey.volumeDiskState("bravo", "rsc1", 0), disk("UpToDate"));
        hub.watch(1, WatchFilter.all(), sink);
        hub.flush();
        sink.events.clear();

        hub.connectionLost("alpha");
        hub.update(StreamKey.volumeDiskState("alpha", "rsc1", 0), disk("UpToDate"));
        hub.flush();

        assertThat(sink.actions())
                .containsExactlyInAnyOrder(
                        "CloseNoConnection alpha/rsc1/0",
                        "CloseNoConnection alpha/rsc1",
                        "Open alpha/rsc1/0 DiskState[diskState=UpToDate]");
        assertThat(sink.actions().get(2)).startsWith("Open");
    }

    @Test
    void removedObjectClosesItsStreamsWithCloseRemoved() {
        RecordingSink sink = new RecordingSink();
        hub.watch(1, WatchFilter.all(), sink);
        hub.update(StreamKey.volumeDiskState("alpha", "rsc1", 0), disk("UpToDate"));
        hub.update(StreamKey.volumeDiskState("alpha", "rsc2", 0), disk("UpToDate"));
        hub.removed(key -> key.resourceName().equals("rsc1"));
        hub.flush();
        assertThat(sink.actions())
                .containsExactly(
                        "Open alpha/rsc1/0 DiskState[diskState=UpToDate]",
                        "Open alpha/rsc2/0 DiskState[diskState=UpToDate]",
                        "CloseRemoved alpha/rsc1/0");
    }

    @Test
    void filtersDeliverExactlyTheMatchingStreams() {
        RecordingSink byNode = new RecordingSink();
        RecordingSink byVolume = new RecordingSink();
        RecordingSink bySnapshot = new RecordingSink();
        hub.watch(1, new WatchFilter("bravo", null, null, null), byNode);
        hub.watch(2, new WatchFilter(null, "rsc1", 1, null), byVolume);
        hub.watch(3, new WatchFilter(null, null, null, "snap"), bySnapshot);
        hub.update(StreamKey.volumeDiskState("alpha", "rsc1", 0), disk("UpToDate"));
        hub.update(StreamKey.volumeDiskState("alpha", "rsc1", 1), disk("UpToDate"));
        hub.update(StreamKey.volumeDiskState("bravo", "rsc1", 1), disk("Diskless"));
        hub.update(StreamKey.resourceState("bravo", "rsc1"), new EventValue.ResourceState(true, false));
        hub.flush();
        assertThat(byNode.actions())
                .containsExactly(
                        "Open bravo/rsc1/1 DiskState[diskState=Diskless]",
                        "Open bravo/rsc1 ResourceState[ready=true, inUse=false, reports=[]]");
        assertThat(byVolume.actions())
                .containsExactly(
                        "Open alpha/rsc1/1 DiskState[diskState=UpToDate]",
                        "Open bravo/rsc1/1 DiskState[diskState=Diskless]");
        assertThat(bySnapshot.actions()).isEmpty();
    }

    @Test
    void sinkThatFallsBehindLosesItsWatchWhileOthersKeepReceiving() {
        RecordingSink stalled = new RecordingSink(1);
        RecordingSink healthy = new RecordingSink();
        hub.watch(1, WatchFilter.all(), stalled);
        hub.watch(2, WatchFilter.all(), healthy);
        for (int i = 0; i < 5; i++) {
            hub.update(StreamKey.volumeDiskState("alpha", "rsc" + i, 0), disk("UpToDate"));
        }
        hub.flush();
        assertThat(stalled.events).hasSize(1);
        assertThat(stalled.overflows).singleElement().asString().contains("fell behind");
        assertThat(healthy.events).hasSize(5);
    }

    @Test
    void unwatchStopsDelivery() {
        RecordingSink sink = new RecordingSink();
        hub.watch(1, WatchFilter.all(), sink);
        hub.unwatch(sink, 1);
        hub.update(StreamKey.volumeDiskState("alpha", "rsc1", 0), disk("UpToDate"));
        hub.flush();
        assertThat(sink.events).isEmpty();
    }
}

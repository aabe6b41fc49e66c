package io.linstorj.rest.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.event.EventHub;
import io.linstorj.controller.event.EventValue;
import io.linstorj.controller.event.StreamKey;
import io.linstorj.controller.event.WatchFilter;
import io.linstorj.rest.http.EventStreamWriter;
import io.linstorj.rest.json.Json;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A watch stream on a real hub with a recording writer. */
class HubWatchStreamTest {
    /** Records what is sent; {@link #close} runs the close actions as a client's disconnect does. */
    private static final class RecordingWriter implements EventStreamWriter {
        final List<String> sent = new CopyOnWriteArrayList<>();
        final List<Runnable> onClose = new CopyOnWriteArrayList<>();

        @Override
        public boolean send(String event, String data) {
            sent.add(event);
            return true;
        }

        @Override
        public void finish(String event, String data) {
            sent.add(event);
        }

        @Override
        public void onClose(Runnable action) {
            onClose.add(action);
        }

        void close() {
            onClose.forEach(Runnable::run);
        }
    }

    @Test
    void clientDisconnectEndsTheWatch() {
        try (EventHub hub = new EventHub()) {
            RecordingWriter writer = new RecordingWriter();
            new HubWatchStream(
                            hub,
                            StreamKey.VOLUME_DISK_STATE,
                            WatchFilter.all(),
                            new Json(),
                            Clock.systemUTC(),
                            EventStreamLimits.DEFAULTS)
                    .open(writer);
            hub.update(StreamKey.volumeDiskState("alpha", "r1", 0), new EventValue.DiskState("Inconsistent"));
            hub.flush();
            assertThat(writer.sent).containsExactly("Open");

            writer.close();
            hub.update(StreamKey.volumeDiskState("alpha", "r1", 0), new EventValue.DiskState("UpToDate"));
            hub.flush();
            assertThat(writer.sent).containsExactly("Open");
        }
    }

    @Test
    void streamsOfOtherEventNamesAreNotSent() {
        try (EventHub hub = new EventHub()) {
            RecordingWriter writer = new RecordingWriter();
            new HubWatchStream(
                            hub,
                            StreamKey.RESOURCE_STATE,
                            WatchFilter.all(),
                            new Json(),
                            Clock.systemUTC(),
                            EventStreamLimits.DEFAULTS)
                    .open(writer);
            hub.update(StreamKey.volumeDiskState("alpha", "r1", 0), new EventValue.DiskState("UpToDate"));
            hub.update(StreamKey.resourceState("alpha", "r1"), new EventValue.ResourceState(true, false));
            hub.flush();
            assertThat(writer.sent).containsExactly("Open");
        }
    }
}

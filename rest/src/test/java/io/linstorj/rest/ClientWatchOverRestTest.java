package io.linstorj.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.client.Consts;
import io.linstorj.client.EventData;
import io.linstorj.client.EventHandler;
import io.linstorj.client.EventHeader;
import io.linstorj.client.Linstor;
import io.linstorj.client.ObjectIdentifier;
import io.linstorj.client.ResourceState;
import io.linstorj.client.VolumeDiskState;
import io.linstorj.client.Watch;
import io.linstorj.controller.event.EventHub;
import io.linstorj.controller.event.EventValue;
import io.linstorj.controller.event.StreamKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client's watches against a real controller over real sockets, once over the client
 * protocol and once over this REST server's watch streams, with the same code: the same events
 * arrive. The controller's event hub is fed directly, as the satellites' reports would feed it.
 */
class ClientWatchOverRestTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectIdentifier R1 =
            ObjectIdentifier.builder().resourceName("r1").build();

    @TempDir
    Path dataDir;

    private RestFixture fixture;
    private EventHub hub;

    @BeforeEach
    void start() {
        fixture = new RestFixture(dataDir);
        hub = fixture.controller().events();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private String uri(String scheme) {
        return scheme.equals("http")
                ? fixture.base().toString()
                : "linstor://127.0.0.1:" + fixture.controller().address().getPort();
    }

    /** Records every event and ends the watch with the second close, naming the closes' action. */
    private static final class Recorder implements EventHandler<String> {
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();
        private int closes;

        @Override
        public @Nullable String handle(EventHeader header, @Nullable EventData data) {
            events.add(header.eventAction() + " " + header.eventName() + " " + header.nodeName() + "/"
                    + header.resourceName() + (header.volumeNumber() == null ? "" : "/" + header.volumeNumber())
                    + (data == null ? "" : " " + data));
            return header.isClose() && ++closes == 2 ? header.eventAction() : null;
        }

        String next() throws InterruptedException {
            String event = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(event).as("an event within " + WAIT).isNotNull();
            return event;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linstor", "http"})
    void aWatchGetsOpenValueAndCloseNoConnectionOverEitherTransport(String scheme) throws Exception {
        hub.update(StreamKey.resourceState("alpha", "r1"), new EventValue.ResourceState(true, false));
        hub.update(StreamKey.volumeDiskState("alpha", "r1", 0), new EventValue.DiskState("Inconsistent"));
        hub.update(StreamKey.volumeDiskState("alpha", "other", 0), new EventValue.DiskState("UpToDate"));
        Recorder recorder = new Recorder();
        try (Linstor lin = Linstor.connect(uri(scheme));
                Watch<String> watch = lin.watchEventsAsync(Linstor::returnIfFailure, recorder, R1)) {
            assertThat(List.of(recorder.next(), recorder.next()))
                    .containsExactlyInAnyOrder(
                            "Open ResourceState alpha/r1 " + new ResourceState(true, false),
                            "Open VlmDiskState alpha/r1/0 " + new VolumeDiskState("Inconsistent"));

            hub.update(StreamKey.volumeDiskState("alpha", "r1", 0), new EventValue.DiskState("UpToDate"));
            assertThat(recorder.next()).isEqualTo("Value VlmDiskState alpha/r1/0 " + new VolumeDiskState("UpToDate"));

            hub.connectionLost("alpha");
            assertThat(watch.await()).isEqualTo(Consts.EVENT_STREAM_CLOSE_NO_CONNECTION);
            assertThat(recorder.events)
                    .containsExactlyInAnyOrder(
                            "CloseNoConnection ResourceState alpha/r1", "CloseNoConnection VlmDiskState alpha/r1/0");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linstor", "http"})
    void aWatchOfOneVolumeEndsWithItsRemovalAndKeepsTheHandlersType(String scheme) {
        hub.update(StreamKey.volumeDiskState("alpha", "r1", 0), new EventValue.DiskState("UpToDate"));
        hub.update(StreamKey.volumeDiskState("alpha", "r1", 1), new EventValue.DiskState("UpToDate"));
        hub.update(StreamKey.resourceState("alpha", "r1"), new EventValue.ResourceState(true, false));
        EventHandler<String> removal = (header, data) -> {
            if (header.isClose()) {
                return header.eventAction() + " " + header.eventName() + " " + header.volumeNumber();
            }
            hub.removed(StreamKey.volumeDiskState("alpha", "r1", 1));
            return null;
        };
        try (Linstor lin = Linstor.connect(uri(scheme))) {
            String done = lin.watchEvents(
                    Linstor::returnIfFailure,
                    removal,
                    R1.toBuilder().volumeNumber(1).build(),
                    WAIT);

            assertThat(done).isEqualTo("CloseRemoved VlmDiskState 1");
        }
    }
}

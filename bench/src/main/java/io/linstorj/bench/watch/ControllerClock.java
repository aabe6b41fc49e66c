package io.linstorj.bench.watch;

import io.linstorj.controller.Controller;
import io.linstorj.controller.event.EventAction;
import io.linstorj.controller.event.EventSink;
import io.linstorj.controller.event.EventValue;
import io.linstorj.controller.event.StreamKey;
import io.linstorj.controller.event.WatchEvent;
import io.linstorj.controller.event.WatchFilter;
import io.linstorj.controller.observed.ObservedStateListener;
import io.linstorj.controller.observed.VolumeObservation;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Two timestamps the in-process controller gives for each volume disk state: when it applied the
 * satellite's report of it (the start of the path "satellite state change → client callback" that
 * the events benchmark times), and when its event hub delivered the event to watches.
 *
 * <p>Observed: registered on the controller's observed state after the event hub's feeder, so it
 * runs on the same thread right after the feeder has queued the event for the hub. Delivered: a
 * watch of every event on the hub itself, in this JVM, so no connection is involved; the hub
 * delivers to its watches one after another in an order of its own, so this probe's time lies
 * somewhere in the hub's loop over all watches of that event. The first time of each state counts.
 */
public final class ControllerClock implements ObservedStateListener, EventSink {
    private static final int PROBE_WATCH_ID = 1;

    private final Map<StateKey, Long> observed = new ConcurrentHashMap<>();
    private final Map<StateKey, Long> delivered = new ConcurrentHashMap<>();

    private ControllerClock() {}

    /** A clock on {@code controller}'s observed state and event hub. */
    public static ControllerClock attach(Controller controller) {
        ControllerClock clock = new ControllerClock();
        controller.observedState().addListener(clock);
        controller.events().watch(PROBE_WATCH_ID, WatchFilter.all(), clock);
        return clock;
    }

    @Override
    public void volumeChanged(String nodeName, String resourceName, int volumeNumber, VolumeObservation observation) {
        long now = System.nanoTime();
        if (observation != null && !observation.diskState().isEmpty()) {
            observed.putIfAbsent(new StateKey(nodeName, resourceName, volumeNumber, observation.diskState()), now);
        }
    }

    @Override
    public boolean offer(WatchEvent event) {
        long now = System.nanoTime();
        StreamKey stream = event.stream();
        boolean carriesValue = event.action() == EventAction.OPEN || event.action() == EventAction.VALUE;
        if (carriesValue && event.value() instanceof EventValue.DiskState disk) {
            delivered.putIfAbsent(
                    new StateKey(stream.nodeName(), stream.resourceName(), stream.volumeNumber(), disk.diskState()),
                    now);
        }
        return true;
    }

    @Override
    public void overflowed(int watchId, String reason) {
        throw new IllegalStateException("the benchmark's probe never refuses an event: " + reason);
    }

    /** When the controller first observed {@code key}, if it did. */
    public OptionalLong observedAt(StateKey key) {
        return optional(observed.get(key));
    }

    /** When the event hub first delivered {@code key} to the probe watch, if it did. */
    public OptionalLong deliveredAt(StateKey key) {
        return optional(delivered.get(key));
    }

    private static OptionalLong optional(Long nanos) {
        return nanos == null ? OptionalLong.empty() : OptionalLong.of(nanos);
    }
}

package io.linstorj.bench.watch;

import io.linstorj.controller.observed.ObservedStateListener;
import io.linstorj.controller.observed.VolumeObservation;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When the in-process controller applied a satellite's report of each volume disk state: the
 * start of the path "satellite state change → client callback" that the events benchmark times.
 *
 * <p>Registered on the controller's observed state after the event hub's feeder, so it runs on the
 * same thread right after the feeder has queued the event for the hub (a queue hand-over of
 * microseconds); the first report of each state counts.
 */
public final class StateChangeClock implements ObservedStateListener {
    private final Map<StateKey, Long> observed = new ConcurrentHashMap<>();

    @Override
    public void volumeChanged(String nodeName, String resourceName, int volumeNumber, VolumeObservation observation) {
        long now = System.nanoTime();
        if (observation != null && !observation.diskState().isEmpty()) {
            observed.putIfAbsent(new StateKey(nodeName, resourceName, volumeNumber, observation.diskState()), now);
        }
    }

    /** When the controller first observed {@code key}, if it did. */
    public OptionalLong observedAt(StateKey key) {
        Long nanos = observed.get(key);
        return nanos == null ? OptionalLong.empty() : OptionalLong.of(nanos);
    }
}

package io.linstorj.satellite.drbd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Records what a driver tells its listeners, for tests. */
public final class RecordingStateListener implements DrbdStateListener {
    private final List<Object> events = new ArrayList<>();

    @Override
    public synchronized void resourceChanged(DrbdResourceState state) {
        events.add(state);
    }

    @Override
    public synchronized void resourceRemoved(String resourceName) {
        events.add("removed " + resourceName);
    }

    /** Everything heard so far: {@link DrbdResourceState}s and "removed NAME" strings. */
    public synchronized List<Object> events() {
        return List.copyOf(events);
    }

    /** The states heard of one resource, in order. */
    public synchronized List<DrbdResourceState> statesOf(String resourceName) {
        return events.stream()
                .filter(DrbdResourceState.class::isInstance)
                .map(DrbdResourceState.class::cast)
                .filter(state -> state.name().equals(resourceName))
                .toList();
    }

    /** The last state heard of one resource. */
    public synchronized Optional<DrbdResourceState> lastStateOf(String resourceName) {
        List<DrbdResourceState> states = statesOf(resourceName);
        return states.isEmpty() ? Optional.empty() : Optional.of(states.get(states.size() - 1));
    }

    /** Forgets everything heard so far. */
    public synchronized void clear() {
        events.clear();
    }
}

package io.linstorj.controller.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the current value of every event stream and delivers changes to the watches whose
 * filter matches. One thread serialises updates and subscriptions, so a new watch sees each
 * stream's {@code Open} before any later {@code Value}, and no watch sees an unchanged value
 * twice. Sinks must not block: a sink that reports a full buffer loses its watch, never slowing
 * the hub or the other watches.
 */
public final class EventHub implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventHub.class);

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "event-hub");
        t.setDaemon(true);
        return t;
    });
    private final Map<StreamKey, EventValue> streams = new HashMap<>();
    private final Map<WatchKey, Watch> watches = new HashMap<>();

    private record WatchKey(EventSink sink, int watchId) {}

    private record Watch(int watchId, WatchFilter filter, EventSink sink) {}

    /** Sets a stream's value: {@code Open} for a new stream, {@code Value} for a changed one. */
    public void update(StreamKey key, EventValue value) {
        Objects.requireNonNull(value, "value");
        thread.execute(() -> {
            EventValue previous = streams.put(key, value);
            if (previous == null) {
                publish(key, EventAction.OPEN, value);
            } else if (!previous.equals(value)) {
                publish(key, EventAction.VALUE, value);
            }
        });
    }

    /** Closes every open stream of {@code nodeName} with {@code CloseNoConnection}. */
    public void connectionLost(String nodeName) {
        closeMatching(key -> key.isOnNode(nodeName), EventAction.CLOSE_NO_CONNECTION);
    }

    /** Closes the streams of a deleted object with {@code CloseRemoved}. */
    public void removed(Predicate<StreamKey> deleted) {
        closeMatching(deleted, EventAction.CLOSE_REMOVED);
    }

    /** Closes one stream with {@code CloseRemoved}, e.g. a volume that is gone. */
    public void removed(StreamKey key) {
        removed(key::equals);
    }

    private void closeMatching(Predicate<StreamKey> which, EventAction action) {
        thread.execute(() -> {
            List<StreamKey> closing = new ArrayList<>();
            for (StreamKey key : streams.keySet()) {
                if (which.test(key)) {
                    closing.add(key);
                }
            }
            for (StreamKey key : closing) {
                streams.remove(key);
                publish(key, action, null);
            }
        });
    }

    /**
     * Starts a watch: the sink gets {@code Open} with the current value of every matching stream,
     * then every change. A watch id taken already on the same sink replaces that watch.
     */
    public void watch(int watchId, WatchFilter filter, EventSink sink) {
        thread.execute(() -> {
            Watch watch = new Watch(watchId, filter, sink);
            watches.put(new WatchKey(sink, watchId), watch);
            for (Map.Entry<StreamKey, EventValue> stream : streams.entrySet()) {
                if (filter.matches(stream.getKey())
                        && sink.understands(stream.getKey().eventName())
                        && !deliver(
                                watch, new WatchEvent(watchId, EventAction.OPEN, stream.getKey(), stream.getValue()))) {
                    return;
                }
            }
        });
    }

    /** Ends one watch. */
    public void unwatch(EventSink sink, int watchId) {
        thread.execute(() -> watches.remove(new WatchKey(sink, watchId)));
    }

    /** Ends every watch of a sink, e.g. when its connection closed. */
    public void unwatchAll(EventSink sink) {
        thread.execute(() -> watches.keySet().removeIf(key -> key.sink() == sink));
    }

    private void publish(StreamKey key, EventAction action, EventValue value) {
        for (Watch watch : List.copyOf(watches.values())) {
            if (watch.filter().matches(key) && watch.sink().understands(key.eventName())) {
                deliver(watch, new WatchEvent(watch.watchId(), action, key, value));
            }
        }
    }

    private boolean deliver(Watch watch, WatchEvent event) {
        if (watch.sink().offer(event)) {
            return true;
        }
        watches.remove(new WatchKey(watch.sink(), watch.watchId()));
        String reason = "watch " + watch.watchId() + " fell behind: its connection's event buffer is full";
        LOG.warn("ending {}", reason);
        watch.sink().overflowed(watch.watchId(), reason);
        return false;
    }

    /**
     * Waits until everything submitted so far has been delivered; for orderly shutdown and for
     * tests that need a barrier.
     */
    public void flush() {
        try {
            thread.submit(() -> {}).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("event hub did not drain: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}

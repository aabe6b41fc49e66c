package io.linstorj.client;

import org.jspecify.annotations.Nullable;

/**
 * The event callback of a watch ({@link Linstor#watchEvents}): receives each event of the watch,
 * in order, and ends the watch by returning non-null.
 *
 * <p>It runs on the thread that called {@code watchEvents} (or the watch's own thread for
 * {@link Linstor#watchEventsAsync}), never on the connection's I/O thread, so it may make
 * blocking calls on the same {@link Linstor}. An exception it throws ends the watch and reaches
 * the caller.
 *
 * @param <T> what the watch returns
 */
@FunctionalInterface
public interface EventHandler<T> {
    /**
     * Handles one event.
     *
     * @param eventHeader what happened to which object
     * @param eventData the event's value ({@link VolumeDiskState}, {@link ResourceState}); null on
     *     close actions and for events this client does not know
     * @return null to keep watching, anything else to end the watch with that result
     */
    @Nullable
    T handle(EventHeader eventHeader, @Nullable EventData eventData);
}

package io.linstorj.client;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The reply callback of a watch ({@link Linstor#watchEvents}): receives the controller's replies
 * to creating the watch, before any event. {@link Linstor#returnIfFailure} is the usual one.
 *
 * @param <T> what the watch returns
 */
@FunctionalInterface
public interface ReplyHandler<T> {
    /**
     * Handles the replies to creating the watch.
     *
     * @param replies the controller's answer entries
     * @return null to go on to the events, anything else to end the watch at once with that result
     */
    @Nullable
    T handle(List<ApiCallResponse> replies);
}

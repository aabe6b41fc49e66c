package io.linstorj.controller.transport;

import com.google.protobuf.MessageLite;
import io.linstorj.controller.event.EventSink;
import io.linstorj.controller.event.StreamKey;
import io.linstorj.controller.event.WatchEvent;
import java.util.List;

/** How one dialect of the client protocol writes the bodies of its Event frames. */
interface EventEncoder {
    /** Event action telling a client that its watch was ended because it fell behind. */
    String OVERFLOW_ACTION = "Overflow";

    /** The bodies of the Event frame for {@code event}: its MsgEvent, then its data if it has any. */
    List<MessageLite> event(WatchEvent event);

    /** Whether this dialect has event bodies for streams named {@code eventName} (see {@link EventSink#understands}). */
    default boolean understands(String eventName) {
        return StreamKey.RESOURCE_STATE.equals(eventName) || StreamKey.VOLUME_DISK_STATE.equals(eventName);
    }

    /** The body of the Event frame that ends watch {@code watchId} of a client that fell behind. */
    MessageLite overflow(int watchId);
}

package io.linstorj.controller.transport;

import com.google.protobuf.MessageLite;
import io.linstorj.controller.event.EventValue;
import io.linstorj.controller.event.StreamKey;
import io.linstorj.controller.event.WatchEvent;
import io.linstorj.protocol.linstor.EventRscState;
import io.linstorj.protocol.linstor.EventVlmDiskState;
import io.linstorj.protocol.linstor.MsgEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Event bodies as LINSTOR sends them (io.linstorj.protocol.linstor): MsgEvent with only the
 * object identifiers the stream has, then EventVlmDiskState or EventRscState. Snapshot
 * deployments are not sent: LINSTOR's clients would get a stream they cannot parse on every
 * resource watch.
 */
final class LinstorEvents implements EventEncoder {
    static final LinstorEvents INSTANCE = new LinstorEvents();

    private LinstorEvents() {}

    @Override
    public List<MessageLite> event(WatchEvent event) {
        StreamKey key = event.stream();
        MsgEvent.Builder header = MsgEvent.newBuilder()
                .setWatchId(event.watchId())
                .setEventAction(event.action().wireName())
                .setEventName(key.eventName());
        if (key.nodeName() != null && !key.nodeName().isEmpty()) {
            header.setNodeName(key.nodeName());
        }
        if (key.resourceName() != null && !key.resourceName().isEmpty()) {
            header.setResourceName(key.resourceName());
        }
        if (key.volumeNumber() != null) {
            header.setVolumeNumber(key.volumeNumber());
        }
        List<MessageLite> messages = new ArrayList<>(2);
        messages.add(header.build());
        if (event.value() instanceof EventValue.DiskState disk) {
            messages.add(EventVlmDiskState.newBuilder()
                    .setDiskState(disk.diskState())
                    .build());
        } else if (event.value() instanceof EventValue.ResourceState state) {
            messages.add(EventRscState.newBuilder()
                    .setReady(state.ready())
                    .setInUse(state.inUse() ? EventRscState.InUse.TRUE : EventRscState.InUse.FALSE)
                    .addAllReports(state.reports().stream()
                            .map(LinstorMessages::toProto)
                            .toList())
                    .build());
        }
        return messages;
    }

    /** MsgEvent requires an event name; an overflow concerns no event stream, so it is empty. */
    @Override
    public MessageLite overflow(int watchId) {
        return MsgEvent.newBuilder()
                .setWatchId(watchId)
                .setEventAction(OVERFLOW_ACTION)
                .setEventName("")
                .build();
    }
}

package io.linstorj.controller.transport;

import com.google.protobuf.MessageLite;
import io.linstorj.controller.event.EventValue;
import io.linstorj.controller.event.StreamKey;
import io.linstorj.controller.event.WatchEvent;
import io.linstorj.protocol.proto.EventRscState;
import io.linstorj.protocol.proto.EventSnapshotState;
import io.linstorj.protocol.proto.EventVlmDiskState;
import io.linstorj.protocol.proto.MsgEvent;
import java.util.ArrayList;
import java.util.List;

/** Event bodies in LinstorJ's own dialect (io.linstorj.protocol.proto). */
final class LinstorJEvents implements EventEncoder {
    static final LinstorJEvents INSTANCE = new LinstorJEvents();

    private LinstorJEvents() {}

    @Override
    public List<MessageLite> event(WatchEvent event) {
        StreamKey key = event.stream();
        MsgEvent.Builder header = MsgEvent.newBuilder()
                .setWatchId(event.watchId())
                .setEventAction(event.action().wireName())
                .setEventName(key.eventName())
                .setResourceName(key.resourceName());
        if (key.nodeName() != null) {
            header.setNodeName(key.nodeName());
        }
        if (key.volumeNumber() != null) {
            header.setVolumeNumber(key.volumeNumber());
        }
        if (key.snapshotName() != null) {
            header.setSnapshotName(key.snapshotName());
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
                    .setInUse(state.inUse())
                    .addAllReports(
                            state.reports().stream().map(ReplyMessages::toProto).toList())
                    .build());
        } else if (event.value() instanceof EventValue.SnapshotDeployment deployment) {
            messages.add(EventSnapshotState.newBuilder()
                    .setState(deployment.state())
                    .addAllReports(deployment.reports().stream()
                            .map(ReplyMessages::toProto)
                            .toList())
                    .build());
        }
        return messages;
    }

    /** Snapshot streams too: their state travels as EventSnapshotState. */
    @Override
    public boolean understands(String eventName) {
        return EventEncoder.super.understands(eventName) || StreamKey.SNAPSHOT_DEPLOYMENT.equals(eventName);
    }

    @Override
    public MessageLite overflow(int watchId) {
        return MsgEvent.newBuilder()
                .setWatchId(watchId)
                .setEventAction(OVERFLOW_ACTION)
                .build();
    }
}

package io.linstorj.controller.transport;

import com.google.protobuf.MessageLite;
import io.linstorj.controller.event.EventValue;
import io.linstorj.controller.event.StreamKey;
import io.linstorj.controller.event.WatchEvent;
import io.linstorj.protocol.linstor.EventRscState;
import io.linstorj.protocol.linstor.EventSnapshotState;
import io.linstorj.protocol.linstor.EventVlmDiskState;
import io.linstorj.protocol.linstor.MsgEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Event bodies as LINSTOR sends them (io.linstorj.protocol.linstor): MsgEvent with only the
 * object identifiers the stream has, then EventVlmDiskState or EventRscState. Snapshot
 * deployments (LinstorJ's addition) travel as MsgEvent with the resource and snapshot names and
 * no node, then EventSnapshotState; only watches that asked for them get them
 * ({@code MsgCrtWatch.snapshot_events}, see {@link WatchCalls}), since LINSTOR's clients cannot
 * parse them.
 */
final class LinstorEvents {
    static final LinstorEvents INSTANCE = new LinstorEvents();

    /** Event action telling a client that its watch was ended because it fell behind. */
    static final String OVERFLOW_ACTION = "Overflow";

    private LinstorEvents() {}

    /** The bodies of the Event frame for {@code event}: its MsgEvent, then its data if it has any. */
    List<MessageLite> event(WatchEvent event) {
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
                    .setInUse(state.inUse() ? EventRscState.InUse.TRUE : EventRscState.InUse.FALSE)
                    .addAllReports(state.reports().stream()
                            .map(LinstorMessages::toProto)
                            .toList())
                    .build());
        } else if (event.value() instanceof EventValue.SnapshotDeployment deployment) {
            messages.add(EventSnapshotState.newBuilder()
                    .setState(deployment.state())
                    .addAllReports(deployment.reports().stream()
                            .map(LinstorMessages::toProto)
                            .toList())
                    .build());
        }
        return messages;
    }

    /**
     * The body of the Event frame that ends watch {@code watchId} of a client that fell behind.
     * MsgEvent requires an event name; an overflow concerns no event stream, so it is empty.
     */
    MessageLite overflow(int watchId) {
        return MsgEvent.newBuilder()
                .setWatchId(watchId)
                .setEventAction(OVERFLOW_ACTION)
                .setEventName("")
                .build();
    }
}

package io.linstorj.bench.watch;

import io.linstorj.client.LinstorError;
import io.linstorj.client.internal.CallAnswer;
import io.linstorj.client.internal.ClientConnection;
import io.linstorj.client.internal.ConnectionListener;
import io.linstorj.client.internal.ControllerAddress;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.ProtocolPipeline;
import io.linstorj.protocol.proto.EventVlmDiskState;
import io.linstorj.protocol.proto.MsgCrtWatch;
import io.linstorj.protocol.proto.MsgEvent;
import java.time.Duration;

/**
 * One watcher: its own connection to the controller with one watch on every event, recording
 * into an {@link EventLog} when each volume disk state arrives.
 *
 * <p>A raw subscription over the client's connection ({@code CrtWatch}, then {@code Event}
 * frames to a {@link ConnectionListener}) because {@code Linstor.watchEvents} is not on this
 * branch yet. The arrival time is taken when the decoded frame reaches the listener on the
 * connection's I/O thread, i.e. where a client callback would be called, minus the hand-over to
 * a handler thread that {@code watchEvents} adds.
 */
public final class EventStream implements AutoCloseable {
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final int WATCH_ID = 1;

    private final ClientConnection connection;

    private EventStream(ClientConnection connection) {
        this.connection = connection;
    }

    /**
     * Connects to {@code uri} and watches everything for watcher {@code index} of {@code log}.
     *
     * @throws LinstorError if the controller cannot be reached or refuses the watch
     */
    public static EventStream open(String uri, EventLog log, int index) {
        ClientConnection connection = ClientConnection.open(ControllerAddress.parse(uri), CALL_TIMEOUT,
            ProtocolPipeline.DEFAULT_MAX_FRAME_LENGTH);
        try {
            connection.addListener(new Recorder(log, index));
            CallAnswer answer = connection.callBlocking(ApiCalls.CRT_WATCH, CALL_TIMEOUT,
                MsgCrtWatch.newBuilder().setWatchId(WATCH_ID).build());
            if (answer.replies().stream().anyMatch(reply -> reply.isError())) {
                throw new LinstorError("the controller refused the watch: " + answer.replies());
            }
            return new EventStream(connection);
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Closes the connection, which ends the watch. */
    @Override
    public void close() {
        connection.close();
    }

    /** Runs on the connection's I/O thread: takes the time first, then parses. */
    private record Recorder(EventLog log, int index) implements ConnectionListener {
        @Override
        public void onOneway(ProtocolMessage message) {
            long arrival = System.nanoTime();
            if (!ApiCalls.EVENT.equals(message.content())) {
                return;
            }
            MsgEvent event = message.body(0, MsgEvent.parser());
            if ("Overflow".equals(event.getEventAction())) {
                log.overflowed(index);
                return;
            }
            boolean carriesValue = "Open".equals(event.getEventAction()) || "Value".equals(event.getEventAction());
            if (carriesValue && "VlmDiskState".equals(event.getEventName())) {
                String diskState = message.body(1, EventVlmDiskState.parser()).getDiskState();
                log.record(index, new StateKey(event.getNodeName(), event.getResourceName(), event.getVolumeNumber(),
                    diskState), arrival);
            }
        }
    }
}

package io.linstorj.rest.event;

import io.linstorj.controller.node.NodeService;
import io.linstorj.controller.node.NodeView;
import io.linstorj.rest.http.EventStreamWriter;
import io.linstorj.rest.json.Json;
import io.linstorj.rest.json.NodeBodies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * LINSTOR's {@code /v1/events/nodes}: {@code node-create}, {@code node-modified} (old and new
 * node) and {@code node-delete}. Level-triggered: the stream compares the node list, connection
 * status included, with the one it saw last, at the poll interval, so that a change made through
 * any way in (REST, client protocol, a satellite connecting or lost) is reported, and a burst of
 * changes is one event per node. Nothing is sent for the nodes that exist when the stream opens,
 * as LINSTOR: that list is taken before the answer's headers go out. One poll at a time: the next is scheduled when the last has been compared.
 */
final class NodeStream extends JsonEventStream {
    static final String CREATE = "node-create";
    static final String MODIFIED = "node-modified";
    static final String DELETE = "node-delete";

    private final NodeService nodes;
    private final ScheduledExecutorService scheduler;
    private Map<String, NodeBodies.Node> last;
    private volatile EventStreamWriter writer;
    private volatile boolean closed;

    NodeStream(
            NodeService nodes,
            Json json,
            ScheduledExecutorService scheduler,
            EventStreamLimits limits,
            Map<String, NodeBodies.Node> baseline) {
        super(json, limits);
        this.last = baseline;
        this.nodes = nodes;
        this.scheduler = scheduler;
    }

    @Override
    public void open(EventStreamWriter streamWriter) {
        this.writer = streamWriter;
        streamWriter.onClose(() -> closed = true);
        scheduler.schedule(this::poll, limits.nodePollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The nodes by their key (lower-case name), as the stream compares them. */
    static Map<String, NodeBodies.Node> byName(List<NodeView> views) {
        Map<String, NodeBodies.Node> byName = new LinkedHashMap<>();
        views.forEach(view -> byName.put(view.node().name().toLowerCase(Locale.ROOT), NodeBodies.Node.of(view)));
        return byName;
    }

    private void poll() {
        if (closed) {
            return;
        }
        nodes.list(List.of()).whenComplete((views, error) -> {
            if (error == null) {
                compare(byName(views));
            }
            if (!closed) {
                scheduler.schedule(this::poll, limits.nodePollInterval().toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }

    /** Sends the differences from the last list. */
    private synchronized void compare(Map<String, NodeBodies.Node> now) {
        Map<String, NodeBodies.Node> before = last;
        last = now;
        boolean keptUp = true;
        for (Map.Entry<String, NodeBodies.Node> node : now.entrySet()) {
            NodeBodies.Node old = before.get(node.getKey());
            if (old == null) {
                keptUp &= send(CREATE, new EventJson.NodeEvent(node.getValue()));
            } else if (!old.equals(node.getValue())) {
                keptUp &= send(MODIFIED, new EventJson.NodeModified(old, node.getValue()));
            }
        }
        for (Map.Entry<String, NodeBodies.Node> node : before.entrySet()) {
            if (!now.containsKey(node.getKey())) {
                keptUp &= send(DELETE, new EventJson.NodeEvent(node.getValue()));
            }
        }
        if (!keptUp && !closed) {
            closed = true;
            writer.finish(
                    HubWatchStream.OVERFLOW,
                    text(new EventJson.Overflow("the client fell " + limits.maxPendingEvents() + " events behind")));
        }
    }

    private boolean send(String event, Object body) {
        return writer.send(event, text(body));
    }
}

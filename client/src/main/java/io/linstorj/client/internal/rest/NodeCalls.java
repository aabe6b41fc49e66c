package io.linstorj.client.internal.rest;

import static io.linstorj.client.internal.rest.RestRequests.path;
import static io.linstorj.client.internal.rest.RestRequests.query;

import io.linstorj.protocol.linstor.Filter;
import io.linstorj.protocol.linstor.MsgCrtNetInterface;
import io.linstorj.protocol.linstor.MsgCrtNode;
import io.linstorj.protocol.linstor.MsgDelNetInterface;
import io.linstorj.protocol.linstor.MsgDelNode;
import io.linstorj.protocol.linstor.MsgModNetInterface;
import io.linstorj.protocol.linstor.MsgModNode;
import java.time.Duration;

/**
 * The node and net interface calls over REST: {@code /v1/nodes[/{node}[/lost]]} and
 * {@code /v1/nodes/{node}/net-interfaces[/{netif}]}.
 */
final class NodeCalls {
    private final RestRequests rest;

    NodeCalls(RestRequests rest) {
        this.rest = rest;
    }

    RestAnswer create(String call, MsgCrtNode create, Duration timeout) {
        return rest.mutate(call, "POST", "/v1/nodes", JsonBodies.node(create.getNode()), timeout);
    }

    RestAnswer modify(String call, MsgModNode modify, Duration timeout) {
        return rest.mutate(call, "PUT", path("nodes", modify.getNodeName()), JsonBodies.nodeModify(modify), timeout);
    }

    RestAnswer delete(String call, MsgDelNode delete, Duration timeout) {
        return rest.mutate(call, "DELETE", path("nodes", delete.getNodeName()), null, timeout);
    }

    /** A lost node: deleted without its satellite's word. */
    RestAnswer lost(String call, MsgDelNode delete, Duration timeout) {
        return rest.mutate(call, "DELETE", path("nodes", delete.getNodeName(), "lost"), null, timeout);
    }

    RestAnswer list(String call, Filter filter, Duration timeout) {
        String path = "/v1/nodes" + query("nodes", filter.getNodeNamesList());
        return rest.list(call, path, timeout, JsonViews::nodeList);
    }

    RestAnswer createNetInterface(String call, MsgCrtNetInterface create, Duration timeout) {
        String path = path("nodes", create.getNodeName(), "net-interfaces");
        return rest.mutate(call, "POST", path, JsonBodies.netInterface(create.getNetIf()), timeout);
    }

    RestAnswer modifyNetInterface(String call, MsgModNetInterface modify, Duration timeout) {
        String path = path(
                "nodes",
                modify.getNodeName(),
                "net-interfaces",
                modify.getNetIf().getName());
        return rest.mutate(call, "PUT", path, JsonBodies.netInterface(modify.getNetIf()), timeout);
    }

    RestAnswer deleteNetInterface(String call, MsgDelNetInterface delete, Duration timeout) {
        String path = path("nodes", delete.getNodeName(), "net-interfaces", delete.getNetIfName());
        return rest.mutate(call, "DELETE", path, null, timeout);
    }
}

package io.linstorj.rest.event;

import io.linstorj.rest.json.ApiCallRcJson;
import io.linstorj.rest.json.NodeBodies;
import java.util.List;

/** The data of the streams' events, as JSON records (snake_case, null fields left out). */
final class EventJson {
    private EventJson() {}

    /** LINSTOR's EventMayPromoteChange. */
    record MayPromoteChange(String resourceName, String nodeName, boolean mayPromote) {}

    /** LINSTOR's EventNode (node-create, node-delete). */
    record NodeEvent(NodeBodies.Node node) {}

    /** LINSTOR's EventNodeModified. */
    record NodeModified(NodeBodies.Node oldNode, NodeBodies.Node newNode) {}

    /**
     * One event of a LinstorJ watch stream; the value fields are absent on close actions.
     *
     * @param volumeNumber only on volume disk-state streams
     * @param diskState only on volume disk-state streams
     * @param ready only on resource-state streams
     * @param inUse only on resource-state streams
     * @param reports the satellite's problems with the resource, only on resource-state streams
     */
    record Watch(
            String nodeName,
            String resourceName,
            Integer volumeNumber,
            String diskState,
            Boolean ready,
            Boolean inUse,
            List<ApiCallRcJson> reports) {}

    /**
     * One event of a LinstorJ snapshot stream; state and reports are absent on close actions.
     *
     * @param state Suspending, Taking, Successful or Failed
     * @param reports why it failed
     */
    record SnapshotDeployment(String resourceName, String snapshotName, String state, List<ApiCallRcJson> reports) {}

    /** The last event of a stream that was ended because its client fell behind. */
    record Overflow(String reason) {}
}

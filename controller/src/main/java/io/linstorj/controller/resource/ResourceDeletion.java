package io.linstorj.controller.resource;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.WriteQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * LINSTOR's two-step deletion of resources. A delete marks the replica {@code DELETE}; its node's
 * desired state then asks the satellite to take DRBD down and delete the volumes, and only when
 * the satellite reports the resource gone is the row removed ({@link #confirmGone}). A definition
 * marked {@code DELETE} goes, with its volume definitions, together with its last replica. Until
 * then the rows stay, and with them the DRBD port, minors and node ids, so that nothing new can
 * take them while an old DRBD resource may still use them on some node.
 *
 * <p>A replica on a node without a satellite (an auxiliary node, or one without a satellite
 * interface) has nobody to confirm and is removed at once; a lost node's replicas go with the
 * node ({@code NodeService.deleteLost}, which calls {@link #finishDefinition}).
 */
public final class ResourceDeletion {
    private final WriteQueue writes;
    private final ObservedState observed;

    /** Creates the deletion steps over the write queue and the satellites' observed state. */
    public ResourceDeletion(WriteQueue writes, ObservedState observed) {
        this.writes = writes;
        this.observed = observed;
    }

    /**
     * Inside a mutation: marks {@code replica} for deletion, or removes it at once when no
     * satellite will ever confirm it, and adds the reply entries saying which, in LINSTOR's
     * words: a resource delete's ({@code ofDefinition} false), or a definition delete's, which
     * ends with one line naming every node still to confirm.
     */
    void mark(DesiredState desired, Resource replica, boolean ofDefinition, CallContext ctx, List<ApiCallRc> replies) {
        String resource = replica.resourceName();
        String nodeName = replica.nodeName();
        if (!confirmable(desired.node(nodeName))) {
            desired.removeResource(resource, nodeName);
            replies.add(ctx.rc(
                            RetCodes.DELETED, "Node: " + nodeName + ", Resource: " + resource + " deletion complete.")
                    .withDetails("Node '" + nodeName + "' runs no satellite, so nothing is to be taken down there."
                            + " Node: " + nodeName + ", Resource: " + resource + " UUID was: " + replica.uuid()));
            return;
        }
        if (!replica.isDeleting()) {
            desired.putResource(replica.markedForDeletion());
        }
        if (ofDefinition) {
            replies.add(
                    ctx.rc(RetCodes.MODIFIED, "Resource '" + resource + "' on '" + nodeName + "' marked for deletion"));
        } else {
            replies.add(ctx.rc(
                            RetCodes.DELETED, "Node: " + nodeName + ", Resource: " + resource + " marked for deletion.")
                    .withDetails("Node: " + nodeName + ", Resource: " + resource + " UUID is: " + replica.uuid()));
        }
        if (observed.isOnline(nodeName)) {
            if (ofDefinition) {
                return;
            }
            replies.add(ctx.rc(
                            RetCodes.MODIFIED,
                            "Deletion of '" + resource + "' on '" + nodeName
                                    + "' is pending: its satellite takes DRBD down and deletes the volumes, then the resource goes.")
                    .withDetails("Until then the resource is listed with the flag DELETE."));
        } else {
            replies.add(ctx.rc(
                            RetCodes.WARN_NOT_CONNECTED,
                            "Node '" + nodeName + "' is not connected; resource '" + resource
                                    + "' stays marked DELETE until its satellite reconnects and takes it down.")
                    .withCause("Only the node's satellite can take its DRBD resource down and delete its volumes.")
                    .withCorrection("Bring the satellite of '" + nodeName + "' back, or, if the node is gone for good,"
                            + " declare it lost (DELETE /v1/nodes/" + nodeName + "/lost).")
                    .withDetails("Its DRBD port and minors stay reserved until the resource is gone."));
        }
    }

    /**
     * The satellite of {@code nodeName} has taken {@code resourceName} down and deleted its
     * volumes: removes the replica if it is marked for deletion (a replica that is not, say one
     * created again since, stays), and its definition when that was the last replica of a
     * definition marked for deletion. A no-op answer (empty list) when there is nothing to do.
     */
    public CompletableFuture<List<ApiCallRc>> confirmGone(String nodeName, String resourceName) {
        CallContext ctx = CallContext.of(RetCodes.MASK_DEL, RetCodes.MASK_RSC)
                .ref(ApiCallRc.REF_RESOURCE_DEFINITION, resourceName)
                .ref(ApiCallRc.REF_NODE, nodeName);
        return writes.submit(desired -> {
                    Resource replica = desired.resource(resourceName, nodeName);
                    if (replica == null || !replica.isDeleting()) {
                        return List.<ApiCallRc>of();
                    }
                    desired.removeResource(replica.resourceName(), replica.nodeName());
                    List<ApiCallRc> replies = new ArrayList<>();
                    replies.add(ctx.rc(
                                    RetCodes.DELETED,
                                    "Node: " + replica.nodeName() + ", Resource: " + replica.resourceName()
                                            + " deletion complete.")
                            .withDetails("Node: " + replica.nodeName() + ", Resource: " + replica.resourceName()
                                    + " UUID was: " + replica.uuid()));
                    finishDefinition(desired, replica.resourceName()).ifPresent(replies::add);
                    return replies;
                })
                .thenApply(replies -> {
                    if (!replies.isEmpty()) {
                        observed.forgetResource(nodeName, resourceName);
                    }
                    return replies;
                });
    }

    /**
     * Inside a mutation: removes the definition {@code resourceName} with its volume definitions
     * when it is marked for deletion and has no replica left; returns the reply entry then.
     */
    public static Optional<ApiCallRc> finishDefinition(DesiredState desired, String resourceName) {
        ResourceDefinition definition = desired.resourceDefinition(resourceName);
        if (definition == null
                || !definition.isDeleting()
                || !desired.resourcesOf(resourceName).isEmpty()) {
            return Optional.empty();
        }
        removeDefinition(desired, definition);
        CallContext ctx = CallContext.of(RetCodes.MASK_DEL, RetCodes.MASK_RSC_DFN)
                .ref(ApiCallRc.REF_RESOURCE_DEFINITION, definition.name());
        return Optional.of(ctx.rc(RetCodes.DELETED, "Resource definition '" + definition.name() + "' deleted.")
                .withDetails("Resource definition '" + definition.name() + "' UUID was: " + definition.uuid()));
    }

    /** Removes a definition with its volume definitions (not its resources). */
    static void removeDefinition(DesiredState desired, ResourceDefinition definition) {
        for (VolumeDefinition volume : List.copyOf(desired.volumeDefinitionsOf(definition.name()))) {
            desired.removeVolumeDefinition(volume.key());
        }
        desired.removeResourceDefinition(definition.name());
    }

    /** Refuses a change to a definition marked for deletion (FAIL_IN_USE). */
    public static void refuseIfDeleting(ResourceDefinition definition, CallContext ctx) {
        if (definition.isDeleting()) {
            throw ctx.refuse(
                    RetCodes.FAIL_IN_USE,
                    "Resource definition '" + definition.name() + "' is being deleted.",
                    "It is marked DELETE; it goes once the satellites have taken its resources down.",
                    "Wait until it is gone; then create it again if needed.");
        }
    }

    /** Refuses a change to a replica marked for deletion (FAIL_IN_USE). */
    public static void refuseIfDeleting(Resource replica, CallContext ctx) {
        if (replica.isDeleting()) {
            throw ctx.refuse(
                    RetCodes.FAIL_IN_USE,
                    "Resource '" + replica.resourceName() + "' on node '" + replica.nodeName() + "' is being deleted.",
                    "It is marked DELETE; it goes once the satellite of '" + replica.nodeName()
                            + "' has taken it down.",
                    "Wait until it is gone; then create it again if needed.");
        }
    }

    /** The names of the nodes whose satellites have yet to confirm a replica of {@code resourceName} gone. */
    static List<String> pendingNodes(DesiredState desired, String resourceName) {
        return desired.resourcesOf(resourceName).stream()
                .filter(Resource::isDeleting)
                .map(Resource::nodeName)
                .toList();
    }

    /** True when a satellite serves {@code node} and can therefore confirm a deletion. */
    private static boolean confirmable(Node node) {
        return node != null
                && node.type().runsSatellite()
                && node.satelliteConnection().isPresent();
    }
}

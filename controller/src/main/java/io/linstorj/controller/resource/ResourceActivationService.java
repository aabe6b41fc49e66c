package io.linstorj.controller.resource;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.api.NotFound;
import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.observed.ResourceObservation;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.WriteQueue;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * Deactivates and activates replicas, as LINSTOR's resource activate / deactivate: a deactivated
 * replica carries the flag {@value Resource#FLAG_INACTIVE}; its satellite takes DRBD down for it
 * and keeps its volumes and their data, and its peers stop connecting to it. Activating clears
 * the flag, and the satellite brings DRBD up again on the same volumes.
 *
 * <p>Neither call waits for a satellite: the reply says the desired state changed.
 */
public final class ResourceActivationService {
    private final WriteQueue writes;
    private final ObservedState observed;

    ResourceActivationService(WriteQueue writes, ObservedState observed) {
        this.writes = writes;
        this.observed = observed;
    }

    /**
     * Deactivates the replica of {@code resourceName} on {@code nodeName}. Refused with
     * FAIL_IN_USE while its satellite last reported it in use (Primary); when the satellite has
     * not reported it, it is taken as not in use, as LINSTOR does. Already inactive: INFO_NOOP.
     */
    public CompletableFuture<List<ApiCallRc>> deactivate(String resourceName, String nodeName) {
        return setActive(resourceName, nodeName, false);
    }

    /** Activates the replica of {@code resourceName} on {@code nodeName}; already active: INFO_NOOP. */
    public CompletableFuture<List<ApiCallRc>> activate(String resourceName, String nodeName) {
        return setActive(resourceName, nodeName, true);
    }

    private CompletableFuture<List<ApiCallRc>> setActive(String resourceName, String nodeName, boolean active) {
        CallContext ctx = CallContext.of(RetCodes.MASK_MOD, RetCodes.MASK_RSC)
                .ref(ApiCallRc.REF_RESOURCE_DEFINITION, resourceName)
                .ref(ApiCallRc.REF_NODE, nodeName);
        return writes.submit(desired -> {
            Resource replica = existing(desired, resourceName, nodeName, ctx);
            ResourceDeletion.refuseIfDeleting(replica, ctx);
            if (replica.isInactive() != active) {
                return List.of(ctx.rc(
                        RetCodes.INFO_NOOP,
                        "Resource is already " + (active ? "activated" : "deactivated") + ". Noop"));
            }
            Set<String> flags = new TreeSet<>(replica.flags());
            if (active) {
                flags.remove(Resource.FLAG_INACTIVE);
            } else {
                refuseInUse(replica, ctx);
                flags.add(Resource.FLAG_INACTIVE);
            }
            desired.putResource(replica.withFlags(flags));
            String verb = active ? "activated" : "deactivated";
            return List.of(
                    ctx.rc(RetCodes.MODIFIED, "Resource " + verb + " on '" + replica.nodeName() + "'")
                            .withDetails(
                                    active
                                            ? "The satellite brings DRBD up again on the resource's volumes."
                                            : "The satellite takes DRBD down and keeps the resource's volumes and their data."));
        });
    }

    private void refuseInUse(Resource replica, CallContext ctx) {
        boolean inUse = observed.resource(replica.nodeName(), replica.resourceName())
                .map(ResourceObservation::inUse)
                .orElse(false);
        if (inUse) {
            throw ctx.refuse(
                    RetCodes.FAIL_IN_USE,
                    "Cannot deactivate a resource while being in use!",
                    "Resource '" + replica.resourceName() + "' is in use (Primary) on node '" + replica.nodeName()
                            + "'.",
                    "Stop using the resource there (unmount, stop the VM) and deactivate it again.");
        }
    }

    /** The replica, checked as LINSTOR loads it: node, then resource definition, then the replica. */
    private static Resource existing(DesiredState desired, String resourceName, String nodeName, CallContext ctx) {
        NameRules.nodeName(nodeName, ctx);
        NameRules.resourceName(resourceName, ctx);
        Node node = desired.node(nodeName);
        if (node == null) {
            throw NotFound.node(nodeName, ctx);
        }
        ResourceDefinitionService.existing(desired, resourceName, ctx);
        Resource replica = desired.resource(resourceName, nodeName);
        if (replica == null) {
            throw ctx.refuse(
                    RetCodes.FAIL_NOT_FOUND_RSC,
                    "Resource '" + resourceName + "' not found on node '" + node.name() + "'.",
                    "The node holds no replica of the resource.",
                    "Create the resource on the node first.");
        }
        return replica;
    }
}

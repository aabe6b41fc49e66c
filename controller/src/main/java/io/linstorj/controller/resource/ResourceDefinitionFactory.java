package io.linstorj.controller.resource;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.ResourceGroup;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.state.DesiredState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Creates resource definitions with their volume definitions inside a mutation: checks name,
 * properties, resource group and port, allocates what is missing. Shared by resource-definition
 * create and spawn. Writer thread only.
 */
public final class ResourceDefinitionFactory {
    private final DrbdAllocation allocation;
    private final VolumeDefinitions volumeDefinitions;

    ResourceDefinitionFactory(DrbdAllocation allocation, VolumeDefinitions volumeDefinitions) {
        this.allocation = allocation;
        this.volumeDefinitions = volumeDefinitions;
    }

    /**
     * Creates the definition {@code request} asks for and its volume definitions; returns the
     * reply entries (the definition's first). The group must exist; empty means DfltRscGrp.
     *
     * @throws io.linstorj.controller.api.ApiRcException when refused
     */
    public List<ApiCallRc> create(DesiredState desired, ResourceDefinitionCreateRequest request) {
        CallContext ctx = CallContext.of(RetCodes.MASK_CRT, RetCodes.MASK_RSC_DFN)
                .ref(ApiCallRc.REF_RESOURCE_DEFINITION, request.name());
        NameRules.resourceName(request.name(), ctx);
        PropertyRules.check(request.props(), ctx);
        ResourceGroup group = resourceGroup(desired, request.resourceGroupName(), ctx);
        ResourceDefinition existing = desired.resourceDefinition(request.name());
        if (existing != null && existing.isDeleting()) {
            List<String> pending = ResourceDeletion.pendingNodes(desired, existing.name());
            throw ctx.refuse(
                    RetCodes.FAIL_EXISTS_RSC_DFN,
                    "Resource definition '" + existing.name() + "' is still being deleted.",
                    "It is marked DELETE until its resources are gone on node(s) " + String.join(", ", pending)
                            + "; its DRBD port and minors stay reserved until then.",
                    "Wait until the deletion completes (a satellite that is offline must reconnect, or its node be"
                            + " declared lost with DELETE /v1/nodes/{node}/lost), then create it again.");
        }
        if (existing != null) {
            throw ctx.refuse(
                    RetCodes.FAIL_EXISTS_RSC_DFN,
                    "Resource definition '" + existing.name() + "' already exists.",
                    "A resource definition of that name (ignoring case) exists.",
                    "Choose another name or use the existing definition.");
        }
        int port = request.port() == null
                ? allocation.allocatePort(desired, ctx)
                : checkPort(desired, request.port(), ctx);
        ResourceDefinition definition = new ResourceDefinition(
                request.name(),
                port,
                allocation.newSecret(),
                ResourceDefinition.TRANSPORT_IP,
                request.props(),
                Set.of(),
                group.name(),
                UUID.randomUUID());
        desired.putResourceDefinition(definition);
        List<ApiCallRc> replies = new ArrayList<>();
        replies.add(ctx.rc(RetCodes.CREATED, "Resource definition '" + definition.name() + "' created.")
                .withDetails("Resource definition '" + definition.name() + "' UUID is: " + definition.uuid()
                        + "; DRBD port " + port + "; resource group '" + group.name() + "'."));
        for (VolumeDefinitionRequest volume : request.volumeDefinitions()) {
            replies.add(volumeDefinitions.create(desired, definition, volume));
        }
        return replies;
    }

    /**
     * Creates one volume definition of {@code definition} inside a mutation (with a volume on each
     * of its replicas); returns its reply entry.
     *
     * @throws io.linstorj.controller.api.ApiRcException when refused
     */
    public ApiCallRc createVolumeDefinition(
            DesiredState desired, ResourceDefinition definition, VolumeDefinitionRequest request) {
        return volumeDefinitions.create(desired, definition, request);
    }

    private static ResourceGroup resourceGroup(DesiredState desired, String name, CallContext ctx) {
        String groupName = name == null || name.isEmpty() ? ResourceGroup.DEFAULT_NAME : name;
        NameRules.resourceGroupName(groupName, ctx);
        ResourceGroup group = desired.resourceGroup(groupName);
        if (group == null) {
            throw ctx.refuse(
                    RetCodes.FAIL_NOT_FOUND_RSC_GRP,
                    "Resource group '" + groupName + "' not found.",
                    "A resource definition belongs to an existing resource group.",
                    "Create the resource group first, or leave the group empty for " + ResourceGroup.DEFAULT_NAME
                            + ".");
        }
        return group;
    }

    private static int checkPort(DesiredState desired, int port, CallContext ctx) {
        if (port < 1 || port > PropertyRules.MAX_PORT) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_RSC_PORT,
                    "Invalid DRBD port " + port + ".",
                    "A TCP port lies between 1 and " + PropertyRules.MAX_PORT + ".",
                    "Give a valid port or none.");
        }
        String user = desired.usedPorts().get(port);
        if (user != null) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_RSC_PORT,
                    "DRBD port " + port + " is already in use.",
                    "Resource definition '"
                            + desired.resourceDefinitions().get(user).name() + "' uses it.",
                    "Give a free port or none to have one allocated.");
        }
        return port;
    }
}

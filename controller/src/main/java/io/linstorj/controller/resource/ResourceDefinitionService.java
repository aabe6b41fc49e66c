package io.linstorj.controller.resource;

import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.props.PropsChange;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.WriteQueue;
import io.linstorj.protocol.RetCodes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** Creates, modifies, deletes and lists resource definitions. */
public final class ResourceDefinitionService {
    /** The only resource group name accepted besides empty, until resource groups exist. */
    static final String DEFAULT_RESOURCE_GROUP = "DfltRscGrp";

    private final WriteQueue writes;
    private final GuardedState state;
    private final DrbdAllocation allocation;
    private final VolumeDefinitions volumeDefinitions;

    /** Creates the service. */
    ResourceDefinitionService(WriteQueue writes, GuardedState state, DrbdAllocation allocation,
        VolumeDefinitions volumeDefinitions) {
        this.writes = writes;
        this.state = state;
        this.allocation = allocation;
        this.volumeDefinitions = volumeDefinitions;
    }

    /**
     * Creates a resource definition with a DRBD port (given, or allocated from TcpPortAutoRange)
     * and a new shared secret, and the volume definitions of the request.
     */
    public CompletableFuture<List<ApiCallRc>> create(ResourceDefinitionCreateRequest request) {
        CallContext ctx = context(RetCodes.MASK_CRT, request.name());
        return writes.submit(desired -> {
            NameRules.resourceName(request.name(), ctx);
            PropertyRules.check(request.props(), ctx);
            checkResourceGroup(request.resourceGroupName(), ctx);
            ResourceDefinition existing = desired.resourceDefinition(request.name());
            if (existing != null) {
                throw ctx.refuse(RetCodes.FAIL_EXISTS_RSC_DFN,
                    "Resource definition '" + existing.name() + "' already exists.",
                    "A resource definition of that name (ignoring case) exists.",
                    "Choose another name or use the existing definition.");
            }
            int port = request.port() == null
                ? allocation.allocatePort(desired, ctx) : checkPort(desired, request.port(), ctx);
            ResourceDefinition definition = new ResourceDefinition(request.name(), port, allocation.newSecret(),
                ResourceDefinition.TRANSPORT_IP, request.props(), Set.of(), request.resourceGroupName(),
                UUID.randomUUID());
            desired.putResourceDefinition(definition);
            List<ApiCallRc> replies = new ArrayList<>();
            replies.add(ctx.rc(RetCodes.CREATED, "Resource definition '" + definition.name() + "' created.")
                .withDetails("Resource definition '" + definition.name() + "' UUID is: " + definition.uuid()
                    + "; DRBD port " + port + "."));
            for (VolumeDefinitionRequest volume : request.volumeDefinitions()) {
                replies.add(volumeDefinitions.create(desired, definition, volume));
            }
            return replies;
        });
    }

    /** Sets and deletes properties of a resource definition. */
    public CompletableFuture<List<ApiCallRc>> modify(String name, PropsChange props) {
        CallContext ctx = context(RetCodes.MASK_MOD, name);
        return writes.submit(desired -> {
            ResourceDefinition definition = existing(desired, name, ctx);
            PropertyRules.check(props.overrides(), ctx);
            desired.putResourceDefinition(definition.withProps(props.applyTo(definition.props())));
            return List.of(ctx.rc(RetCodes.MODIFIED, "Resource definition '" + definition.name() + "' modified."));
        });
    }

    /** Deletes a resource definition and its volume definitions; refused with FAIL_IN_USE while replicas exist. */
    public CompletableFuture<List<ApiCallRc>> delete(String name) {
        CallContext ctx = context(RetCodes.MASK_DEL, name);
        return writes.submit(desired -> {
            NameRules.resourceName(name, ctx);
            ResourceDefinition definition = desired.resourceDefinition(name);
            if (definition == null) {
                return List.of(ctx.rc(RetCodes.WARN_NOT_FOUND, "Resource definition '" + name + "' not found."));
            }
            Collection<Resource> replicas = desired.resourcesOf(name);
            if (!replicas.isEmpty()) {
                throw ctx.refuse(RetCodes.FAIL_IN_USE, "Resource definition '" + definition.name()
                    + "' is still in use.",
                    "Resources exist on nodes: "
                        + replicas.stream().map(Resource::nodeName).collect(Collectors.joining(", ")) + ".",
                    "Delete the resources first.");
            }
            for (VolumeDefinition volume : List.copyOf(desired.volumeDefinitionsOf(name))) {
                desired.removeVolumeDefinition(volume.key());
            }
            desired.removeResourceDefinition(name);
            return List.of(ctx.rc(RetCodes.DELETED, "Resource definition '" + definition.name() + "' deleted."));
        });
    }

    /** Lists the definitions named in {@code names} (all when empty), with their volume definitions. */
    public CompletableFuture<List<ResourceDefinitionView>> list(Collection<String> names) {
        Set<String> keys = names.stream().map(Names::key).collect(Collectors.toSet());
        return state.readAsync(desired -> {
            List<ResourceDefinitionView> views = new ArrayList<>();
            if (keys.isEmpty()) {
                for (ResourceDefinition definition : desired.resourceDefinitions().values()) {
                    views.add(new ResourceDefinitionView(definition,
                        List.copyOf(desired.volumeDefinitionsOf(definition.name()))));
                }
                return views;
            }
            for (String key : new TreeSet<>(keys)) {
                ResourceDefinition definition = desired.resourceDefinitions().get(key);
                if (definition != null) {
                    views.add(new ResourceDefinitionView(definition,
                        List.copyOf(desired.volumeDefinitionsOf(definition.name()))));
                }
            }
            return views;
        });
    }

    static ResourceDefinition existing(DesiredState desired, String name, CallContext ctx) {
        NameRules.resourceName(name, ctx);
        ResourceDefinition definition = desired.resourceDefinition(name);
        if (definition == null) {
            throw ctx.refuse(RetCodes.FAIL_NOT_FOUND_RSC_DFN, "Resource definition '" + name + "' not found.",
                "No resource definition of that name exists.", "Create the resource definition first.");
        }
        return definition;
    }

    private static int checkPort(DesiredState desired, int port, CallContext ctx) {
        if (port < 1 || port > PropertyRules.MAX_PORT) {
            throw ctx.refuse(RetCodes.FAIL_INVLD_RSC_PORT, "Invalid DRBD port " + port + ".",
                "A TCP port lies between 1 and " + PropertyRules.MAX_PORT + ".", "Give a valid port or none.");
        }
        String user = desired.usedPorts().get(port);
        if (user != null) {
            throw ctx.refuse(RetCodes.FAIL_INVLD_RSC_PORT, "DRBD port " + port + " is already in use.",
                "Resource definition '" + desired.resourceDefinitions().get(user).name() + "' uses it.",
                "Give a free port or none to have one allocated.");
        }
        return port;
    }

    private static void checkResourceGroup(String name, CallContext ctx) {
        if (name != null && !name.isEmpty() && !name.equalsIgnoreCase(DEFAULT_RESOURCE_GROUP)) {
            throw ctx.refuse(RetCodes.FAIL_NOT_FOUND_RSC_GRP, "Resource group '" + name + "' not found.",
                "Resource groups are not supported yet by this controller.",
                "Leave the resource group empty.");
        }
    }

    private static CallContext context(long operation, String name) {
        return CallContext.of(operation, RetCodes.MASK_RSC_DFN).ref(ApiCallRc.REF_RESOURCE_DEFINITION, name);
    }
}

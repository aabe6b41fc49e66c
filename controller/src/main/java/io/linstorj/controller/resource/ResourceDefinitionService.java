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
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** Creates, modifies, deletes and lists resource definitions. */
public final class ResourceDefinitionService {
    private final WriteQueue writes;
    private final GuardedState state;
    private final ResourceDefinitionFactory factory;

    /** Creates the service. */
    ResourceDefinitionService(WriteQueue writes, GuardedState state, ResourceDefinitionFactory factory) {
        this.writes = writes;
        this.state = state;
        this.factory = factory;
    }

    /**
     * Creates a resource definition in its resource group (DfltRscGrp unless named) with a DRBD
     * port (given, or allocated from TcpPortAutoRange), a new shared secret and the volume
     * definitions of the request.
     */
    public CompletableFuture<List<ApiCallRc>> create(ResourceDefinitionCreateRequest request) {
        return writes.submit(desired -> factory.create(desired, request));
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

    /** The resource definition named {@code name}; refuses a bad name or FAIL_NOT_FOUND_RSC_DFN with {@code ctx}. */
    public static ResourceDefinition existing(DesiredState desired, String name, CallContext ctx) {
        NameRules.resourceName(name, ctx);
        ResourceDefinition definition = desired.resourceDefinition(name);
        if (definition == null) {
            throw ctx.refuse(RetCodes.FAIL_NOT_FOUND_RSC_DFN, "Resource definition '" + name + "' not found.",
                "No resource definition of that name exists.", "Create the resource definition first.");
        }
        return definition;
    }

    private static CallContext context(long operation, String name) {
        return CallContext.of(operation, RetCodes.MASK_RSC_DFN).ref(ApiCallRc.REF_RESOURCE_DEFINITION, name);
    }
}

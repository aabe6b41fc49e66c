package io.linstorj.controller.group;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.autoplace.Autoplacer;
import io.linstorj.controller.cluster.ResourceGroup;
import io.linstorj.controller.cluster.VolumeGroup;
import io.linstorj.controller.resource.ResourceDefinitionCreateRequest;
import io.linstorj.controller.resource.ResourceDefinitionFactory;
import io.linstorj.controller.resource.VolumeDefinitionRequest;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.WriteQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Spawns resource definitions from resource groups (LINSTOR's spawn): the definition with the
 * group's properties, one volume definition per size with the matching volume group's number and
 * properties (a partial spawn may give fewer sizes, leaving the last volume groups unused, or
 * more, whose extra volume definitions take the next free numbers and no properties), and unless asked for definitions only, the replicas autoplace chooses by the
 * group's select filter. One mutation: when placement refuses, nothing is left behind. The
 * placement is decided off the writer before that mutation, for a definition of the requested
 * sizes, and checked again inside it once the definition exists ({@link Autoplacer}).
 */
public final class SpawnService {
    private final WriteQueue writes;
    private final ResourceDefinitionFactory definitions;
    private final Autoplacer autoplacer;

    /** Creates the service. */
    public SpawnService(WriteQueue writes, ResourceDefinitionFactory definitions, Autoplacer autoplacer) {
        this.writes = writes;
        this.definitions = definitions;
        this.autoplacer = autoplacer;
    }

    /**
     * Spawns {@code request}; answers the entries of the created definition, volume definitions
     * and replicas, or the first refusal (FAIL_NOT_FOUND_RSC_GRP, FAIL_INVLD_VLM_SIZES when the
     * number of sizes differs from the group's volume groups and the spawn is not partial, the
     * definition's or placement's).
     */
    public CompletableFuture<List<ApiCallRc>> spawn(SpawnRequest request) {
        CallContext ctx = GroupLookup.context(RetCodes.MASK_CRT, request.resourceGroupName())
                .ref(ApiCallRc.REF_RESOURCE_DEFINITION, request.resourceDefinitionName());
        if (request.definitionsOnly()) {
            return writes.submit(desired -> create(desired, request, ctx));
        }
        return autoplacer.placeAndApply(
                writes,
                () -> autoplacer.planSpawn(
                        request.resourceDefinitionName(),
                        request.resourceGroupName(),
                        request.volumeSizesKib(),
                        request.selectFilter()),
                plan -> desired -> {
                    List<ApiCallRc> replies = create(desired, request, ctx);
                    replies.addAll(
                            autoplacer.apply(desired, request.resourceDefinitionName(), request.selectFilter(), plan));
                    return replies;
                });
    }

    private List<ApiCallRc> create(DesiredState desired, SpawnRequest request, CallContext ctx) {
        ResourceGroup group = GroupLookup.existing(desired, request.resourceGroupName(), ctx);
        List<VolumeDefinitionRequest> volumes =
                volumes(desired, group, request.volumeSizesKib(), request.partial(), ctx);
        return new ArrayList<>(definitions.create(
                desired,
                new ResourceDefinitionCreateRequest(
                        request.resourceDefinitionName(), null, group.props(), group.name(), volumes)));
    }

    private static List<VolumeDefinitionRequest> volumes(
            DesiredState desired, ResourceGroup group, List<Long> sizes, boolean partial, CallContext ctx) {
        List<VolumeGroup> volumeGroups = List.copyOf(desired.volumeGroupsOf(group.name()));
        if (!partial && !volumeGroups.isEmpty() && volumeGroups.size() != sizes.size()) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_VLM_SIZES,
                    "Resource group '" + group.name() + "' has " + volumeGroups.size() + " volume groups, but "
                            + sizes.size() + " volume sizes were given.",
                    "A spawn gives one size per volume group of the resource group.",
                    "Give " + volumeGroups.size() + " sizes, in the order of the volume numbers, or spawn partially.");
        }
        List<VolumeDefinitionRequest> volumes = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            VolumeGroup template = i < volumeGroups.size() ? volumeGroups.get(i) : null;
            volumes.add(new VolumeDefinitionRequest(
                    template == null ? null : template.volumeNumber(),
                    sizes.get(i),
                    null,
                    template == null ? Map.of() : template.props()));
        }
        return volumes;
    }
}

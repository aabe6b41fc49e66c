package io.linstorj.controller.resource;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.cluster.VolumeDefinitionKey;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.props.PropsChange;
import io.linstorj.controller.state.WriteQueue;
import io.linstorj.controller.storage.PoolMeasurement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Creates, resizes, modifies and deletes volume definitions. */
public final class VolumeDefinitionService {
    private final WriteQueue writes;
    private final VolumeDefinitions volumeDefinitions;
    private final GrowthCheck growth;

    /** Creates the service. */
    VolumeDefinitionService(WriteQueue writes, VolumeDefinitions volumeDefinitions, PoolMeasurement measurement) {
        this.writes = writes;
        this.volumeDefinitions = volumeDefinitions;
        this.growth = new GrowthCheck(measurement);
    }

    /** Creates volume definitions (all or none) and adds their volumes to the existing replicas. */
    public CompletableFuture<List<ApiCallRc>> create(String resourceName, List<VolumeDefinitionRequest> requests) {
        CallContext ctx = CallContext.of(RetCodes.MASK_CRT, RetCodes.MASK_VLM_DFN)
                .ref(ApiCallRc.REF_RESOURCE_DEFINITION, resourceName);
        List<VolumeDefinitionRequest> copy = List.copyOf(requests);
        return writes.submit(desired -> {
            ResourceDefinition definition = ResourceDefinitionService.existing(desired, resourceName, ctx);
            ResourceDeletion.refuseIfDeleting(definition, ctx);
            List<ApiCallRc> replies = new ArrayList<>();
            for (VolumeDefinitionRequest request : copy) {
                replies.add(volumeDefinitions.create(desired, definition, request));
            }
            return replies;
        });
    }

    /**
     * Grows a volume definition to {@code sizeKib} (null keeps the size) and changes its properties.
     *
     * <p>Growing is refused (FAIL_NOT_ENOUGH_FREE_SPACE, naming node and pool) when the storage
     * pool of a diskful replica has no room for the growth by its last reported capacity; a
     * pool whose capacity is unknown (its node offline, or no report yet) does not block the
     * resize: it is accepted with a WARN_NOT_CONNECTED naming that node and pool, and that
     * satellite grows the volume when it can (see {@link GrowthCheck}).
     */
    public CompletableFuture<List<ApiCallRc>> modify(
            String resourceName, int volumeNumber, Long sizeKib, PropsChange props) {
        CallContext ctx = context(RetCodes.MASK_MOD, resourceName, volumeNumber);
        return writes.submit(desired -> {
            NameRules.resourceName(resourceName, ctx);
            VolumeDefinition volume =
                    desired.volumeDefinitions().get(VolumeDefinitionKey.of(resourceName, volumeNumber));
            if (volume == null) {
                throw ctx.refuse(
                        RetCodes.FAIL_NOT_FOUND_VLM_DFN,
                        "Volume definition with number '" + volumeNumber + "' of resource definition '" + resourceName
                                + "' not found.",
                        "The resource definition has no volume of that number.",
                        "Check the resource and volume number.");
            }
            PropertyRules.check(props.overrides(), ctx);
            VolumeDefinition changed = volume.withProps(props.applyTo(volume.props()));
            if (sizeKib != null) {
                VolumeDefinitions.checkSize(sizeKib, ctx);
                if (sizeKib < volume.sizeKib()) {
                    throw ctx.refuse(
                            RetCodes.FAIL_INVLD_VLM_SIZE,
                            "Shrinking is not supported: volume "
                                    + volumeNumber + " of '" + volume.resourceName() + "' has " + volume.sizeKib()
                                    + " KiB, asked for " + sizeKib + " KiB.",
                            "Volumes can only grow; shrinking would cut off data.",
                            "Give a size of at least " + volume.sizeKib() + " KiB.");
                }
                List<ApiCallRc> warnings = growth.check(desired, volume, sizeKib, ctx);
                changed = changed.withSizeKib(sizeKib);
                desired.putVolumeDefinition(changed);
                List<ApiCallRc> replies = new ArrayList<>();
                replies.add(modified(ctx, volume));
                replies.addAll(warnings);
                return replies;
            }
            desired.putVolumeDefinition(changed);
            return List.of(modified(ctx, volume));
        });
    }

    /** Deletes a volume definition and the volume from every replica; WARN_NOT_FOUND when absent. */
    public CompletableFuture<List<ApiCallRc>> delete(String resourceName, int volumeNumber) {
        CallContext ctx = context(RetCodes.MASK_DEL, resourceName, volumeNumber);
        return writes.submit(desired -> {
            NameRules.resourceName(resourceName, ctx);
            VolumeDefinitionKey key = VolumeDefinitionKey.of(resourceName, volumeNumber);
            VolumeDefinition volume = desired.volumeDefinitions().get(key);
            if (volume == null) {
                return List.of(ctx.rc(
                        RetCodes.WARN_NOT_FOUND,
                        "Volume definition with number '" + volumeNumber + "' of resource definition '" + resourceName
                                + "' not found."));
            }
            for (Resource replica : List.copyOf(desired.resourcesOf(resourceName))) {
                desired.removeVolume(resourceName, replica.nodeName(), volumeNumber);
            }
            desired.removeVolumeDefinition(key);
            return List.of(ctx.rc(
                    RetCodes.DELETED,
                    "Volume definition with number '" + volumeNumber + "' of resource definition '"
                            + volume.resourceName() + "' deleted."));
        });
    }

    private static ApiCallRc modified(CallContext ctx, VolumeDefinition volume) {
        return ctx.rc(
                RetCodes.MODIFIED,
                "Volume definition with number '" + volume.volumeNumber() + "' of resource definition '"
                        + volume.resourceName() + "' modified.");
    }

    private static CallContext context(long operation, String resourceName, int volumeNumber) {
        return CallContext.of(operation, RetCodes.MASK_VLM_DFN)
                .ref(ApiCallRc.REF_RESOURCE_DEFINITION, resourceName)
                .ref(ApiCallRc.REF_VOLUME_NUMBER, Integer.toString(volumeNumber));
    }
}

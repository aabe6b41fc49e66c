package io.linstorj.controller.group;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.cluster.ResourceGroup;
import io.linstorj.controller.cluster.VolumeGroup;
import io.linstorj.controller.cluster.VolumeGroupKey;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.props.PropsChange;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.WriteQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Creates, modifies, deletes and lists the volume groups of resource groups. */
public final class VolumeGroupService {
    private final WriteQueue writes;
    private final GuardedState state;

    /** Creates the service. */
    public VolumeGroupService(WriteQueue writes, GuardedState state) {
        this.writes = writes;
        this.state = state;
    }

    /** Creates volume groups of resource group {@code groupName}, all or none. */
    public CompletableFuture<List<ApiCallRc>> create(String groupName, List<VolumeGroupRequest> requests) {
        CallContext ctx = VolumeGroups.context(RetCodes.MASK_CRT, groupName, null);
        List<VolumeGroupRequest> copy = List.copyOf(requests);
        return writes.submit(desired -> {
            ResourceGroup group = GroupLookup.existing(desired, groupName, ctx);
            List<ApiCallRc> replies = new ArrayList<>();
            for (VolumeGroupRequest request : copy) {
                replies.add(VolumeGroups.create(desired, group, request));
            }
            return replies;
        });
    }

    /** Changes the properties of a volume group. */
    public CompletableFuture<List<ApiCallRc>> modify(String groupName, int volumeNumber, PropsChange props) {
        CallContext ctx = VolumeGroups.context(RetCodes.MASK_MOD, groupName, volumeNumber);
        return writes.submit(desired -> {
            VolumeGroup volumeGroup = existing(desired, groupName, volumeNumber, ctx);
            PropertyRules.check(props.overrides(), ctx);
            desired.putVolumeGroup(volumeGroup.withProps(props.applyTo(volumeGroup.props())));
            return List.of(ctx.rc(
                    RetCodes.MODIFIED,
                    "Volume group with number '" + volumeNumber + "' of resource group '"
                            + volumeGroup.resourceGroupName() + "' modified."));
        });
    }

    /** Deletes a volume group; WARN_NOT_FOUND when absent. Spawned definitions keep their volumes. */
    public CompletableFuture<List<ApiCallRc>> delete(String groupName, int volumeNumber) {
        CallContext ctx = VolumeGroups.context(RetCodes.MASK_DEL, groupName, volumeNumber);
        return writes.submit(desired -> {
            ResourceGroup group = GroupLookup.existing(desired, groupName, ctx);
            VolumeGroup volumeGroup = desired.removeVolumeGroup(group.name(), volumeNumber);
            if (volumeGroup == null) {
                return List.of(ctx.rc(
                        RetCodes.WARN_NOT_FOUND,
                        "Volume group with number '" + volumeNumber + "' of resource group '" + group.name()
                                + "' not found."));
            }
            return List.of(ctx.rc(
                    RetCodes.DELETED,
                    "Volume group with number '" + volumeNumber + "' of resource group '" + group.name()
                            + "' deleted."));
        });
    }

    /**
     * The volume groups of resource group {@code groupName}, by number; completes exceptionally
     * with an {@link io.linstorj.controller.api.ApiRcException} when the group does not exist.
     */
    public CompletableFuture<List<VolumeGroup>> list(String groupName) {
        CallContext ctx = VolumeGroups.context(0, groupName, null);
        return state.readAsync(desired -> {
            ResourceGroup group = GroupLookup.existing(desired, groupName, ctx);
            return List.copyOf(desired.volumeGroupsOf(group.name()));
        });
    }

    private static VolumeGroup existing(DesiredState desired, String groupName, int volumeNumber, CallContext ctx) {
        ResourceGroup group = GroupLookup.existing(desired, groupName, ctx);
        VolumeGroup volumeGroup = desired.volumeGroups().get(VolumeGroupKey.of(group.name(), volumeNumber));
        if (volumeGroup == null) {
            throw ctx.refuse(
                    RetCodes.FAIL_NOT_FOUND_VLM_GRP,
                    "Volume group with number '" + volumeNumber + "' of resource group '" + group.name()
                            + "' not found.",
                    "The resource group has no volume group of that number.",
                    "Check the group and volume number.");
        }
        return volumeGroup;
    }
}

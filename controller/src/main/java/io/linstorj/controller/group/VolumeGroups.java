package io.linstorj.controller.group;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.cluster.ResourceGroup;
import io.linstorj.controller.cluster.VolumeGroup;
import io.linstorj.controller.cluster.VolumeGroupKey;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.state.DesiredState;
import java.util.Set;
import java.util.UUID;

/**
 * Creates volume groups inside a mutation: checks number, properties and flags. Shared by
 * resource-group create and volume-group create.
 */
final class VolumeGroups {
    /** Highest volume number, as for volume definitions. */
    static final int MAX_VOLUME_NUMBER = 65535;

    private VolumeGroups() {}

    /** Creates one volume group of {@code group}; returns its reply entry. */
    static ApiCallRc create(DesiredState desired, ResourceGroup group, VolumeGroupRequest request) {
        CallContext ctx = context(RetCodes.MASK_CRT, group.name(), request.volumeNumber());
        int number = request.volumeNumber() == null
                ? nextFreeNumber(desired, group, ctx)
                : checkNumber(desired, group, request.volumeNumber(), ctx);
        CallContext numbered = context(RetCodes.MASK_CRT, group.name(), number);
        PropertyRules.check(request.props(), numbered);
        if (!request.flags().isEmpty()) {
            throw numbered.refuse(
                    RetCodes.FAIL_INVLD_REQUEST,
                    "Volume group flags " + request.flags() + " are not supported.",
                    "LinstorJ models no volume group flags (such as LINSTOR's GROSS_SIZE) yet.",
                    "Create the volume group without flags.");
        }
        VolumeGroup volumeGroup = new VolumeGroup(group.name(), number, request.props(), Set.of(), UUID.randomUUID());
        desired.putVolumeGroup(volumeGroup);
        return numbered.rc(
                RetCodes.CREATED,
                "Volume group with number '" + number + "' of resource group '" + group.name() + "' created.");
    }

    /** The context of a call about a volume group; a null number leaves out its reference. */
    static CallContext context(long operation, String groupName, Integer volumeNumber) {
        CallContext ctx = CallContext.of(operation, RetCodes.MASK_VLM_GRP).ref(ApiCallRc.REF_RESOURCE_GROUP, groupName);
        return volumeNumber == null ? ctx : ctx.ref(ApiCallRc.REF_VOLUME_NUMBER, Integer.toString(volumeNumber));
    }

    private static int nextFreeNumber(DesiredState desired, ResourceGroup group, CallContext ctx) {
        for (int number = 0; number <= MAX_VOLUME_NUMBER; number++) {
            if (!desired.volumeGroups().containsKey(VolumeGroupKey.of(group.name(), number))) {
                return number;
            }
        }
        throw ctx.refuse(
                RetCodes.FAIL_POOL_EXHAUSTED_VLM_NR,
                "No free volume number left.",
                "Every volume number of the resource group is taken.",
                "Delete unused volume groups.");
    }

    private static int checkNumber(DesiredState desired, ResourceGroup group, int number, CallContext ctx) {
        if (number < 0 || number > MAX_VOLUME_NUMBER) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_VLM_NR,
                    "Invalid volume number " + number + ".",
                    "Volume numbers lie between 0 and " + MAX_VOLUME_NUMBER + ".",
                    "Give a number in that range or none.");
        }
        if (desired.volumeGroups().containsKey(VolumeGroupKey.of(group.name(), number))) {
            throw ctx.refuse(
                    RetCodes.FAIL_EXISTS_VLM_GRP,
                    "Volume group with number '" + number + "' already exists in resource group '" + group.name()
                            + "'.",
                    "Volume numbers are unique per resource group.",
                    "Give another number or none.");
        }
        return number;
    }
}

package io.linstorj.controller.resource;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.cluster.VolumeDefinitionKey;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.state.DesiredState;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Creates volume definitions inside a mutation: checks number, size and minor, allocates what is
 * missing and adds the volume to every existing replica. Shared by resource-definition and
 * volume-definition create.
 */
final class VolumeDefinitions {
    /** Largest volume: 1 PiB in KiB (2^40), DRBD's limit per volume. */
    static final long MAX_SIZE_KIB = 1L << 40;
    /** Highest volume number. */
    static final int MAX_VOLUME_NUMBER = 65535;

    private final DrbdAllocation allocation;
    private final StoragePoolResolver pools;

    VolumeDefinitions(DrbdAllocation allocation, StoragePoolResolver pools) {
        this.allocation = allocation;
        this.pools = pools;
    }

    /** Creates one volume definition of {@code definition}; returns its reply entry. */
    ApiCallRc create(DesiredState state, ResourceDefinition definition, VolumeDefinitionRequest request) {
        CallContext ctx = CallContext.of(RetCodes.MASK_CRT, RetCodes.MASK_VLM_DFN)
                .ref(ApiCallRc.REF_RESOURCE_DEFINITION, definition.name());
        int number = request.volumeNumber() == null
                ? nextFreeNumber(state, definition.name(), ctx)
                : checkNumber(state, definition.name(), request.volumeNumber(), ctx);
        ctx = ctx.ref(ApiCallRc.REF_VOLUME_NUMBER, Integer.toString(number));
        checkSize(request.sizeKib(), ctx);
        PropertyRules.check(request.props(), ctx);
        int minor = request.minorNumber() == null
                ? allocation.allocateMinor(state, ctx)
                : checkMinor(state, request.minorNumber(), ctx);
        VolumeDefinition volumeDefinition = new VolumeDefinition(
                definition.name(), number, request.sizeKib(), minor, request.props(), Set.of(), UUID.randomUUID());
        state.putVolumeDefinition(volumeDefinition);
        for (Resource replica : List.copyOf(state.resourcesOf(definition.name()))) {
            String pool = pools.poolForNewVolume(state, replica, ctx);
            Volume volume =
                    new Volume(replica.resourceName(), replica.nodeName(), number, pool, Map.of(), UUID.randomUUID());
            state.putVolume(volume);
        }
        return ctx.rc(
                        RetCodes.CREATED,
                        "Volume definition with number '" + number + "' of resource definition '" + definition.name()
                                + "' created.")
                .withDetails("Size " + request.sizeKib() + " KiB, minor " + minor + ".");
    }

    static void checkSize(long sizeKib, CallContext ctx) {
        if (sizeKib <= 0 || sizeKib > MAX_SIZE_KIB) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_VLM_SIZE,
                    "Invalid volume size " + sizeKib + " KiB.",
                    "A volume has between 1 KiB and 1 PiB (" + MAX_SIZE_KIB + " KiB), DRBD's limit per volume.",
                    "Give a size in KiB within these limits.");
        }
    }

    private static int nextFreeNumber(DesiredState state, String resourceName, CallContext ctx) {
        for (int number = 0; number <= MAX_VOLUME_NUMBER; number++) {
            if (!state.volumeDefinitions().containsKey(VolumeDefinitionKey.of(resourceName, number))) {
                return number;
            }
        }
        throw ctx.refuse(
                RetCodes.FAIL_POOL_EXHAUSTED_VLM_NR,
                "No free volume number left.",
                "Every volume number of the resource definition is taken.",
                "Delete unused volume definitions.");
    }

    private static int checkNumber(DesiredState state, String resourceName, int number, CallContext ctx) {
        CallContext numbered = ctx.ref(ApiCallRc.REF_VOLUME_NUMBER, Integer.toString(number));
        if (number < 0 || number > MAX_VOLUME_NUMBER) {
            throw numbered.refuse(
                    RetCodes.FAIL_INVLD_VLM_NR,
                    "Invalid volume number " + number + ".",
                    "Volume numbers lie between 0 and " + MAX_VOLUME_NUMBER + ".",
                    "Give a number in that range or none.");
        }
        if (state.volumeDefinitions().containsKey(VolumeDefinitionKey.of(resourceName, number))) {
            throw numbered.refuse(
                    RetCodes.FAIL_EXISTS_VLM_DFN,
                    "Volume definition with number '" + number + "' already exists in resource definition '"
                            + resourceName + "'.",
                    "Volume numbers are unique per resource definition.",
                    "Give another number or none.");
        }
        return number;
    }

    private static int checkMinor(DesiredState state, int minor, CallContext ctx) {
        if (minor < 0 || minor > PropertyRules.MAX_MINOR) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_MINOR_NR,
                    "Invalid minor number " + minor + ".",
                    "DRBD minors lie between 0 and " + PropertyRules.MAX_MINOR + ".",
                    "Give a minor in that range or none.");
        }
        VolumeDefinitionKey user = state.usedMinors().get(minor);
        if (user != null) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_MINOR_NR,
                    "Minor number " + minor + " is already in use.",
                    "Volume " + user.volumeNumber() + " of resource '"
                            + state.volumeDefinitions().get(user).resourceName() + "' uses it.",
                    "Give a free minor or none to have one allocated.");
        }
        return minor;
    }
}

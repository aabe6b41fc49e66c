package io.linstorj.controller.group;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.api.NotFound;
import io.linstorj.controller.cluster.ResourceGroup;
import io.linstorj.controller.state.DesiredState;

/** Finds resource groups for the group services, refusing bad or unknown names alike. */
final class GroupLookup {
    private GroupLookup() {}

    /** The group named {@code name}; FAIL_INVLD_RSC_GRP_NAME or FAIL_NOT_FOUND_RSC_GRP with {@code ctx}. */
    static ResourceGroup existing(DesiredState desired, String name, CallContext ctx) {
        NameRules.resourceGroupName(name, ctx);
        ResourceGroup group = desired.resourceGroup(name);
        if (group == null) {
            throw NotFound.resourceGroup(name, ctx);
        }
        return group;
    }

    /** The context of a call about resource group {@code name}. */
    static CallContext context(long operation, String name) {
        return CallContext.of(operation, RetCodes.MASK_RSC_GRP).ref(ApiCallRc.REF_RESOURCE_GROUP, name);
    }
}

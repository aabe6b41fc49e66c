package io.linstorj.client.internal.rest;

import static io.linstorj.client.internal.rest.RestRequests.path;
import static io.linstorj.client.internal.rest.RestRequests.query;
import static io.linstorj.client.internal.rest.RestRequests.refusal;

import com.fasterxml.jackson.databind.JsonNode;
import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Consts;
import io.linstorj.client.LinstorApiCallError;
import io.linstorj.client.LinstorNetworkError;
import io.linstorj.client.internal.Durations;
import io.linstorj.client.internal.rest.RestRequests.PropsModify;
import io.linstorj.protocol.linstor.Filter;
import io.linstorj.protocol.linstor.MsgCrtRscGrp;
import io.linstorj.protocol.linstor.MsgCrtVlmGrp;
import io.linstorj.protocol.linstor.MsgDelRscGrp;
import io.linstorj.protocol.linstor.MsgDelVlmGrp;
import io.linstorj.protocol.linstor.MsgLstRscGrp;
import io.linstorj.protocol.linstor.MsgModRscGrp;
import io.linstorj.protocol.linstor.MsgModVlmGrp;
import io.linstorj.protocol.linstor.MsgSpawnRscDfn;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The resource group and volume group calls over REST: {@code /v1/resource-groups[/{group}]},
 * {@code /v1/resource-groups/{group}/volume-groups[/{volume}]} and the spawn of a resource
 * definition from a group, {@code /v1/resource-groups/{group}/spawn}.
 */
final class GroupCalls {
    private final RestRequests rest;

    GroupCalls(RestRequests rest) {
        this.rest = rest;
    }

    RestAnswer createResourceGroup(String call, MsgCrtRscGrp create, Duration timeout) {
        return rest.mutate(call, "POST", "/v1/resource-groups", JsonBodies.resourceGroup(create.getRscGrp()), timeout);
    }

    RestAnswer modifyResourceGroup(String call, MsgModRscGrp modify, Duration timeout) {
        String path = path("resource-groups", modify.getRscGrpName());
        return rest.mutate(call, "PUT", path, JsonBodies.resourceGroupModify(modify), timeout);
    }

    RestAnswer deleteResourceGroup(String call, MsgDelRscGrp delete, Duration timeout) {
        return rest.mutate(call, "DELETE", path("resource-groups", delete.getRscGrpName()), null, timeout);
    }

    /** Every group of the list, each with its volume groups, which REST lists under the group. */
    RestAnswer listResourceGroups(String call, Filter filter, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String path = "/v1/resource-groups" + query("resource_groups", filter.getNamesList());
        HttpAnswer groups = rest.send("GET", path, null, timeout);
        if (!groups.isSuccess()) {
            return refusal(call, "GET", path, groups);
        }
        MsgLstRscGrp.Builder list = MsgLstRscGrp.newBuilder();
        for (JsonNode group : JsonViews.elements(groups.body())) {
            String volumesPath = volumeGroups(group.path("name").asText());
            // The call's timeout bounds the whole list, not each of its requests.
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                throw new LinstorNetworkError(call + " to the controller timed out after " + Durations.readable(timeout)
                        + " while listing the groups' volume groups");
            }
            HttpAnswer volumeGroups = rest.send("GET", volumesPath, null, left);
            if (!volumeGroups.isSuccess()) {
                return refusal(call, "GET", volumesPath, volumeGroups);
            }
            list.addRscGrps(JsonViews.resourceGroup(group, volumeGroups.body()));
        }
        return RestAnswer.ofList(call, list.build());
    }

    RestAnswer createVolumeGroup(String call, MsgCrtVlmGrp create, Duration timeout) {
        return rest.mutate(call, "POST", volumeGroups(create.getRscGrpName()), JsonBodies.volumeGroup(create), timeout);
    }

    RestAnswer modifyVolumeGroup(String call, MsgModVlmGrp modify, Duration timeout) {
        PropsModify props = new PropsModify(
                modify.getOverridePropsList(), modify.getDeletePropKeysList(), modify.getDelNamespacesList());
        return rest.modifyProps(call, "PUT", volumeGroup(modify.getRscGrpName(), modify.getVlmNr()), props, timeout);
    }

    RestAnswer deleteVolumeGroup(String call, MsgDelVlmGrp delete, Duration timeout) {
        return rest.mutate(call, "DELETE", volumeGroup(delete.getRscGrpName(), delete.getVlmNr()), null, timeout);
    }

    /**
     * The volume groups of the one resource group the filter names; any other count is refused as
     * the controller refuses it.
     */
    RestAnswer listVolumeGroups(String call, Filter filter, Duration timeout) {
        List<String> names = filter.getNamesList();
        if (names.size() != 1) {
            throw new LinstorApiCallError(
                    call,
                    List.of(new ApiCallResponse(
                            Consts.FAIL_INVLD_REQUEST | Consts.MASK_VLM_GRP,
                            call + " lists the volume groups of one resource group; " + names.size()
                                    + " names were given.",
                            "",
                            "Name exactly one resource group in the filter's names.",
                            "",
                            Map.of(),
                            List.of())));
        }
        return rest.list(call, volumeGroups(names.get(0)), timeout, JsonViews::volumeGroupList);
    }

    RestAnswer spawn(String call, MsgSpawnRscDfn spawn, Duration timeout) {
        String path = path("resource-groups", spawn.getRscGrpName(), "spawn");
        return rest.mutate(call, "POST", path, JsonBodies.spawn(spawn), timeout);
    }

    private static String volumeGroups(String group) {
        return path("resource-groups", group, "volume-groups");
    }

    private static String volumeGroup(String group, int volume) {
        return path("resource-groups", group, "volume-groups", Integer.toString(volume));
    }
}

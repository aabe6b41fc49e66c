package io.linstorj.controller.transport;

import static io.linstorj.controller.transport.LinstorMessages.filter;
import static io.linstorj.controller.transport.LinstorMessages.map;
import static io.linstorj.controller.transport.LinstorMessages.propsChange;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.group.GroupServices;
import io.linstorj.controller.group.ResourceGroupCreateRequest;
import io.linstorj.controller.group.ResourceGroupModifyRequest;
import io.linstorj.controller.group.ResourceGroupView;
import io.linstorj.controller.group.SpawnRequest;
import io.linstorj.controller.group.VolumeGroupRequest;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.linstor.MsgCrtRscGrp;
import io.linstorj.protocol.linstor.MsgCrtVlmGrp;
import io.linstorj.protocol.linstor.MsgDelRscGrp;
import io.linstorj.protocol.linstor.MsgDelVlmGrp;
import io.linstorj.protocol.linstor.MsgLstRscGrp;
import io.linstorj.protocol.linstor.MsgLstVlmGrp;
import io.linstorj.protocol.linstor.MsgModRscGrp;
import io.linstorj.protocol.linstor.MsgModVlmGrp;
import io.linstorj.protocol.linstor.MsgSpawnRscDfn;
import io.linstorj.protocol.linstor.RscGrp;
import io.linstorj.protocol.linstor.VlmGrp;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The resource group, volume group and spawn calls in LINSTOR's dialect. LINSTOR's protocol of
 * 2019 had no groups: these are LinstorJ's additions under LINSTOR's later call names
 * (CrtRscGrp, ModifyRscGrp, ...), with messages shaped like LINSTOR's others.
 */
final class LinstorGroupCalls {
    private LinstorGroupCalls() {}

    static void addTo(Map<String, CallHandler> table, GroupServices groups) {
        table.put(ApiCalls.CRT_RSC_GRP, (session, call) -> {
            RscGrp group = call.body(0, MsgCrtRscGrp.parser()).getRscGrp();
            return reply(groups.resourceGroups()
                    .create(new ResourceGroupCreateRequest(
                            group.getName(),
                            group.getDescription(),
                            map(group.getPropsList()),
                            LinstorPlacementMessages.filter(group.getSelectFilter()),
                            group.getVlmGrpsList().stream()
                                    .map(LinstorGroupCalls::volumeGroupRequest)
                                    .toList())));
        });
        table.put(ApiCalls.MOD_RSC_GRP, (session, call) -> {
            MsgModRscGrp body = call.body(0, MsgModRscGrp.parser());
            return reply(groups.resourceGroups()
                    .modify(new ResourceGroupModifyRequest(
                            body.getRscGrpName(),
                            propsChange(
                                    body.getOverridePropsList(),
                                    body.getDeletePropKeysList(),
                                    body.getDelNamespacesList()),
                            body.hasDescription() ? body.getDescription() : null,
                            body.hasSelectFilter() ? LinstorPlacementMessages.filter(body.getSelectFilter()) : null)));
        });
        table.put(
                ApiCalls.DEL_RSC_GRP,
                (session, call) -> reply(groups.resourceGroups()
                        .delete(call.body(0, MsgDelRscGrp.parser()).getRscGrpName())));
        table.put(
                ApiCalls.LST_RSC_GRP,
                (session, call) -> groups.resourceGroups()
                        .list(filter(call).getNamesList())
                        .thenApply(list -> new CallAnswer(ApiCalls.LST_RSC_GRP, List.of(groupList(list)))));
        table.put(ApiCalls.CRT_VLM_GRP, (session, call) -> {
            MsgCrtVlmGrp body = call.body(0, MsgCrtVlmGrp.parser());
            return reply(groups.volumeGroups()
                    .create(
                            body.getRscGrpName(),
                            body.getVlmGrpsList().stream()
                                    .map(LinstorGroupCalls::volumeGroupRequest)
                                    .toList()));
        });
        table.put(ApiCalls.MOD_VLM_GRP, (session, call) -> {
            MsgModVlmGrp body = call.body(0, MsgModVlmGrp.parser());
            return reply(groups.volumeGroups()
                    .modify(
                            body.getRscGrpName(),
                            body.getVlmNr(),
                            propsChange(
                                    body.getOverridePropsList(),
                                    body.getDeletePropKeysList(),
                                    body.getDelNamespacesList())));
        });
        table.put(ApiCalls.DEL_VLM_GRP, (session, call) -> {
            MsgDelVlmGrp body = call.body(0, MsgDelVlmGrp.parser());
            return reply(groups.volumeGroups().delete(body.getRscGrpName(), body.getVlmNr()));
        });
        table.put(ApiCalls.LST_VLM_GRP, (session, call) -> {
            List<String> names = filter(call).getNamesList();
            if (names.size() != 1) {
                return CompletableFuture.completedFuture(LinstorMessages.reply(List.of(ApiCallRc.of(
                                RetCodes.FAIL_INVLD_REQUEST | RetCodes.MASK_VLM_GRP,
                                "LstVlmGrp lists the volume groups of one resource group; " + names.size()
                                        + " names were given.")
                        .withCorrection("Name exactly one resource group in the filter's names."))));
            }
            return groups.volumeGroups()
                    .list(names.get(0))
                    .thenApply(list -> new CallAnswer(
                            ApiCalls.LST_VLM_GRP,
                            List.of(MsgLstVlmGrp.newBuilder()
                                    .addAllVlmGrps(list.stream()
                                            .map(LinstorGroupCalls::volumeGroup)
                                            .toList())
                                    .build())));
        });
        table.put(ApiCalls.SPAWN_RSC_DFN, (session, call) -> {
            MsgSpawnRscDfn body = call.body(0, MsgSpawnRscDfn.parser());
            return reply(groups.spawn()
                    .spawn(new SpawnRequest(
                            body.getRscGrpName(),
                            body.getRscDfnName(),
                            body.getVlmSizesList(),
                            body.getDefinitionsOnly())));
        });
    }

    private static CompletableFuture<CallAnswer> reply(CompletableFuture<List<ApiCallRc>> replies) {
        return replies.thenApply(LinstorMessages::reply);
    }

    /** Only an absent volume number means "choose one"; a negative one is refused by the service. */
    private static VolumeGroupRequest volumeGroupRequest(VlmGrp proto) {
        return new VolumeGroupRequest(
                proto.hasVlmNr() ? proto.getVlmNr() : null,
                map(proto.getVlmPropsList()),
                new HashSet<>(proto.getFlagsList()));
    }

    private static MsgLstRscGrp groupList(List<ResourceGroupView> views) {
        MsgLstRscGrp.Builder list = MsgLstRscGrp.newBuilder();
        for (ResourceGroupView view : views) {
            var group = view.group();
            list.addRscGrps(RscGrp.newBuilder()
                    .setUuid(group.uuid().toString())
                    .setName(group.name())
                    .setDescription(group.description())
                    .addAllProps(LinstorMessages.entries(group.props()))
                    .setSelectFilter(LinstorPlacementMessages.toProto(group.selectFilter()))
                    .addAllVlmGrps(view.volumeGroups().stream()
                            .map(LinstorGroupCalls::volumeGroup)
                            .toList()));
        }
        return list.build();
    }

    private static VlmGrp volumeGroup(io.linstorj.controller.cluster.VolumeGroup volumeGroup) {
        return VlmGrp.newBuilder()
                .setUuid(volumeGroup.uuid().toString())
                .setVlmNr(volumeGroup.volumeNumber())
                .addAllVlmProps(LinstorMessages.entries(volumeGroup.props()))
                .addAllFlags(volumeGroup.flags())
                .build();
    }
}

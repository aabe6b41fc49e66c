package io.linstorj.controller.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.linstor.ApiCallResponse;
import io.linstorj.protocol.linstor.AutoSelectFilter;
import io.linstorj.protocol.linstor.Filter;
import io.linstorj.protocol.linstor.LayerType;
import io.linstorj.protocol.linstor.LinStorMapEntry;
import io.linstorj.protocol.linstor.MsgCloneRscDfnStatus;
import io.linstorj.protocol.linstor.MsgCrtRscGrp;
import io.linstorj.protocol.linstor.MsgCrtStorPool;
import io.linstorj.protocol.linstor.MsgCrtVlmGrp;
import io.linstorj.protocol.linstor.MsgDelCtrlProp;
import io.linstorj.protocol.linstor.MsgLstCtrlCfgProps;
import io.linstorj.protocol.linstor.MsgLstRscDfn;
import io.linstorj.protocol.linstor.MsgLstRscGrp;
import io.linstorj.protocol.linstor.MsgLstStorPool;
import io.linstorj.protocol.linstor.MsgLstVlmGrp;
import io.linstorj.protocol.linstor.MsgModCtrl;
import io.linstorj.protocol.linstor.MsgModKvs;
import io.linstorj.protocol.linstor.MsgModRscGrp;
import io.linstorj.protocol.linstor.MsgRspKvs;
import io.linstorj.protocol.linstor.MsgSpawnRscDfn;
import io.linstorj.protocol.linstor.ProviderType;
import io.linstorj.protocol.linstor.RscGrp;
import io.linstorj.protocol.linstor.VlmGrp;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LinstorJ's additions to LINSTOR's client protocol on the controller's client port: calls
 * LINSTOR's protocol of 2019 lacked (resource groups, clones, DelCtrlProp) and fields from number
 * 100 on (filter names, select filter extras).
 */
class LinstorDialectAdditionsTest {
    @TempDir
    Path dataDirectory;

    private Controller start() {
        return Controller.start(ControllerConfig.defaults(dataDirectory).withListen("127.0.0.1", 0));
    }

    private static Filter names(String... names) {
        return Filter.newBuilder().addAllNames(List.of(names)).build();
    }

    @Test
    void resourceGroupsAreCreatedModifiedListedAndSpawnedFrom() throws Exception {
        try (Controller controller = start();
                RawProtocolClient client = RawProtocolClient.connect(controller.address())) {
            List<ApiCallResponse> created = client.callForReplies(
                    ApiCalls.CRT_RSC_GRP,
                    MsgCrtRscGrp.newBuilder()
                            .setRscGrp(RscGrp.newBuilder()
                                    .setName("rg1")
                                    .setDescription("first")
                                    .addProps(WireRequests.entry("Aux/team", "a"))
                                    .setSelectFilter(AutoSelectFilter.newBuilder()
                                            .setPlaceCount(2)
                                            .addLayerStackNames("DRBD")
                                            .addLayerStackNames("STORAGE")))
                            .build());
            List<ApiCallResponse> volumeGroup = client.callForReplies(
                    ApiCalls.CRT_VLM_GRP,
                    MsgCrtVlmGrp.newBuilder()
                            .setRscGrpName("rg1")
                            .addVlmGrps(VlmGrp.newBuilder().addVlmProps(WireRequests.entry("Aux/v", "0")))
                            .build());
            List<ApiCallResponse> modified = client.callForReplies(
                    ApiCalls.MOD_RSC_GRP,
                    MsgModRscGrp.newBuilder()
                            .setRscGrpName("rg1")
                            .setDescription("second")
                            .addDeletePropKeys("Aux/team")
                            .build());
            List<ApiCallResponse> spawned = client.callForReplies(
                    ApiCalls.SPAWN_RSC_DFN,
                    MsgSpawnRscDfn.newBuilder()
                            .setRscGrpName("rg1")
                            .setRscDfnName("rsc1")
                            .addVlmSizes(4096)
                            .setDefinitionsOnly(true)
                            .build());

            assertThat(created)
                    .allSatisfy(reply ->
                            assertThat(reply.getRetCode() & RetCodes.MASK_ERROR).isZero());
            assertThat(volumeGroup)
                    .allSatisfy(reply ->
                            assertThat(reply.getRetCode() & RetCodes.MASK_ERROR).isZero());
            assertThat(modified)
                    .allSatisfy(reply ->
                            assertThat(reply.getRetCode() & RetCodes.MASK_ERROR).isZero());
            assertThat(spawned)
                    .allSatisfy(reply ->
                            assertThat(reply.getRetCode() & RetCodes.MASK_ERROR).isZero());
            RscGrp listed = client.call(ApiCalls.LST_RSC_GRP, names("rg1"))
                    .get(0)
                    .body(0, MsgLstRscGrp.parser())
                    .getRscGrps(0);
            assertThat(listed.getName()).isEqualTo("rg1");
            assertThat(listed.getDescription()).isEqualTo("second");
            assertThat(listed.getPropsList()).doesNotContain(WireRequests.entry("Aux/team", "a"));
            assertThat(listed.getSelectFilter().getPlaceCount()).isEqualTo(2);
            assertThat(listed.getSelectFilter().getLayerStackNamesList()).containsExactly("DRBD", "STORAGE");
            assertThat(listed.getSelectFilter().getLayerStackList()).containsExactly(LayerType.DRBD, LayerType.STORAGE);
            assertThat(listed.getVlmGrpsList()).extracting(VlmGrp::getVlmNr).containsExactly(0);
            MsgLstVlmGrp volumeGroups =
                    client.call(ApiCalls.LST_VLM_GRP, names("rg1")).get(0).body(0, MsgLstVlmGrp.parser());
            assertThat(volumeGroups.getVlmGrps(0).getVlmPropsList()).contains(WireRequests.entry("Aux/v", "0"));
            MsgLstRscDfn definitions = client.call(ApiCalls.LST_RSC_DFN).get(0).body(0, MsgLstRscDfn.parser());
            assertThat(definitions.getRscDfns(0).getRscName()).isEqualTo("rsc1");
            assertThat(definitions.getRscDfns(0).getRscGrpName()).isEqualTo("rg1");
            assertThat(definitions.getRscDfns(0).getVlmDfns(0).getVlmSize()).isEqualTo(4096);
        }
    }

    @Test
    void volumeGroupsOfMoreThanOneGroupAtOnceAreRefused() throws Exception {
        try (Controller controller = start();
                RawProtocolClient client = RawProtocolClient.connect(controller.address())) {
            List<ApiCallResponse> refused = client.callForReplies(ApiCalls.LST_VLM_GRP, names("rg1", "rg2"));

            assertThat(refused).singleElement().satisfies(reply -> {
                assertThat(reply.getRetCode()).isEqualTo(RetCodes.FAIL_INVLD_REQUEST | RetCodes.MASK_VLM_GRP);
                assertThat(reply.getCorrection()).contains("exactly one");
            });
        }
    }

    @Test
    void keyValueStoresAreListedByTheFiltersNames() throws Exception {
        try (Controller controller = start();
                RawProtocolClient client = RawProtocolClient.connect(controller.address())) {
            for (String name : List.of("kv1", "kv2")) {
                client.callForReplies(
                        ApiCalls.MOD_KVS,
                        MsgModKvs.newBuilder()
                                .setKvsName(name)
                                .addOverrideProps(WireRequests.entry("k", name))
                                .build());
            }

            MsgRspKvs all = client.call(ApiCalls.LST_KVS).get(0).body(0, MsgRspKvs.parser());
            MsgRspKvs one = client.call(ApiCalls.LST_KVS, names("kv2")).get(0).body(0, MsgRspKvs.parser());

            assertThat(all.getKeyValueStoreList())
                    .extracting(kvs -> kvs.getName())
                    .contains("kv1", "kv2");
            assertThat(one.getKeyValueStoreList())
                    .extracting(kvs -> kvs.getName())
                    .containsExactly("kv2");
        }
    }

    @Test
    void aPoolKindOutsideLinstorsEnumIsTakenOrRefusedByTheNameGiven() throws Exception {
        try (Controller controller = start();
                RawProtocolClient client = RawProtocolClient.connect(controller.address())) {
            client.callForReplies(ApiCalls.CRT_NODE, WireRequests.satellite("alpha", "127.0.0.11", 3366));
            MsgCrtStorPool lvm = WireRequests.lvmPool("alpha", "p1");

            List<ApiCallResponse> spdk = client.callForReplies(
                    ApiCalls.CRT_STOR_POOL,
                    lvm.toBuilder()
                            .setStorPool(lvm.getStorPool().toBuilder()
                                    .setProviderKind(ProviderType.UNKNOWN_PROVIDER)
                                    .setProviderKindName("SPDK"))
                            .build());
            List<ApiCallResponse> fileThin = client.callForReplies(
                    ApiCalls.CRT_STOR_POOL,
                    lvm.toBuilder()
                            .setStorPool(lvm.getStorPool().toBuilder()
                                    .setProviderKind(ProviderType.UNKNOWN_PROVIDER)
                                    .setProviderKindName("FILE_THIN")
                                    .clearProps()
                                    .addProps(WireRequests.entry(
                                            "StorDriver/StorPoolName",
                                            dataDirectory.resolve("p1").toString())))
                            .build());

            assertThat(spdk.get(0).getRetCode()).isNegative();
            assertThat(spdk.get(0).getMessage()).contains("SPDK");
            assertThat(fileThin)
                    .allSatisfy(reply ->
                            assertThat(reply.getRetCode() & RetCodes.MASK_ERROR).isZero());
            MsgLstStorPool pools = client.call(ApiCalls.LST_STOR_POOL).get(0).body(0, MsgLstStorPool.parser());
            assertThat(pools.getStorPoolsList())
                    .filteredOn(pool -> pool.getStorPoolName().equals("p1"))
                    .singleElement()
                    .satisfies(pool -> assertThat(pool.getProviderKindName()).isEqualTo("FILE_THIN"));
        }
    }

    @Test
    void controllerPropertyIsDeletedByDelCtrlProp() throws Exception {
        try (Controller controller = start();
                RawProtocolClient client = RawProtocolClient.connect(controller.address())) {
            client.callForReplies(
                    ApiCalls.SET_CTRL_PROP,
                    MsgModCtrl.newBuilder()
                            .addOverrideProps(WireRequests.entry("Aux/owner", "me"))
                            .build());

            List<ApiCallResponse> deleted = client.callForReplies(
                    ApiCalls.DEL_CTRL_PROP,
                    MsgDelCtrlProp.newBuilder().setKey("Aux/owner").build());

            assertThat(deleted)
                    .allSatisfy(reply ->
                            assertThat(reply.getRetCode() & RetCodes.MASK_ERROR).isZero());
            MsgLstCtrlCfgProps props =
                    client.call(ApiCalls.LST_CTRL_PROPS).get(0).body(0, MsgLstCtrlCfgProps.parser());
            assertThat(props.getPropsList()).extracting(LinStorMapEntry::getKey).doesNotContain("Aux/owner");
        }
    }

    @Test
    void cloneStatusOfWhatIsNoCloneIsRefusedWithACorrection() throws Exception {
        try (Controller controller = start();
                RawProtocolClient client = RawProtocolClient.connect(controller.address())) {
            List<ApiCallResponse> refused = client.callForReplies(
                    ApiCalls.CLONE_RSC_DFN_STATUS,
                    MsgCloneRscDfnStatus.newBuilder()
                            .setRscName("rsc1")
                            .setCloneName("copy1")
                            .build());

            assertThat(refused).singleElement().satisfies(reply -> {
                assertThat(reply.getRetCode()).isEqualTo(RetCodes.FAIL_NOT_FOUND_RSC_DFN);
                assertThat(reply.getCorrection()).contains("CloneRscDfn");
            });
        }
    }
}

package io.linstorj.client.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.google.protobuf.MessageLite;
import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.LinstorApiCallError;
import io.linstorj.client.LinstorError;
import io.linstorj.client.RecordedController;
import io.linstorj.client.RestExample;
import io.linstorj.client.internal.Answer;
import io.linstorj.client.internal.ControllerAddress;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.linstor.AutoSelectFilter;
import io.linstorj.protocol.linstor.Filter;
import io.linstorj.protocol.linstor.LayerType;
import io.linstorj.protocol.linstor.LinStorMapEntry;
import io.linstorj.protocol.linstor.MsgAutoPlaceRsc;
import io.linstorj.protocol.linstor.MsgCloneRscDfnStatus;
import io.linstorj.protocol.linstor.MsgCrtNode;
import io.linstorj.protocol.linstor.MsgCrtRsc;
import io.linstorj.protocol.linstor.MsgCrtRscDfn;
import io.linstorj.protocol.linstor.MsgCrtSnapshot;
import io.linstorj.protocol.linstor.MsgCrtStorPool;
import io.linstorj.protocol.linstor.MsgCrtVlmDfn;
import io.linstorj.protocol.linstor.MsgDelNode;
import io.linstorj.protocol.linstor.MsgDelSnapshot;
import io.linstorj.protocol.linstor.MsgLstRscGrp;
import io.linstorj.protocol.linstor.MsgLstSnapshotDfn;
import io.linstorj.protocol.linstor.MsgModCtrl;
import io.linstorj.protocol.linstor.MsgModNode;
import io.linstorj.protocol.linstor.MsgModRsc;
import io.linstorj.protocol.linstor.MsgModStorPoolDfn;
import io.linstorj.protocol.linstor.MsgModVlmDfn;
import io.linstorj.protocol.linstor.MsgRspKvs;
import io.linstorj.protocol.linstor.MsgToggleDisk;
import io.linstorj.protocol.linstor.NetInterface;
import io.linstorj.protocol.linstor.Node;
import io.linstorj.protocol.linstor.ProviderType;
import io.linstorj.protocol.linstor.Rsc;
import io.linstorj.protocol.linstor.RscDfn;
import io.linstorj.protocol.linstor.RscWithPayload;
import io.linstorj.protocol.linstor.Snapshot;
import io.linstorj.protocol.linstor.SnapshotDfn;
import io.linstorj.protocol.linstor.StorPool;
import io.linstorj.protocol.linstor.VlmDfn;
import io.linstorj.protocol.linstor.VlmDfnWithPayload;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The REST transport given LINSTOR's request messages, as the controller's LINSTOR-dialect table
 * reads them, against a fake answering as LINBIT's controller answered: the HTTP request the fake
 * receives is the one LINSTOR's clients send, LinstorJ's additions (filters, placement fields,
 * snapshot properties) included, and a field REST has no place for is refused before anything is sent.
 */
class RestCallsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aNodeCreateIsLinstorsNodeBody() {
        try (RecordedController controller = new RecordedController().serve("011-node-create-n1");
                RestTransport rest = open(controller)) {
            Node node = Node.newBuilder()
                    .setName("n1")
                    .setType("Satellite")
                    .addNetInterfaces(NetInterface.newBuilder()
                            .setName("default")
                            .setAddress("127.0.0.11")
                            .setStltPort(3366)
                            .setStltEncryptionType("PLAIN"))
                    .build();

            List<ApiCallResponse> replies = call(
                            rest,
                            ApiCalls.CRT_NODE,
                            MsgCrtNode.newBuilder().setNode(node).build())
                    .replies();

            assertThat(controller.last().body())
                    .isEqualTo(RestExample.of("011-node-create-n1").requestBody());
            assertThat(replies).hasSize(2);
        }
    }

    @Test
    void aModifysPropertyEntriesDeletedKeysAndNamespacesAreTheModifyBody() throws IOException {
        try (RecordedController controller = new RecordedController()
                        .serve(RestExample.of("027-node-modify-props").at("PUT", "/v1/nodes/n%201"));
                RestTransport rest = open(controller)) {
            call(
                    rest,
                    ApiCalls.MOD_NODE,
                    MsgModNode.newBuilder()
                            .setNodeName("n 1")
                            .setNodeType("Combined")
                            .addOverrideProps(entry("Aux/site", "a"))
                            .addDeletePropKeys("Aux/old")
                            .addDelNamespaces("Aux/ns")
                            .build());

            assertThat(controller.last().body())
                    .isEqualTo(JSON.readTree("{\"override_props\":{\"Aux/site\":\"a\"},\"delete_props\":[\"Aux/old\"],"
                            + "\"delete_namespaces\":[\"Aux/ns\"],\"node_type\":\"COMBINED\"}"));
        }
    }

    @Test
    void aResourcesPoolTravelsInItsPropertiesAndEachDefinitionGetsOnePost() throws IOException {
        try (RecordedController controller = new RecordedController()
                        .serve(RestExample.of("094-rsc-create-rd1-n1"))
                        .serve(RestExample.of("094-rsc-create-rd1-n1")
                                .at("POST", "/v1/resource-definitions/rd2/resources"));
                RestTransport rest = open(controller)) {
            MsgCrtRsc create = MsgCrtRsc.newBuilder()
                    .addRscs(
                            RscWithPayload.newBuilder().setRsc(rsc("rd1", "n1").addProps(entry("StorPoolName", "sp1"))))
                    .addRscs(RscWithPayload.newBuilder()
                            .setRsc(rsc("rd1", "n3").addRscFlags("DISKLESS"))
                            .addLayerStack(LayerType.DRBD)
                            .addLayerStack(LayerType.STORAGE)
                            .setDrbdNodeId(2))
                    .addRscs(RscWithPayload.newBuilder().setRsc(rsc("rd2", "n1")))
                    .build();

            List<ApiCallResponse> replies = call(rest, ApiCalls.CRT_RSC, create).replies();

            assertThat(controller.calls())
                    .extracting(received -> received.method() + " " + received.path())
                    .containsExactly(
                            "POST /v1/resource-definitions/rd1/resources",
                            "POST /v1/resource-definitions/rd2/resources");
            assertThat(controller.calls().get(0).body())
                    .isEqualTo(
                            JSON.readTree("[{\"resource\":{\"node_name\":\"n1\",\"props\":{\"StorPoolName\":\"sp1\"}}},"
                                    + "{\"resource\":{\"node_name\":\"n3\",\"flags\":[\"DISKLESS\"]},"
                                    + "\"layer_list\":[\"DRBD\",\"STORAGE\"],\"drbd_node_id\":2}]"));
            assertThat(controller.calls().get(1).body())
                    .isEqualTo(JSON.readTree("[{\"resource\":{\"node_name\":\"n1\"}}]"));
            assertThat(replies)
                    .hasSize(2)
                    .allSatisfy(reply -> assertThat(reply.isError()).isTrue());
        }
    }

    @Test
    void autoplaceWritesThePlacementAdditionsIntoTheSpecsSelectFilter() throws IOException {
        try (RecordedController controller = new RecordedController()
                        .serve(RestExample.of("109-rsc-autoplace-rd2")
                                .at("POST", "/v1/resource-definitions/rd3/autoplace"));
                RestTransport rest = open(controller)) {
            AutoSelectFilter filter = AutoSelectFilter.newBuilder()
                    .setAdditionalPlaceCount(1)
                    .addNodeNameList("alpha")
                    .addStoragePoolList("sp1")
                    .addStoragePoolDisklessList("dl")
                    .addNotPlaceWithRsc("rd1")
                    .setNotPlaceWithRscRegex("rd.*")
                    .addReplicasOnSame("Aux/rack")
                    .addReplicasOnDifferent("Aux/site")
                    .addLayerStack(LayerType.DRBD)
                    .addLayerStackNames("DRBD")
                    .addLayerStackNames("WRITECACHE")
                    .addLayerStackNames("STORAGE")
                    .addProviders(ProviderType.LVM)
                    .setDisklessType("DRBD_DISKLESS")
                    .build();

            call(
                    rest,
                    ApiCalls.AUTO_PLACE_RSC,
                    MsgAutoPlaceRsc.newBuilder()
                            .setRscName("rd3")
                            .setSelectFilter(filter)
                            .setDisklessOnRemaining(true)
                            .build());

            assertThat(controller.last().body())
                    .isEqualTo(JSON.readTree(
                            "{\"select_filter\":{\"additional_place_count\":1,\"node_name_list\":[\"alpha\"],"
                                    + "\"storage_pool_list\":[\"sp1\"],\"storage_pool_diskless_list\":[\"dl\"],"
                                    + "\"not_place_with_rsc\":[\"rd1\"],\"not_place_with_rsc_regex\":\"rd.*\","
                                    + "\"replicas_on_same\":[\"Aux/rack\"],\"replicas_on_different\":[\"Aux/site\"],"
                                    + "\"layer_stack\":[\"DRBD\",\"WRITECACHE\",\"STORAGE\"],\"provider_list\":[\"LVM\"],"
                                    + "\"diskless_on_remaining\":true,\"diskless_type\":\"DRBD_DISKLESS\"}}"));
        }
    }

    @Test
    void aPoolsKindIsTheAdditionsNameWhenGivenElseTheEnums() throws IOException {
        try (RecordedController controller = new RecordedController()
                        .serve("038-sp-create-n1")
                        .serve(RestExample.of("038-sp-create-n1").at("POST", "/v1/nodes/n2/storage-pools"));
                RestTransport rest = open(controller)) {
            call(
                    rest,
                    ApiCalls.CRT_STOR_POOL,
                    MsgCrtStorPool.newBuilder()
                            .setStorPool(StorPool.newBuilder()
                                    .setNodeName("n1")
                                    .setStorPoolName("sp1")
                                    .setProviderKind(ProviderType.FILE_THIN)
                                    .addProps(entry("StorDriver/FileDir", "/var/lib/linstor-pools/n1")))
                            .build());
            assertThat(controller.last().body())
                    .isEqualTo(RestExample.of("038-sp-create-n1").requestBody());

            call(
                    rest,
                    ApiCalls.CRT_STOR_POOL,
                    MsgCrtStorPool.newBuilder()
                            .setStorPool(StorPool.newBuilder()
                                    .setNodeName("n2")
                                    .setStorPoolName("sp2")
                                    .setProviderKind(ProviderType.UNKNOWN_PROVIDER)
                                    .setProviderKindName("SPDK"))
                            .build());
            assertThat(controller.last().body())
                    .isEqualTo(JSON.readTree("{\"storage_pool_name\":\"sp2\",\"provider_kind\":\"SPDK\"}"));
        }
    }

    @Test
    void aDefinitionsGroupAndPortAreTheCreateBodys() throws IOException {
        try (RecordedController controller = new RecordedController().serve("050-rd-create-rd1");
                RestTransport rest = open(controller)) {
            call(
                    rest,
                    ApiCalls.CRT_RSC_DFN,
                    MsgCrtRscDfn.newBuilder()
                            .setRscDfn(RscDfn.newBuilder()
                                    .setRscName("rd1")
                                    .setRscGrpName("rg1")
                                    .addRscDfnProps(entry("Aux/a", "1")))
                            .setDrbdPort(7005)
                            .build());

            assertThat(controller.last().body())
                    .isEqualTo(JSON.readTree("{\"resource_definition\":{\"name\":\"rd1\",\"props\":{\"Aux/a\":\"1\"},"
                            + "\"resource_group_name\":\"rg1\"},\"drbd_port\":7005}"));
        }
    }

    @Test
    void aSnapshotsNodesAndPropertiesAreTheCreateBodyAndItsListFiltersByQuery() throws IOException {
        try (RecordedController controller = new RecordedController()
                        .serve(RestExample.live("119-snap-create-r1-s1"))
                        .serve(RestExample.live("126-view-snapshots")
                                .at("GET", "/v1/view/snapshots?nodes=alpha&resources=r1"))
                        .serve(RestExample.live("150-snap-delete-r1-s1")
                                .at("DELETE", "/v1/resource-definitions/r1/snapshots/s1?nodes=alpha"));
                RestTransport rest = open(controller)) {
            call(
                    rest,
                    ApiCalls.CRT_SNAPSHOT,
                    MsgCrtSnapshot.newBuilder()
                            .setSnapshotDfn(SnapshotDfn.newBuilder()
                                    .setRscName("r1")
                                    .setSnapshotName("s1")
                                    .addSnapshots(Snapshot.newBuilder().setNodeName("alpha"))
                                    .addSnapshotDfnProps(entry("Aux/tag", "nightly")))
                            .build());
            assertThat(controller.last().body())
                    .isEqualTo(JSON.readTree(
                            "{\"name\":\"s1\",\"nodes\":[\"alpha\"],\"props\":{\"Aux/tag\":\"nightly\"}}"));

            List<MsgLstSnapshotDfn> lists = call(
                            rest,
                            ApiCalls.LST_SNAPSHOT_DFN,
                            Filter.newBuilder()
                                    .addNodeNames("alpha")
                                    .addResourceNames("r1")
                                    .build())
                    .listOrThrow(MsgLstSnapshotDfn.parser(), list -> list);
            assertThat(lists.get(0).getSnapshotDfns(0).getSnapshotName()).isEqualTo("s1");

            call(
                    rest,
                    ApiCalls.DEL_SNAPSHOT,
                    MsgDelSnapshot.newBuilder()
                            .setRscName("r1")
                            .setSnapshotName("s1")
                            .addNodeNames("alpha")
                            .build());
            assertThat(controller.last().path()).isEqualTo("/v1/resource-definitions/r1/snapshots/s1?nodes=alpha");
        }
    }

    @Test
    void theNamesFilterPicksKeyValueStoresHereAndResourceGroupsByQuery() {
        try (RecordedController controller = new RecordedController()
                        .serve("133-kvs-list")
                        .serve(RestExample.of("125-rg-list").at("GET", "/v1/resource-groups?resource_groups=rg1"))
                        .serve("117-vg-list-rg1")
                        .serve(RestExample.of("049-rd-list-empty")
                                .at("GET", "/v1/resource-groups/DfltRscGrp/volume-groups"));
                RestTransport rest = open(controller)) {
            assertThat(call(rest, ApiCalls.LST_KVS, names("KV1"))
                            .listOrThrow(MsgRspKvs.parser(), list -> list)
                            .get(0)
                            .getKeyValueStoreCount())
                    .isEqualTo(1);
            assertThat(call(rest, ApiCalls.LST_KVS, names("nosuch"))
                            .listOrThrow(MsgRspKvs.parser(), list -> list)
                            .get(0)
                            .getKeyValueStoreCount())
                    .isZero();

            MsgLstRscGrp groups = call(rest, ApiCalls.LST_RSC_GRP, names("rg1"))
                    .listOrThrow(MsgLstRscGrp.parser(), list -> list)
                    .get(0);
            assertThat(groups.getRscGrpsList())
                    .extracting(group -> group.getName())
                    .containsExactly("DfltRscGrp", "rg1");
            assertThat(groups.getRscGrps(1).getVlmGrpsCount()).isEqualTo(1);
        }
    }

    @Test
    void volumeGroupsOfOtherThanOneGroupAreRefusedAsTheControllerRefusesThem() {
        try (RecordedController controller = new RecordedController();
                RestTransport rest = open(controller)) {
            assertThatThrownBy(() -> call(rest, ApiCalls.LST_VLM_GRP, names("rg1", "rg2")))
                    .isInstanceOfSatisfying(
                            LinstorApiCallError.class,
                            error -> assertThat(error.getMainError().correction())
                                    .contains("exactly one resource group"));
            assertThat(controller.calls()).isEmpty();
        }
    }

    @Test
    void theControllersPropertyChangesAreOneModifyBody() {
        try (RecordedController controller = new RecordedController()
                        .serve("003-controller-props-set")
                        .serve("006-controller-props-delete");
                RestTransport rest = open(controller)) {
            call(
                    rest,
                    ApiCalls.SET_CTRL_PROP,
                    MsgModCtrl.newBuilder()
                            .addOverrideProps(entry("Aux/capture", "yes"))
                            .build());
            assertThat(controller.last().body())
                    .isEqualTo(RestExample.of("003-controller-props-set").requestBody());
            List<ApiCallResponse> deleted = call(
                            rest,
                            ApiCalls.SET_CTRL_PROP,
                            MsgModCtrl.newBuilder()
                                    .addDeletePropKeys("Aux/capture")
                                    .build())
                    .replies();
            assertThat(controller.last().body())
                    .isEqualTo(RestExample.of("006-controller-props-delete").requestBody());
            assertThat(deleted.get(0).message()).isEqualTo("Successfully deleted property 'Aux/capture'");
        }
    }

    @Test
    void aCloneStatusIsTheRequestWithItsStatusAndAMissingCloneItsRefusal() {
        RestExample complete = new RestExample(
                "clone complete",
                "GET",
                "/v1/resource-definitions/a3/clone/a3c",
                MissingNode.getInstance(),
                200,
                Map.of("Content-Type", "application/json"),
                "{\"status\":\"COMPLETE\"}".getBytes());
        try (RecordedController controller = new RecordedController()
                        .serve(complete)
                        .serve(RestExample.live("160-rd-clone-status-missing"));
                RestTransport rest = open(controller)) {
            assertThat(call(rest, ApiCalls.CLONE_RSC_DFN_STATUS, cloneStatus("a3", "a3c"))
                            .listOrThrow(MsgCloneRscDfnStatus.parser(), MsgCloneRscDfnStatus::getStatus))
                    .containsExactly("COMPLETE");
            assertThatThrownBy(() -> call(rest, ApiCalls.CLONE_RSC_DFN_STATUS, cloneStatus("a3", "nosuchclone"))
                            .listOrThrow(MsgCloneRscDfnStatus.parser(), status -> status))
                    .isInstanceOfSatisfying(
                            LinstorApiCallError.class,
                            error ->
                                    assertThat(error.getMainError().message()).isEqualTo("Cloned resource not found."));
        }
    }

    @Test
    void lostNodeResourceAndPoolDefinitionModifyGoToTheSpecsPaths() {
        try (RecordedController controller = new RecordedController()
                        .serve("166-node-lost-n2")
                        .serve("110-rsc-modify-props")
                        .serve(RestExample.of("146-sp-modify-props").at("PUT", "/v1/storage-pool-definitions/sp1"));
                RestTransport rest = open(controller)) {
            call(
                    rest,
                    ApiCalls.LOST_NODE,
                    MsgDelNode.newBuilder().setNodeName("n2").build());
            call(
                    rest,
                    ApiCalls.MOD_RSC,
                    MsgModRsc.newBuilder()
                            .setRscName("rd1")
                            .setNodeName("n1")
                            .addOverrideProps(entry("Aux/r", "1"))
                            .build());
            assertThat(controller.last().body())
                    .isEqualTo(RestExample.of("110-rsc-modify-props").requestBody());
            call(
                    rest,
                    ApiCalls.MOD_STOR_POOL_DFN,
                    MsgModStorPoolDfn.newBuilder()
                            .setStorPoolName("sp1")
                            .addDeletePropKeys("Aux/s")
                            .build());

            assertThat(controller.calls())
                    .extracting(received -> received.method() + " " + received.path())
                    .containsExactly(
                            "DELETE /v1/nodes/n2/lost",
                            "PUT /v1/resource-definitions/rd1/resources/n1",
                            "PUT /v1/storage-pool-definitions/sp1");
            assertThat(controller.last().body().path("delete_props").get(0).asText())
                    .isEqualTo("Aux/s");
        }
    }

    @Test
    void requestFieldsRestHasNoPlaceForAreRefusedBeforeAnythingIsSent() {
        try (RecordedController controller = new RecordedController();
                RestTransport rest = open(controller)) {
            MsgCrtRscDfn withVolumes = MsgCrtRscDfn.newBuilder()
                    .setRscDfn(RscDfn.newBuilder()
                            .setRscName("rd1")
                            .addVlmDfns(VlmDfn.newBuilder().setVlmSize(1024)))
                    .build();
            MsgModVlmDfn minor = MsgModVlmDfn.newBuilder()
                    .setRscName("rd1")
                    .setVlmNr(0)
                    .setVlmMinor(1001)
                    .build();
            MsgToggleDisk migrate = MsgToggleDisk.newBuilder()
                    .setRscName("rd1")
                    .setNodeName("n1")
                    .setMigrateFrom("n2")
                    .build();
            MsgCrtVlmDfn two = MsgCrtVlmDfn.newBuilder()
                    .setRscName("rd1")
                    .addVlmDfns(VlmDfnWithPayload.newBuilder()
                            .setVlmDfn(VlmDfn.newBuilder().setVlmSize(1)))
                    .addVlmDfns(VlmDfnWithPayload.newBuilder()
                            .setVlmDfn(VlmDfn.newBuilder().setVlmSize(2)))
                    .build();

            assertThatThrownBy(() -> call(rest, ApiCalls.CRT_RSC_DFN, withVolumes))
                    .isExactlyInstanceOf(LinstorError.class)
                    .hasMessageContaining("not supported over REST");
            assertThatThrownBy(() -> call(rest, ApiCalls.MOD_VLM_DFN, minor)).isExactlyInstanceOf(LinstorError.class);
            assertThatThrownBy(() -> call(rest, ApiCalls.TOGGLE_DISK, migrate)).isExactlyInstanceOf(LinstorError.class);
            assertThatThrownBy(() -> call(rest, ApiCalls.CRT_VLM_DFN, two))
                    .isExactlyInstanceOf(LinstorError.class)
                    .hasMessageContaining("2 were given");
            assertThatThrownBy(() -> call(rest, ApiCalls.CRT_RSC, MsgCrtRsc.getDefaultInstance()))
                    .isExactlyInstanceOf(LinstorError.class);
            assertThat(controller.calls()).isEmpty();
        }
    }

    private static RestTransport open(RecordedController controller) {
        return RestTransport.open(
                ControllerAddress.parse(controller.uri()),
                new RestConfig(
                        Duration.ofSeconds(5),
                        "rest-calls-test",
                        Optional.empty(),
                        Optional.empty(),
                        Duration.ofSeconds(1)));
    }

    private static Answer call(RestTransport rest, String call, MessageLite body) {
        return rest.call(call, TIMEOUT, List.of(body));
    }

    private static Rsc.Builder rsc(String resource, String node) {
        return Rsc.newBuilder().setName(resource).setNodeName(node);
    }

    private static Filter names(String... names) {
        return Filter.newBuilder().addAllNames(List.of(names)).build();
    }

    private static MsgCloneRscDfnStatus cloneStatus(String resource, String clone) {
        return MsgCloneRscDfnStatus.newBuilder()
                .setRscName(resource)
                .setCloneName(clone)
                .build();
    }

    private static LinStorMapEntry entry(String key, String value) {
        return LinStorMapEntry.newBuilder().setKey(key).setValue(value).build();
    }
}

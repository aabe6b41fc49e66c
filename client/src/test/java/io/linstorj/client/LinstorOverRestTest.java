package io.linstorj.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The low-level API over REST against a fake controller answering exactly as LINBIT's LINSTOR
 * answered (shared/reference/rest-examples): the client sends the requests LINSTOR's own clients
 * send, and reads LINSTOR's answers, errors included, into the same typed replies as over the
 * binary protocol.
 */
class LinstorOverRestTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void nodeCreateSendsLinstorsNodeBodyAndReturnsEveryEntryOfTheAnswer() {
        try (RecordedController controller = new RecordedController().serve("011-node-create-n1");
                Linstor lin = Linstor.connect(controller.uri())) {
            List<ApiCallResponse> replies = lin.nodeCreate("n1", "127.0.0.11", Consts.VAL_NODE_TYPE_STLT);

            assertThat(controller.last().body())
                    .isEqualTo(RestExample.of("011-node-create-n1").requestBody());
            assertThat(replies).hasSize(2);
            assertThat(replies.get(0).retCode()).isEqualTo(20709377L);
            assertThat(replies.get(0).isSuccess(Consts.MASK_NODE | Consts.MASK_CRT))
                    .isTrue();
            assertThat(replies.get(0).message()).isEqualTo("New node 'n1' registered.");
            assertThat(replies.get(0).objRefs()).containsEntry("Node", "n1");
            assertThat(replies.get(1).isWarning()).isTrue();
            assertThat(Linstor.allApiResponsesNoError(replies)).isTrue();
        }
    }

    @Test
    void refusedMutationIsDataWithTheRetCodeOfTheBodyNotOfTheStatus() {
        try (RecordedController controller = new RecordedController().serve("018-node-create-duplicate");
                Linstor lin = Linstor.connect(controller.uri())) {
            List<ApiCallResponse> replies = lin.nodeCreate("n1", "127.0.0.11", Consts.VAL_NODE_TYPE_STLT);

            assertThat(replies).singleElement().satisfies(reply -> {
                assertThat(reply.retCode()).isEqualTo(-4611686018406678028L);
                assertThat(reply.isError(Consts.FAIL_EXISTS_NODE)).isTrue();
                assertThat(reply.cause()).contains("already exists");
                assertThat(reply.correction()).contains("Specify another name");
            });
        }
    }

    @Test
    void nodeListGivesTypedNodesAndTheProtocolViewIgnoringUnknownFields() {
        try (RecordedController controller = new RecordedController().serve("014-nodes-list");
                Linstor lin = Linstor.connect(controller.uri())) {
            NodeListResponse answer = lin.nodeList().get(0);

            assertThat(answer.nodes()).extracting(NodeInfo::name).containsExactly("n1", "n2", "n3");
            NodeInfo n1 = answer.nodes().get(0);
            assertThat(n1.address()).isEqualTo("127.0.0.11");
            assertThat(n1.type()).isEqualTo("SATELLITE");
            assertThat(n1.connectionStatus()).isEqualTo("OFFLINE");
            assertThat(n1.props()).containsEntry("CurStltConnName", "default");
            assertThat(n1.netInterfaces().get(0).satellitePort()).isEqualTo(3366);
            assertThat(answer.protoMsg().getNodes(0).getUuid()).isEqualTo("7e26468f-f667-41cb-8ff3-86900e06d930");
        }
    }

    @Test
    void nodeListOfNamedNodesFiltersWithTheQueryOfTheSpec() {
        try (RecordedController controller = new RecordedController()
                        .serve(RestExample.of("014-nodes-list").at("GET", "/v1/nodes?nodes=n1&nodes=n%202"));
                Linstor lin = Linstor.connect(controller.uri())) {
            assertThat(lin.nodeList(List.of("n1", "n 2")).get(0).nodes()).hasSize(3);
            assertThat(controller.last().path()).isEqualTo("/v1/nodes?nodes=n1&nodes=n%202");
        }
    }

    @Test
    void refusedListThrowsWithTheEntriesOfTheBody() {
        try (RecordedController controller = new RecordedController()
                        .serve(RestExample.of("175-query-bad-limit")
                                .at("GET", "/v1/resource-definitions?with_volume_definitions=true"));
                Linstor lin = Linstor.connect(controller.uri())) {
            assertThatThrownBy(lin::resourceDfnList).isInstanceOfSatisfying(LinstorApiCallError.class, error -> {
                assertThat(error.getMainError().retCode()).isEqualTo(-4611686018427386906L);
                assertThat(error.getMainError().errorReportIds()).containsExactly("6B0E8507-00000-000034");
            });
        }
    }

    @Test
    void resourceDefinitionListCarriesVolumeDefinitionsWithSizesBeyondInt() {
        try (RecordedController controller = new RecordedController().serve("085-rd-list-with-vd");
                Linstor lin = Linstor.connect(controller.uri())) {
            List<ResourceDefinitionInfo> definitions =
                    lin.resourceDfnList().get(0).resourceDefinitions();

            assertThat(definitions).extracting(ResourceDefinitionInfo::name).contains("rd1", "rd2", "rdnoct");
            ResourceDefinitionInfo rd2 = definitions.get(1);
            assertThat(rd2.props()).containsEntry("Aux/owner", "capture");
            assertThat(rd2.resourceGroupName()).isEqualTo("DfltRscGrp");
            assertThat(rd2.volumeDefinitions())
                    .extracting(VolumeDefinitionInfo::sizeKib)
                    .containsExactly(10240L, 4611686018427387904L, 1099511627776L);
        }
    }

    @Test
    void storagePoolListReadsThePoolsReportsAsEntries() {
        try (RecordedController controller = new RecordedController().serve("048-view-storage-pools");
                Linstor lin = Linstor.connect(controller.uri())) {
            List<StoragePoolInfo> pools = lin.storagePoolList().get(0).storagePools();

            StoragePoolInfo first = pools.get(0);
            assertThat(first.storagePoolName()).isEqualTo("DfltDisklessStorPool");
            assertThat(first.nodeName()).isEqualTo("n1");
            assertThat(first.providerKind()).isEqualTo("DISKLESS");
            assertThat(first.freeCapacityKib()).isEmpty();
            assertThat(first.reports())
                    .singleElement()
                    .satisfies(report -> assertThat(report.isWarning()).isTrue());
        }
    }

    @Test
    void storagePoolDefinitionListFiltersByNameHereWhereTheSpecHasNoQuery() {
        try (RecordedController controller = new RecordedController().serve("037-spd-list");
                Linstor lin = Linstor.connect(controller.uri())) {
            assertThat(lin.storagePoolDfnList(List.of("SP1")).get(0).storagePoolDefinitions())
                    .extracting(StoragePoolDefinitionInfo::name)
                    .containsExactly("sp1");
            assertThat(lin.storagePoolDfnList().get(0).storagePoolDefinitions()).hasSize(2);
        }
    }

    @Test
    void resourceGroupListGathersEachGroupsVolumeGroups() {
        try (RecordedController controller = new RecordedController()
                        .serve("125-rg-list")
                        .serve("117-vg-list-rg1")
                        .serve(RestExample.of("108-view-resources")
                                .at("GET", "/v1/resource-groups/DfltRscGrp/volume-groups"));
                Linstor lin = Linstor.connect(controller.uri())) {
            List<ResourceGroupInfo> groups = lin.resourceGroupList().get(0).resourceGroups();

            assertThat(groups).extracting(ResourceGroupInfo::name).containsExactly("DfltRscGrp", "rg1");
            ResourceGroupInfo rg1 = groups.get(1);
            assertThat(rg1.description()).isEqualTo("capture group");
            assertThat(rg1.selectFilter().placeCount()).isEqualTo(2);
            assertThat(rg1.selectFilter().storagePool()).isEqualTo("sp1");
            assertThat(rg1.volumeGroups())
                    .extracting(VolumeGroupInfo::volumeNumber)
                    .containsExactly(0);
            assertThat(groups.get(0).volumeGroups()).isEmpty();
        }
    }

    @Test
    void mutationsSendTheBodiesLinstorsClientsSend() {
        List<String> examples = List.of(
                "034-spd-create-sp1",
                "050-rd-create-rd1",
                "071-vd-create-rd1",
                "094-rsc-create-rd1-n1",
                "109-rsc-autoplace-rd2",
                "112-rg-create-rg1",
                "116-vg-create-rg1",
                "121-rg-spawn-definitions-only",
                "129-kvs-put-kv1",
                "131-kvs-put-kv1-delete-prop",
                "027-node-modify-props",
                "144-vd-modify-size",
                "146-sp-modify-props",
                "003-controller-props-set",
                "006-controller-props-delete",
                "147-rsc-delete-rd1-n3",
                "164-node-delete-missing",
                "137-kvs-delete-missing");
        try (RecordedController controller = new RecordedController()) {
            examples.forEach(controller::serve);
            try (Linstor lin = Linstor.connect(controller.uri())) {
                List<List<ApiCallResponse>> answers = List.of(
                        lin.storagePoolDfnCreate("sp1"),
                        lin.resourceDfnCreate("rd1"),
                        lin.volumeDfnCreate("rd1", 10240),
                        lin.resourceCreate("rd1", "n1", "sp1"),
                        lin.resourceAutoPlace("rd2", 2, "sp1"),
                        lin.resourceGroupCreate(
                                "rg1",
                                "",
                                AutoSelectFilter.builder()
                                        .placeCount(2)
                                        .storagePool("sp1")
                                        .build()),
                        lin.volumeGroupCreate("rg1"),
                        lin.resourceGroupSpawn("rg1", "spawn2", List.of(10240L), true),
                        lin.keyValueStoreModify("kv1", orderedProps("a", "1", "b/c", "2"), List.of()),
                        lin.keyValueStoreModify("kv1", Map.of(), List.of("a")),
                        lin.nodeModify("n1", Map.of("Aux/site", "a"), List.of()),
                        lin.volumeDfnModify("rd2", 0, 20480),
                        lin.storagePoolModify("n1", "sp1", Map.of("Aux/s", "1"), List.of()),
                        lin.controllerSetProp("Aux/capture", "yes"),
                        lin.controllerDeleteProp("Aux/capture"),
                        lin.resourceDelete("rd1", "n3"),
                        lin.nodeDelete("nosuchnode"),
                        lin.keyValueStoreDelete("kv1"));

                for (int i = 0; i < examples.size(); i++) {
                    RestExample example = RestExample.of(examples.get(i));
                    RecordedController.Received call = controller.calls().get(i);
                    assertThat(call.method() + " " + call.path())
                            .as(example.name())
                            .isEqualTo(example.method() + " " + example.path());
                    assertThat(call.body()).as(example.name()).isEqualTo(example.requestBody());
                    assertThat(answers.get(i)).as(example.name()).isEqualTo(expectedReplies(example));
                }
            }
        }
    }

    @Test
    void aFiltersPlacementAdditionsTravelInTheSpecsSelectFilterAndReadBackAlike() throws IOException {
        AutoSelectFilter filter = AutoSelectFilter.builder()
                .additionalPlaceCount(1)
                .nodeNames(List.of("alpha", "bravo"))
                .storagePoolList(List.of("sp1"))
                .disklessStoragePoolList(List.of("dl"))
                .doNotPlaceWith(List.of("rd1"))
                .doNotPlaceWithRegex("rd.*")
                .replicasOnSame(List.of("Aux/rack"))
                .replicasOnDifferent(List.of("Aux/site"))
                .disklessOnRemaining(true)
                .layerStack(List.of("DRBD", "WRITECACHE", "STORAGE"))
                .providerList(List.of("FILE_THIN", "LVM"))
                .disklessType("DRBD_DISKLESS")
                .build();
        String selectFilter = "{\"additional_place_count\":1,\"node_name_list\":[\"alpha\",\"bravo\"],"
                + "\"storage_pool_list\":[\"sp1\"],\"storage_pool_diskless_list\":[\"dl\"],"
                + "\"not_place_with_rsc\":[\"rd1\"],\"not_place_with_rsc_regex\":\"rd.*\","
                + "\"replicas_on_same\":[\"Aux/rack\"],\"replicas_on_different\":[\"Aux/site\"],"
                + "\"layer_stack\":[\"DRBD\",\"WRITECACHE\",\"STORAGE\"],\"provider_list\":[\"FILE_THIN\",\"LVM\"],"
                + "\"diskless_on_remaining\":true,\"diskless_type\":\"DRBD_DISKLESS\"}";
        RestExample listed = new RestExample(
                "rg2 listed",
                "GET",
                "/v1/resource-groups?resource_groups=rg2",
                com.fasterxml.jackson.databind.node.MissingNode.getInstance(),
                200,
                Map.of("Content-Type", "application/json"),
                ("[{\"name\":\"rg2\",\"select_filter\":" + selectFilter + "}]").getBytes());
        try (RecordedController controller = new RecordedController()
                        .serve("112-rg-create-rg1")
                        .serve(listed)
                        .serve(RestExample.of("010-nodes-list-empty")
                                .at("GET", "/v1/resource-groups/rg2/volume-groups"));
                Linstor lin = Linstor.connect(controller.uri())) {
            lin.resourceGroupCreate("rg2", "", filter);
            assertThat(controller.last().body())
                    .isEqualTo(MAPPER.readTree("{\"name\":\"rg2\",\"select_filter\":" + selectFilter + "}"));

            ResourceGroupInfo rg2 = lin.resourceGroupList(List.of("rg2"))
                    .get(0)
                    .resourceGroups()
                    .get(0);
            assertThat(rg2.selectFilter()).isEqualTo(filter);
        }
    }

    @Test
    void keyValueStoreListAndControllerPropsReadTheirMaps() {
        try (RecordedController controller =
                        new RecordedController().serve("133-kvs-list").serve("002-controller-props-get");
                Linstor lin = Linstor.connect(controller.uri())) {
            assertThat(lin.keyValueStoreList("kv1").get(0).props("kv1")).containsExactly(Map.entry("b/c", "2"));
            assertThat(lin.keyValueStoreList("nosuch").get(0).keyValueStores()).isEmpty();
            assertThat(lin.controllerProps().get(0).props()).containsEntry("NetCom/PlainConnector/Port", "3376");
        }
    }

    @Test
    void liveClusterAnswersGiveVolumesWithDevicesAndPoolsWithCapacities() {
        try (RecordedController controller = new RecordedController()
                        .serve(RestExample.live("068-view-resources"))
                        .serve(RestExample.live("008-view-storage-pools"));
                Linstor lin = Linstor.connect(controller.uri())) {
            List<VolumeInfo> volumes = lin.volumeList().get(0).volumes();
            VolumeInfo first = volumes.get(0);
            assertThat(first.resourceName()).isEqualTo("a2");
            assertThat(first.nodeName()).isEqualTo("alpha");
            assertThat(first.storagePoolName()).isEqualTo("DfltStorPool");
            assertThat(first.providerKind()).isEqualTo("FILE_THIN");
            assertThat(first.devicePath()).isEqualTo("/dev/loop7");
            assertThat(lin.resourceList().get(0).resources().get(0).props())
                    .containsEntry("StorPoolName", "DfltStorPool");

            StoragePoolInfo diskless =
                    lin.storagePoolList().get(0).storagePools().get(1);
            assertThat(diskless.freeCapacityKib()).hasValue(Long.MAX_VALUE);
        }
    }

    @Test
    void theBackingDiskOfAStorageOnlyVolumeIsItsStorageLayersDevice() {
        // LINBIT's live cluster ran without DRBD: its volumes' layer_data_list holds one STORAGE entry.
        try (RecordedController controller = new RecordedController().serve(RestExample.live("068-view-resources"));
                Linstor lin = Linstor.connect(controller.uri())) {
            List<VolumeInfo> volumes = lin.volumeList().get(0).volumes();

            assertThat(volumes.get(0).backingDisk()).isEqualTo("/dev/loop7");
            assertThat(volumes)
                    .allSatisfy(volume -> assertThat(volume.backingDisk())
                            .isEqualTo(volume.devicePath())
                            .startsWith("/dev/loop"));
        }
    }

    @Test
    void drbdLayerDataOfLinbitsControllerIsReadForThePort() {
        try (RecordedController controller = new RecordedController()
                        .serve(RestExample.live("026-rd-list-drbd-attempts")
                                .at(
                                        "GET",
                                        "/v1/resource-definitions?resource_definitions=drbd1&resource_definitions=drbd2"
                                                + "&with_volume_definitions=true"));
                Linstor lin = Linstor.connect(controller.uri())) {
            ResourceDfnListResponse answer =
                    lin.resourceDfnList(List.of("drbd1", "drbd2")).get(0);
            List<ResourceDefinitionInfo> definitions = answer.resourceDefinitions();
            assertThat(definitions).extracting(ResourceDefinitionInfo::name).containsExactly("drbd1", "drbd2");
            // LINSTOR writes -1 for a port not allocated yet: no port.
            assertThat(definitions.get(1).drbdPort()).isEmpty();
            assertThat(answer.protoMsg().getRscDfns(1).getLayerData(0).getDrbd().getPeersSlots())
                    .isEqualTo(7);
        }
    }

    @Test
    void connectingWhereNoControllerListensIsANetworkError() throws IOException {
        String uri = "http://127.0.0.1:" + closedPort();
        assertThatThrownBy(() -> Linstor.connect(uri))
                .isInstanceOf(LinstorNetworkError.class)
                .hasMessageContaining("cannot connect to the controller at " + uri);
    }

    @Test
    void builderConnectsToTheFirstControllerThatAnswers() throws IOException {
        try (RecordedController controller = new RecordedController().serve("010-nodes-list-empty");
                Linstor lin = Linstor.builder()
                        .controllers("http://127.0.0.1:" + closedPort(), controller.uri())
                        .userAgent("plugin/1.0")
                        .bearerToken("s3cret")
                        .connect()) {
            assertThat(lin.uri()).isEqualTo(controller.uri());
            assertThat(lin.nodeList().get(0).nodes()).isEmpty();
            assertThat(controller.last().headers().getFirst("User-Agent")).isEqualTo("plugin/1.0");
            assertThat(controller.last().headers().getFirst("Authorization")).isEqualTo("Bearer s3cret");
        }
    }

    @Test
    void builderReportsEveryControllerWhenNoneAnswers() throws IOException {
        String first = "http://127.0.0.1:" + closedPort();
        String second = "http://127.0.0.1:" + closedPort();
        assertThatThrownBy(() -> Linstor.builder().controllers(first, second).connect())
                .isInstanceOf(LinstorNetworkError.class)
                .hasMessageContaining("no controller answered")
                .hasMessageContaining(first)
                .hasMessageContaining(second);
    }

    @Test
    void builderRefusesHeaderValuesSpanningLines() {
        assertThatThrownBy(() -> Linstor.builder().userAgent("a\r\nX-Injected: 1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Linstor.builder().basicAuth("a:b", "c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Linstor.builder().build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void serverThatIsNotLinstorIsRefusedAtConnect() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] page = "<html>proxy error</html>".getBytes();
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(502, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        try {
            assertThatThrownBy(() -> Linstor.connect(
                            "http://127.0.0.1:" + server.getAddress().getPort()))
                    .isInstanceOf(LinstorNetworkError.class)
                    .hasMessageContaining("HTTP 502");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void answerThatIsNotAnApiCallRcListIsANetworkErrorNotASuccess() {
        try (RecordedController controller = new RecordedController();
                Linstor lin = Linstor.connect(controller.uri())) {
            // Nothing recorded for this call: the fake answers 599 with plain text.
            assertThatThrownBy(() -> lin.resourceDfnDelete("rd9"))
                    .isInstanceOf(LinstorNetworkError.class)
                    .hasMessageContaining("may have applied");
        }
    }

    @Test
    void callWithoutAnswerWithinTheCallTimeoutIsANetworkError() throws IOException {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        byte[] version = RestExample.of("001-controller-version").responseBody();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            if (!exchange.getRequestURI().getPath().equals("/v1/controller/version")) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(200, version.length);
            exchange.getResponseBody().write(version);
            exchange.close();
        });
        server.start();
        try (Linstor lin = Linstor.builder()
                .controllers("http://127.0.0.1:" + server.getAddress().getPort())
                .callTimeout(java.time.Duration.ofMillis(200))
                .connect()) {
            assertThatThrownBy(() -> lin.nodeDelete("n1"))
                    .isInstanceOf(LinstorNetworkError.class)
                    .hasMessageContaining("timed out")
                    .hasMessageContaining("may have applied");
        } finally {
            release.countDown();
            server.stop(0);
            ((ExecutorService) server.getExecutor()).shutdownNow();
        }
    }

    @Test
    void readyAndInUseAreReadWhereTheSatelliteReportedTheResource() throws Exception {
        // 185: lostrd on alpha (connected: LINBIT gives it "state") and delta (satellite lost: no "state").
        RestExample recorded = RestExample.live("185-rsc-list-lostrd-delta-offline");
        RestExample asView = new RestExample(
                "185 as view",
                "GET",
                "/v1/view/resources?resources=lostrd",
                com.fasterxml.jackson.databind.node.MissingNode.getInstance(),
                200,
                recorded.headers(),
                recorded.responseBody());
        try (RecordedController controller = new RecordedController().serve(asView);
                Linstor lin = Linstor.connect(controller.uri())) {
            List<ResourceInfo> resources =
                    lin.resourceList(List.of(), List.of("lostrd")).get(0).resources();

            assertThat(resources).extracting(ResourceInfo::nodeName).containsExactly("alpha", "delta");
            assertThat(resources.get(0).ready()).contains(true);
            assertThat(resources.get(0).inUse()).contains(false);
            assertThat(resources.get(1).ready()).isEmpty();
            assertThat(resources.get(1).inUse()).isEmpty();
        }
    }

    @Test
    void oneClientCarriesConcurrentCallsFromManyThreads() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (RecordedController controller = new RecordedController().serve("014-nodes-list");
                Linstor lin = Linstor.connect(controller.uri())) {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                calls.add(() -> lin.nodeList().get(0).nodes().size());
            }
            for (Future<Integer> result : threads.invokeAll(calls)) {
                assertThat(result.get()).isEqualTo(3);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<ApiCallResponse> expectedReplies(RestExample example) {
        try {
            JsonNode body = MAPPER.readTree(example.responseBody());
            List<ApiCallResponse> replies = new ArrayList<>();
            for (JsonNode entry : body) {
                Map<String, String> refs = new java.util.HashMap<>();
                entry.path("obj_refs")
                        .fields()
                        .forEachRemaining(
                                ref -> refs.put(ref.getKey(), ref.getValue().asText()));
                List<String> reports = new ArrayList<>();
                entry.path("error_report_ids").forEach(id -> reports.add(id.asText()));
                replies.add(new ApiCallResponse(
                        entry.path("ret_code").asLong(),
                        entry.path("message").asText(),
                        entry.path("cause").asText(""),
                        entry.path("correction").asText(""),
                        entry.path("details").asText(""),
                        refs,
                        reports));
            }
            return replies;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> orderedProps(String... keysAndValues) {
        Map<String, String> props = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            props.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return props;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}

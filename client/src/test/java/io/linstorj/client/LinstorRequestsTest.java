package io.linstorj.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Message;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.linstor.Filter;
import io.linstorj.protocol.linstor.LayerType;
import io.linstorj.protocol.linstor.LinStorMapEntry;
import io.linstorj.protocol.linstor.MsgAutoPlaceRsc;
import io.linstorj.protocol.linstor.MsgCrtNetInterface;
import io.linstorj.protocol.linstor.MsgCrtNode;
import io.linstorj.protocol.linstor.MsgCrtRsc;
import io.linstorj.protocol.linstor.MsgCrtRscDfn;
import io.linstorj.protocol.linstor.MsgCrtRscGrp;
import io.linstorj.protocol.linstor.MsgCrtStorPool;
import io.linstorj.protocol.linstor.MsgCrtStorPoolDfn;
import io.linstorj.protocol.linstor.MsgCrtVlmDfn;
import io.linstorj.protocol.linstor.MsgCrtVlmGrp;
import io.linstorj.protocol.linstor.MsgDelCtrlProp;
import io.linstorj.protocol.linstor.MsgDelKvs;
import io.linstorj.protocol.linstor.MsgDelNetInterface;
import io.linstorj.protocol.linstor.MsgDelNode;
import io.linstorj.protocol.linstor.MsgDelRsc;
import io.linstorj.protocol.linstor.MsgDelRscDfn;
import io.linstorj.protocol.linstor.MsgDelRscGrp;
import io.linstorj.protocol.linstor.MsgDelStorPool;
import io.linstorj.protocol.linstor.MsgDelStorPoolDfn;
import io.linstorj.protocol.linstor.MsgDelVlmDfn;
import io.linstorj.protocol.linstor.MsgDelVlmGrp;
import io.linstorj.protocol.linstor.MsgModCtrl;
import io.linstorj.protocol.linstor.MsgModKvs;
import io.linstorj.protocol.linstor.MsgModNetInterface;
import io.linstorj.protocol.linstor.MsgModNode;
import io.linstorj.protocol.linstor.MsgModRscDfn;
import io.linstorj.protocol.linstor.MsgModRscGrp;
import io.linstorj.protocol.linstor.MsgModStorPool;
import io.linstorj.protocol.linstor.MsgModVlmDfn;
import io.linstorj.protocol.linstor.MsgModVlmGrp;
import io.linstorj.protocol.linstor.MsgSpawnRscDfn;
import io.linstorj.protocol.linstor.MsgToggleDisk;
import io.linstorj.protocol.linstor.NetInterface;
import io.linstorj.protocol.linstor.Node;
import io.linstorj.protocol.linstor.ProviderType;
import io.linstorj.protocol.linstor.Rsc;
import io.linstorj.protocol.linstor.RscDfn;
import io.linstorj.protocol.linstor.RscGrp;
import io.linstorj.protocol.linstor.RscWithPayload;
import io.linstorj.protocol.linstor.StorPool;
import io.linstorj.protocol.linstor.StorPoolDfn;
import io.linstorj.protocol.linstor.VlmDfn;
import io.linstorj.protocol.linstor.VlmDfnWithPayload;
import io.linstorj.protocol.linstor.VlmGrp;
import io.linstorj.protocol.proto.MsgHeader.MsgType;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every call of {@link Linstor} sends its call name and the request body of the call table. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinstorRequestsTest {
    private FakeController controller;
    private Linstor lin;

    @BeforeAll
    void connect() {
        controller = FakeController.start();
        lin = Linstor.connect(controller.uri());
    }

    @AfterAll
    void disconnect() {
        lin.close();
        controller.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void callSendsItsNameAndBody(String description, Consumer<Linstor> action, String content, @Nullable Message body)
            throws InterruptedException {
        action.accept(lin);

        ProtocolMessage sent = controller.takeCall();
        assertThat(sent.type()).isEqualTo(MsgType.API_CALL);
        assertThat(sent.content()).isEqualTo(content);
        if (body == null) {
            assertThat(sent.bodies()).isEmpty();
        } else {
            assertThat(sent.bodies()).hasSize(1);
            assertThat(sent.body(0, body.getParserForType())).isEqualTo(body);
        }
    }

    static Stream<Arguments> calls() {
        return Stream.of(nodeCalls(), storageCalls(), resourceCalls(), propertyCalls(), placementCalls(), groupCalls())
                .flatMap(s -> s);
    }

    private static Stream<Arguments> nodeCalls() {
        return Stream.of(
                call(
                        "nodeCreate satellite",
                        l -> l.nodeCreate("alpha", "127.0.0.11", Consts.VAL_NODE_TYPE_STLT),
                        ApiCalls.CRT_NODE,
                        MsgCrtNode.newBuilder()
                                .setNode(node("alpha", "Satellite", netIf("default", "127.0.0.11", 3366)))
                                .build()),
                call(
                        "nodeCreate auxiliary has no satellite port",
                        l -> l.nodeCreate("aux", "127.0.0.12", Consts.VAL_NODE_TYPE_AUX),
                        ApiCalls.CRT_NODE,
                        MsgCrtNode.newBuilder()
                                .setNode(node(
                                        "aux",
                                        "Auxiliary",
                                        NetInterface.newBuilder()
                                                .setName("default")
                                                .setAddress("127.0.0.12")
                                                .build()))
                                .build()),
                call(
                        "nodeCreate with port and props",
                        l -> l.nodeCreate(
                                "beta", "127.0.0.13", Consts.VAL_NODE_TYPE_CMBD, 3400, Map.of("Aux/site", "a")),
                        ApiCalls.CRT_NODE,
                        MsgCrtNode.newBuilder()
                                .setNode(node("beta", "Combined", netIf("default", "127.0.0.13", 3400)).toBuilder()
                                        .addProps(entry("Aux/site", "a")))
                                .build()),
                call(
                        "nodeModify",
                        l -> l.nodeModify("alpha", Map.of("Aux/a", "1"), List.of("Aux/b")),
                        ApiCalls.MOD_NODE,
                        MsgModNode.newBuilder()
                                .setNodeName("alpha")
                                .addAllOverrideProps(entries(Map.of("Aux/a", "1")))
                                .addAllDeletePropKeys(List.of("Aux/b"))
                                .build()),
                call(
                        "nodeModify with type",
                        l -> l.nodeModify("alpha", "Combined", Map.of(), List.of()),
                        ApiCalls.MOD_NODE,
                        MsgModNode.newBuilder()
                                .setNodeName("alpha")
                                .setNodeType("Combined")
                                .build()),
                call(
                        "nodeDelete",
                        l -> l.nodeDelete("alpha"),
                        ApiCalls.DEL_NODE,
                        MsgDelNode.newBuilder().setNodeName("alpha").build()),
                call("nodeList", Linstor::nodeList, ApiCalls.LST_NODE, Filter.getDefaultInstance()),
                call(
                        "nodeList filtered",
                        l -> l.nodeList(List.of("alpha")),
                        ApiCalls.LST_NODE,
                        Filter.newBuilder().addNodeNames("alpha").build()),
                call(
                        "netInterfaceCreate",
                        l -> l.netInterfaceCreate("alpha", "data", "127.0.0.21"),
                        ApiCalls.CRT_NET_IF,
                        MsgCrtNetInterface.newBuilder()
                                .setNodeName("alpha")
                                .setNetIf(NetInterface.newBuilder()
                                        .setName("data")
                                        .setAddress("127.0.0.21"))
                                .build()),
                call(
                        "netInterfaceCreate with satellite port",
                        l -> l.netInterfaceCreate("alpha", "sat", "127.0.0.22", 3367),
                        ApiCalls.CRT_NET_IF,
                        MsgCrtNetInterface.newBuilder()
                                .setNodeName("alpha")
                                .setNetIf(netIf("sat", "127.0.0.22", 3367))
                                .build()),
                call(
                        "netInterfaceCreate sends a negative port for the controller to refuse",
                        l -> l.netInterfaceCreate("alpha", "sat", "127.0.0.22", -1),
                        ApiCalls.CRT_NET_IF,
                        MsgCrtNetInterface.newBuilder()
                                .setNodeName("alpha")
                                .setNetIf(netIf("sat", "127.0.0.22", -1))
                                .build()),
                call(
                        "netInterfaceModify",
                        l -> l.netInterfaceModify("alpha", "data", "127.0.0.23"),
                        ApiCalls.MOD_NET_IF,
                        MsgModNetInterface.newBuilder()
                                .setNodeName("alpha")
                                .setNetIf(NetInterface.newBuilder()
                                        .setName("data")
                                        .setAddress("127.0.0.23"))
                                .build()),
                call(
                        "netInterfaceDelete",
                        l -> l.netInterfaceDelete("alpha", "data"),
                        ApiCalls.DEL_NET_IF,
                        MsgDelNetInterface.newBuilder()
                                .setNodeName("alpha")
                                .setNetIfName("data")
                                .build()));
    }

    private static Stream<Arguments> storageCalls() {
        return Stream.of(
                call(
                        "storagePoolDfnCreate",
                        l -> l.storagePoolDfnCreate("pool"),
                        ApiCalls.CRT_STOR_POOL_DFN,
                        MsgCrtStorPoolDfn.newBuilder()
                                .setStorPoolDfn(StorPoolDfn.newBuilder().setStorPoolName("pool"))
                                .build()),
                call(
                        "storagePoolDfnDelete",
                        l -> l.storagePoolDfnDelete("pool"),
                        ApiCalls.DEL_STOR_POOL_DFN,
                        MsgDelStorPoolDfn.newBuilder().setStorPoolName("pool").build()),
                call(
                        "storagePoolDfnList",
                        l -> l.storagePoolDfnList(List.of("pool")),
                        ApiCalls.LST_STOR_POOL_DFN,
                        Filter.newBuilder().addStorPoolNames("pool").build()),
                call(
                        "storagePoolCreate puts the provider pool into StorDriver/StorPoolName",
                        l -> l.storagePoolCreate(
                                "alpha", "DfltStorPool", "FILE_THIN", "/var/lib/linstorj/pools/default"),
                        ApiCalls.CRT_STOR_POOL,
                        MsgCrtStorPool.newBuilder()
                                .setStorPool(StorPool.newBuilder()
                                        .setNodeName("alpha")
                                        .setStorPoolName("DfltStorPool")
                                        .setProviderKind(ProviderType.FILE_THIN)
                                        .addProps(entry("StorDriver/StorPoolName", "/var/lib/linstorj/pools/default")))
                                .build()),
                call(
                        "storagePoolCreate diskless has no provider pool",
                        l -> l.storagePoolCreate("alpha", "diskless", Consts.PROVIDER_KIND_DISKLESS, ""),
                        ApiCalls.CRT_STOR_POOL,
                        MsgCrtStorPool.newBuilder()
                                .setStorPool(StorPool.newBuilder()
                                        .setNodeName("alpha")
                                        .setStorPoolName("diskless")
                                        .setProviderKind(ProviderType.DISKLESS))
                                .build()),
                call(
                        "storagePoolModify",
                        l -> l.storagePoolModify("alpha", "pool", Map.of("a", "1"), List.of("b")),
                        ApiCalls.MOD_STOR_POOL,
                        MsgModStorPool.newBuilder()
                                .setNodeName("alpha")
                                .setStorPoolName("pool")
                                .addAllOverrideProps(entries(Map.of("a", "1")))
                                .addAllDeletePropKeys(List.of("b"))
                                .build()),
                call(
                        "storagePoolDelete",
                        l -> l.storagePoolDelete("alpha", "pool"),
                        ApiCalls.DEL_STOR_POOL,
                        MsgDelStorPool.newBuilder()
                                .setNodeName("alpha")
                                .setStorPoolName("pool")
                                .build()),
                call(
                        "storagePoolList",
                        l -> l.storagePoolList(List.of("alpha"), List.of("pool")),
                        ApiCalls.LST_STOR_POOL,
                        Filter.newBuilder()
                                .addNodeNames("alpha")
                                .addStorPoolNames("pool")
                                .build()));
    }

    private static Stream<Arguments> resourceCalls() {
        return Stream.of(
                call(
                        "resourceDfnCreate",
                        l -> l.resourceDfnCreate("rsc"),
                        ApiCalls.CRT_RSC_DFN,
                        MsgCrtRscDfn.newBuilder()
                                .setRscDfn(RscDfn.newBuilder().setRscName("rsc"))
                                .build()),
                call(
                        "resourceDfnCreate with port",
                        l -> l.resourceDfnCreate("rsc", 7005),
                        ApiCalls.CRT_RSC_DFN,
                        MsgCrtRscDfn.newBuilder()
                                .setRscDfn(RscDfn.newBuilder().setRscName("rsc"))
                                .setDrbdPort(7005)
                                .build()),
                call(
                        "resourceDfnModify",
                        l -> l.resourceDfnModify(
                                "rsc", Map.of("DrbdOptions/Net/allow-two-primaries", "yes"), List.of()),
                        ApiCalls.MOD_RSC_DFN,
                        MsgModRscDfn.newBuilder()
                                .setRscName("rsc")
                                .addAllOverrideProps(entries(Map.of("DrbdOptions/Net/allow-two-primaries", "yes")))
                                .addAllDeletePropKeys(List.of())
                                .build()),
                call(
                        "resourceDfnDelete",
                        l -> l.resourceDfnDelete("rsc"),
                        ApiCalls.DEL_RSC_DFN,
                        MsgDelRscDfn.newBuilder().setRscName("rsc").build()),
                call(
                        "resourceDfnList",
                        l -> l.resourceDfnList(List.of("rsc")),
                        ApiCalls.LST_RSC_DFN,
                        Filter.newBuilder().addResourceNames("rsc").build()),
                call(
                        "volumeDfnCreate lets the controller number the volume",
                        l -> l.volumeDfnCreate("rsc", 10240),
                        ApiCalls.CRT_VLM_DFN,
                        MsgCrtVlmDfn.newBuilder()
                                .setRscName("rsc")
                                .addVlmDfns(VlmDfnWithPayload.newBuilder()
                                        .setVlmDfn(VlmDfn.newBuilder().setVlmSize(10240)))
                                .build()),
                call(
                        "volumeDfnCreate with number and minor",
                        l -> l.volumeDfnCreate("rsc", 2048, 1, 1001),
                        ApiCalls.CRT_VLM_DFN,
                        MsgCrtVlmDfn.newBuilder()
                                .setRscName("rsc")
                                .addVlmDfns(VlmDfnWithPayload.newBuilder()
                                        .setVlmDfn(
                                                VlmDfn.newBuilder().setVlmNr(1).setVlmSize(2048))
                                        .setDrbdMinorNr(1001))
                                .build()),
                call(
                        "volumeDfnModify resizes",
                        l -> l.volumeDfnModify("rsc", 0, 20480),
                        ApiCalls.MOD_VLM_DFN,
                        MsgModVlmDfn.newBuilder()
                                .setRscName("rsc")
                                .setVlmNr(0)
                                .setVlmSize(20480)
                                .build()),
                call(
                        "volumeDfnModify without size keeps it",
                        l -> l.volumeDfnModify("rsc", 1, Map.of("a", "1"), List.of("b"), null),
                        ApiCalls.MOD_VLM_DFN,
                        MsgModVlmDfn.newBuilder()
                                .setRscName("rsc")
                                .setVlmNr(1)
                                .addAllOverrideProps(entries(Map.of("a", "1")))
                                .addAllDeletePropKeys(List.of("b"))
                                .build()),
                call(
                        "volumeDfnDelete",
                        l -> l.volumeDfnDelete("rsc", 1),
                        ApiCalls.DEL_VLM_DFN,
                        MsgDelVlmDfn.newBuilder().setRscName("rsc").setVlmNr(1).build()),
                call(
                        "resourceCreate",
                        l -> l.resourceCreate("rsc", "alpha"),
                        ApiCalls.CRT_RSC,
                        MsgCrtRsc.newBuilder()
                                .addRscs(RscWithPayload.newBuilder()
                                        .setRsc(Rsc.newBuilder().setName("rsc").setNodeName("alpha")))
                                .build()),
                call(
                        "resourceCreate in a pool",
                        l -> l.resourceCreate("rsc", "alpha", "ssd"),
                        ApiCalls.CRT_RSC,
                        MsgCrtRsc.newBuilder()
                                .addRscs(RscWithPayload.newBuilder()
                                        .setRsc(Rsc.newBuilder()
                                                .setName("rsc")
                                                .setNodeName("alpha")
                                                .addProps(entry("StorPoolName", "ssd"))))
                                .build()),
                call(
                        "resourceCreate diskless",
                        l -> l.resourceCreate("rsc", "bravo", true),
                        ApiCalls.CRT_RSC,
                        MsgCrtRsc.newBuilder()
                                .addRscs(RscWithPayload.newBuilder()
                                        .setRsc(Rsc.newBuilder()
                                                .setName("rsc")
                                                .setNodeName("bravo")
                                                .addRscFlags("DISKLESS")))
                                .build()),
                call(
                        "resourceDelete",
                        l -> l.resourceDelete("rsc", "alpha"),
                        ApiCalls.DEL_RSC,
                        MsgDelRsc.newBuilder()
                                .setRscName("rsc")
                                .setNodeName("alpha")
                                .build()),
                call(
                        "resourceList",
                        l -> l.resourceList(List.of("alpha"), List.of("rsc")),
                        ApiCalls.LST_RSC,
                        Filter.newBuilder()
                                .addNodeNames("alpha")
                                .addResourceNames("rsc")
                                .build()),
                call(
                        "volumeList",
                        l -> l.volumeList(List.of("alpha"), List.of("rsc"), List.of("ssd")),
                        ApiCalls.LST_VLM,
                        Filter.newBuilder()
                                .addNodeNames("alpha")
                                .addResourceNames("rsc")
                                .addStorPoolNames("ssd")
                                .build()));
    }

    private static Stream<Arguments> propertyCalls() {
        return Stream.of(
                call("controllerProps", Linstor::controllerProps, ApiCalls.LST_CTRL_PROPS, null),
                call(
                        "controllerSetProp",
                        l -> l.controllerSetProp("TcpPortAutoRange", "7000-7999"),
                        ApiCalls.SET_CTRL_PROP,
                        MsgModCtrl.newBuilder()
                                .addOverrideProps(entry("TcpPortAutoRange", "7000-7999"))
                                .build()),
                call(
                        "controllerDeleteProp",
                        l -> l.controllerDeleteProp("TcpPortAutoRange"),
                        ApiCalls.DEL_CTRL_PROP,
                        MsgDelCtrlProp.newBuilder().setKey("TcpPortAutoRange").build()),
                call(
                        "keyValueStoreModify",
                        l -> l.keyValueStoreModify("myKV", Map.of("/foo/key", "val"), List.of("old")),
                        ApiCalls.MOD_KVS,
                        MsgModKvs.newBuilder()
                                .setKvsName("myKV")
                                .addAllOverrideProps(entries(Map.of("/foo/key", "val")))
                                .addAllDeletePropKeys(List.of("old"))
                                .build()),
                call(
                        "keyValueStoreList of one instance",
                        l -> l.keyValueStoreList("myKV"),
                        ApiCalls.LST_KVS,
                        Filter.newBuilder().addNames("myKV").build()),
                call("keyValueStoreList", Linstor::keyValueStoreList, ApiCalls.LST_KVS, Filter.getDefaultInstance()),
                call(
                        "keyValueStoreDelete",
                        l -> l.keyValueStoreDelete("myKV"),
                        ApiCalls.DEL_KVS,
                        MsgDelKvs.newBuilder().setKvsName("myKV").build()));
    }

    private static Stream<Arguments> placementCalls() {
        return Stream.of(
                call(
                        "resourceAutoPlace with a place count",
                        l -> l.resourceAutoPlace("rsc", 3),
                        ApiCalls.AUTO_PLACE_RSC,
                        MsgAutoPlaceRsc.newBuilder()
                                .setRscName("rsc")
                                .setSelectFilter(io.linstorj.protocol.linstor.AutoSelectFilter.newBuilder()
                                        .setPlaceCount(3))
                                .build()),
                call(
                        "resourceAutoPlace in a pool",
                        l -> l.resourceAutoPlace("rsc", 2, "ssd"),
                        ApiCalls.AUTO_PLACE_RSC,
                        MsgAutoPlaceRsc.newBuilder()
                                .setRscName("rsc")
                                .setSelectFilter(io.linstorj.protocol.linstor.AutoSelectFilter.newBuilder()
                                        .setPlaceCount(2)
                                        .setStoragePool("ssd"))
                                .build()),
                call(
                        "resourceAutoPlace with a full filter",
                        l -> l.resourceAutoPlace(
                                "rsc",
                                AutoSelectFilter.builder()
                                        .placeCount(2)
                                        .additionalPlaceCount(1)
                                        .nodeNames(List.of("alpha", "bravo"))
                                        .storagePool("ssd")
                                        .storagePoolList(List.of("ssd", "hdd"))
                                        .disklessStoragePoolList(List.of("dl"))
                                        .doNotPlaceWith(List.of("db"))
                                        .doNotPlaceWithRegex("web.*")
                                        .replicasOnSame(List.of("Aux/site"))
                                        .replicasOnDifferent(List.of("Aux/rack"))
                                        .disklessOnRemaining(true)
                                        .layerStack(List.of("DRBD", "STORAGE"))
                                        .providerList(List.of("LVM_THIN"))
                                        .disklessType("DRBD_DISKLESS")
                                        .build()),
                        ApiCalls.AUTO_PLACE_RSC,
                        MsgAutoPlaceRsc.newBuilder()
                                .setRscName("rsc")
                                .setSelectFilter(io.linstorj.protocol.linstor.AutoSelectFilter.newBuilder()
                                        .setPlaceCount(2)
                                        .setAdditionalPlaceCount(1)
                                        .addAllNodeNameList(List.of("alpha", "bravo"))
                                        .setStoragePool("ssd")
                                        .addAllStoragePoolList(List.of("ssd", "hdd"))
                                        .addStoragePoolDisklessList("dl")
                                        .addNotPlaceWithRsc("db")
                                        .setNotPlaceWithRscRegex("web.*")
                                        .addReplicasOnSame("Aux/site")
                                        .addReplicasOnDifferent("Aux/rack")
                                        .setDisklessOnRemaining(true)
                                        .addAllLayerStackNames(List.of("DRBD", "STORAGE"))
                                        .addProviderNames("LVM_THIN")
                                        .addLayerStack(LayerType.DRBD)
                                        .addLayerStack(LayerType.STORAGE)
                                        .addProviders(ProviderType.LVM_THIN)
                                        .setDisklessType("DRBD_DISKLESS"))
                                .build()),
                call(
                        "resourceToggleDisk to diskless",
                        l -> l.resourceToggleDisk("rsc", "alpha", true),
                        ApiCalls.TOGGLE_DISK,
                        MsgToggleDisk.newBuilder()
                                .setRscName("rsc")
                                .setNodeName("alpha")
                                .setDiskless(true)
                                .build()),
                call(
                        "resourceToggleDisk to diskful in a pool",
                        l -> l.resourceToggleDisk("rsc", "alpha", false, "ssd"),
                        ApiCalls.TOGGLE_DISK,
                        MsgToggleDisk.newBuilder()
                                .setRscName("rsc")
                                .setNodeName("alpha")
                                .setDiskless(false)
                                .setStorPoolName("ssd")
                                .build()));
    }

    private static Stream<Arguments> groupCalls() {
        return Stream.of(
                call(
                        "resourceGroupCreate",
                        l -> l.resourceGroupCreate("gold"),
                        ApiCalls.CRT_RSC_GRP,
                        MsgCrtRscGrp.newBuilder()
                                .setRscGrp(RscGrp.newBuilder()
                                        .setName("gold")
                                        .setSelectFilter(
                                                io.linstorj.protocol.linstor.AutoSelectFilter.getDefaultInstance()))
                                .build()),
                call(
                        "resourceGroupCreate with description and filter",
                        l -> l.resourceGroupCreate("gold", "fast", AutoSelectFilter.ofPlaceCount(3)),
                        ApiCalls.CRT_RSC_GRP,
                        MsgCrtRscGrp.newBuilder()
                                .setRscGrp(RscGrp.newBuilder()
                                        .setName("gold")
                                        .setDescription("fast")
                                        .setSelectFilter(io.linstorj.protocol.linstor.AutoSelectFilter.newBuilder()
                                                .setPlaceCount(3)))
                                .build()),
                call(
                        "resourceGroupModify props only keeps description and filter",
                        l -> l.resourceGroupModify("gold", Map.of("Aux/a", "1"), List.of("Aux/b")),
                        ApiCalls.MOD_RSC_GRP,
                        MsgModRscGrp.newBuilder()
                                .setRscGrpName("gold")
                                .addAllOverrideProps(entries(Map.of("Aux/a", "1")))
                                .addAllDeletePropKeys(List.of("Aux/b"))
                                .build()),
                call(
                        "resourceGroupModify replaces description and filter",
                        l -> l.resourceGroupModify(
                                "gold", "faster", AutoSelectFilter.ofPlaceCount(2), Map.of(), List.of()),
                        ApiCalls.MOD_RSC_GRP,
                        MsgModRscGrp.newBuilder()
                                .setRscGrpName("gold")
                                .setDescription("faster")
                                .setSelectFilter(io.linstorj.protocol.linstor.AutoSelectFilter.newBuilder()
                                        .setPlaceCount(2))
                                .build()),
                call(
                        "resourceGroupDelete",
                        l -> l.resourceGroupDelete("gold"),
                        ApiCalls.DEL_RSC_GRP,
                        MsgDelRscGrp.newBuilder().setRscGrpName("gold").build()),
                call(
                        "resourceGroupList",
                        l -> l.resourceGroupList(List.of("gold")),
                        ApiCalls.LST_RSC_GRP,
                        Filter.newBuilder().addNames("gold").build()),
                call(
                        "volumeGroupCreate lets the controller number it",
                        l -> l.volumeGroupCreate("gold"),
                        ApiCalls.CRT_VLM_GRP,
                        MsgCrtVlmGrp.newBuilder()
                                .setRscGrpName("gold")
                                .addVlmGrps(VlmGrp.getDefaultInstance())
                                .build()),
                call(
                        "volumeGroupCreate with a number",
                        l -> l.volumeGroupCreate("gold", 1),
                        ApiCalls.CRT_VLM_GRP,
                        MsgCrtVlmGrp.newBuilder()
                                .setRscGrpName("gold")
                                .addVlmGrps(VlmGrp.newBuilder().setVlmNr(1))
                                .build()),
                call(
                        "volumeGroupModify",
                        l -> l.volumeGroupModify("gold", 0, Map.of("a", "1"), List.of()),
                        ApiCalls.MOD_VLM_GRP,
                        MsgModVlmGrp.newBuilder()
                                .setRscGrpName("gold")
                                .setVlmNr(0)
                                .addAllOverrideProps(entries(Map.of("a", "1")))
                                .addAllDeletePropKeys(List.of())
                                .build()),
                call(
                        "volumeGroupDelete",
                        l -> l.volumeGroupDelete("gold", 1),
                        ApiCalls.DEL_VLM_GRP,
                        MsgDelVlmGrp.newBuilder()
                                .setRscGrpName("gold")
                                .setVlmNr(1)
                                .build()),
                call(
                        "volumeGroupList names the resource group",
                        l -> l.volumeGroupList("gold"),
                        ApiCalls.LST_VLM_GRP,
                        Filter.newBuilder().addNames("gold").build()),
                call(
                        "resourceGroupSpawn",
                        l -> l.resourceGroupSpawn("gold", "db1", List.of(20480L, 1024L)),
                        ApiCalls.SPAWN_RSC_DFN,
                        MsgSpawnRscDfn.newBuilder()
                                .setRscGrpName("gold")
                                .setRscDfnName("db1")
                                .addVlmSizes(20480)
                                .addVlmSizes(1024)
                                .build()),
                call(
                        "resourceGroupSpawn definitions only",
                        l -> l.resourceGroupSpawn("gold", "db2", List.of(1024L), true),
                        ApiCalls.SPAWN_RSC_DFN,
                        MsgSpawnRscDfn.newBuilder()
                                .setRscGrpName("gold")
                                .setRscDfnName("db2")
                                .addVlmSizes(1024)
                                .setDefinitionsOnly(true)
                                .build()));
    }

    private static Arguments call(
            String description, Consumer<Linstor> action, String content, @Nullable Message body) {
        return Arguments.of(description, action, content, body);
    }

    private static Node node(String name, String type, NetInterface netInterface) {
        return Node.newBuilder()
                .setName(name)
                .setType(type)
                .addNetInterfaces(netInterface)
                .build();
    }

    private static NetInterface netIf(String name, String address, int port) {
        return NetInterface.newBuilder()
                .setName(name)
                .setAddress(address)
                .setStltPort(port)
                .setStltEncryptionType("PLAIN")
                .build();
    }

    private static List<LinStorMapEntry> entries(Map<String, String> props) {
        return props.entrySet().stream()
                .map(prop -> entry(prop.getKey(), prop.getValue()))
                .toList();
    }

    private static LinStorMapEntry entry(String key, String value) {
        return LinStorMapEntry.newBuilder().setKey(key).setValue(value).build();
    }
}

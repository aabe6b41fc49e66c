package io.linstorj.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.AutoSelectFilter;
import io.linstorj.client.Consts;
import io.linstorj.client.KV;
import io.linstorj.client.Linstor;
import io.linstorj.client.LinstorApiCallError;
import io.linstorj.client.NodeInfo;
import io.linstorj.client.ResourceDefinitionInfo;
import io.linstorj.client.ResourceGroup;
import io.linstorj.client.ResourceGroupInfo;
import io.linstorj.client.VolumeDefinitionInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client library against a real controller over real sockets, once over the client
 * protocol ({@code linstor://}) and once over this REST server ({@code http://}), with the same
 * code: the answers must be the same.
 */
class ClientOverBothTransportsTest {
    /** Loopback addresses no other test binds: the controller only tries to reach their satellites. */
    private static final String ALPHA = "127.0.0.61";

    private static final String BRAVO = "127.0.0.62";

    @TempDir
    Path binaryDir;

    @TempDir
    Path restDir;

    @Test
    void theApiSamplesAnswerAlikeOverTheClientProtocolAndOverRest() {
        List<String> overBinary;
        List<String> overRest;
        try (RestFixture controller = new RestFixture(binaryDir)) {
            overBinary = transcript(binaryUri(controller), ClientOverBothTransportsTest::samples);
        }
        try (RestFixture controller = new RestFixture(restDir)) {
            overRest = transcript(controller.base().toString(), ClientOverBothTransportsTest::samples);
        }
        assertThat(overRest).isEqualTo(overBinary);
        assertThat(overRest)
                .contains(
                        "nodeCreate alpha: [" + (Consts.MASK_NODE | Consts.MASK_CRT | Consts.CREATED)
                                + " Node 'alpha' registered.]",
                        "nodeCreate dup: [-4611686018406678028 Node 'alpha' already exists.]",
                        "kvList: {a=1}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"linstor", "http"})
    void refusalsAreDataAndListRefusalsThrow(String scheme) {
        try (RestFixture controller = new RestFixture(scheme.equals("http") ? restDir : binaryDir);
                Linstor lin = Linstor.connect(uri(controller, scheme))) {
            assertThat(lin.nodeCreate("alpha", ALPHA, Consts.VAL_NODE_TYPE_STLT))
                    .allMatch(reply -> !reply.isError());
            List<ApiCallResponse> duplicate = lin.nodeCreate("alpha", ALPHA, Consts.VAL_NODE_TYPE_STLT);
            assertThat(duplicate).anyMatch(reply -> reply.isError(Consts.FAIL_EXISTS_NODE));
            List<ApiCallResponse> badName = lin.resourceDfnCreate("1-starts-with-a-digit");
            assertThat(badName).anyMatch(ApiCallResponse::isError);
            assertThatThrownBy(() -> lin.volumeGroupList("nosuchgroup")).isInstanceOf(LinstorApiCallError.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linstor", "http"})
    void listsGiveTheTypedRepliesTheSamples(String scheme) {
        try (RestFixture controller = new RestFixture(scheme.equals("http") ? restDir : binaryDir);
                Linstor lin = Linstor.connect(uri(controller, scheme))) {
            lin.nodeCreate("alpha", ALPHA, Consts.VAL_NODE_TYPE_STLT, 3366, Map.of("Aux/site", "a"));
            lin.resourceDfnCreate("rsc1");
            lin.volumeDfnCreate("rsc1", 10240);
            lin.volumeDfnCreate("rsc1", 20480, 5);
            lin.resourceGroupCreate(
                    "rg1",
                    "capture group",
                    AutoSelectFilter.builder()
                            .placeCount(2)
                            .storagePool("pool1")
                            .build());
            lin.volumeGroupCreate("rg1");

            NodeInfo alpha = lin.nodeList(List.of("ALPHA")).get(0).nodes().get(0);
            assertThat(alpha.name()).isEqualTo("alpha");
            assertThat(alpha.address()).isEqualTo(ALPHA);
            assertThat(alpha.props()).containsEntry("Aux/site", "a");
            ResourceDefinitionInfo rsc1 = lin.resourceDfnList(List.of("rsc1"))
                    .get(0)
                    .resourceDefinitions()
                    .get(0);
            assertThat(rsc1.volumeDefinitions())
                    .extracting(VolumeDefinitionInfo::volumeNumber, VolumeDefinitionInfo::sizeKib)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(0, 10240L),
                            org.assertj.core.groups.Tuple.tuple(5, 20480L));
            ResourceGroupInfo rg1 = lin.resourceGroupList(List.of("rg1"))
                    .get(0)
                    .resourceGroups()
                    .get(0);
            assertThat(rg1.description()).isEqualTo("capture group");
            assertThat(rg1.selectFilter().placeCount()).isEqualTo(2);
            assertThat(rg1.volumeGroups()).hasSize(1);
            assertThat(lin.volumeGroupList("rg1").get(0).protoMsg().getVlmGrpsCount())
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linstor", "http"})
    void theHighLevelKeyValueStoreWorksThroughTheTransport(String scheme) {
        try (RestFixture controller = new RestFixture(scheme.equals("http") ? restDir : binaryDir);
                Linstor lin = Linstor.connect(uri(controller, scheme))) {
            KV kv = new KV("settings", "/plugin/", lin);
            kv.put("mode", "fast");
            kv.put("level", "3");
            kv.remove("level");

            KV again = new KV("settings", "/plugin", uri(controller, scheme));
            assertThat(again).containsExactly(Map.entry("mode", "fast"));
            assertThat(lin.keyValueStoreList("settings").get(0).props("settings"))
                    .containsExactly(Map.entry("/plugin/mode", "fast"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linstor", "http"})
    void theHighLevelResourceGroupWorksThroughTheTransport(String scheme) {
        try (RestFixture controller = new RestFixture(scheme.equals("http") ? restDir : binaryDir);
                Linstor lin = Linstor.connect(uri(controller, scheme))) {
            ResourceGroup group = new ResourceGroup("plugin-rg", lin);
            assertThat(group.exists()).isFalse();
            group.setRedundancy(2);
            group.setStoragePool("pool1");

            ResourceGroup again = new ResourceGroup("plugin-rg", uri(controller, scheme));
            assertThat(again.exists()).isTrue();
            assertThat(again.getRedundancy()).isEqualTo(2);
            assertThat(again.getStoragePool()).isEqualTo("pool1");
            again.delete();
            assertThat(group.exists()).isFalse();
        }
    }

    /** The API samples, one line per answer: call, ret codes and messages, or what the list holds. */
    private static List<String> samples(Linstor lin) {
        List<String> lines = new ArrayList<>();
        Function<List<ApiCallResponse>, String> replies = answer -> answer.stream()
                .map(reply -> reply.retCode() + " " + reply.message())
                .toList()
                .toString();
        lines.add("nodeCreate alpha: " + replies.apply(lin.nodeCreate("alpha", ALPHA, Consts.VAL_NODE_TYPE_STLT)));
        lines.add("nodeCreate bravo: " + replies.apply(lin.nodeCreate("bravo", BRAVO, Consts.VAL_NODE_TYPE_STLT)));
        lines.add("nodeCreate dup: " + replies.apply(lin.nodeCreate("alpha", ALPHA, Consts.VAL_NODE_TYPE_STLT)));
        lines.add("nodeModify: " + replies.apply(lin.nodeModify("alpha", Map.of("Aux/site", "a"), List.of())));
        lines.add("nodeList: "
                + lin.nodeList().get(0).nodes().stream()
                        .map(node -> node.name() + "@" + node.address() + " " + node.type() + " "
                                + node.props().get("Aux/site"))
                        .toList());
        lines.add("netIfCreate: " + replies.apply(lin.netInterfaceCreate("alpha", "data", "127.0.0.71")));
        lines.add("netIfModify: " + replies.apply(lin.netInterfaceModify("alpha", "data", "127.0.0.72")));
        lines.add("netIfs: "
                + lin.nodeList(List.of("alpha")).get(0).nodes().get(0).netInterfaces());
        lines.add("netIfDelete: " + replies.apply(lin.netInterfaceDelete("alpha", "data")));
        lines.add("spdCreate: " + replies.apply(lin.storagePoolDfnCreate("pool1")));
        lines.add("spdList: " + lin.storagePoolDfnList(List.of("pool1")).get(0).storagePoolDefinitions());
        lines.add("spCreate: "
                + replies.apply(lin.storagePoolCreate(
                        "alpha", "pool1", Consts.PROVIDER_KIND_FILE_THIN, "/var/lib/linstorj-test-pools/alpha")));
        lines.add(
                "spModify: " + replies.apply(lin.storagePoolModify("alpha", "pool1", Map.of("Aux/s", "1"), List.of())));
        lines.add("spList: "
                + lin.storagePoolList(List.of("alpha"), List.of("pool1")).get(0).storagePools().stream()
                        .map(pool -> pool.nodeName() + "/" + pool.storagePoolName() + " " + pool.providerKind() + " "
                                + pool.props().get("Aux/s"))
                        .toList());
        lines.add("rdCreate: " + replies.apply(lin.resourceDfnCreate("rsc1")));
        lines.add("rdCreate bad: " + replies.apply(lin.resourceDfnCreate("1rsc")));
        lines.add("vdCreate: " + replies.apply(lin.volumeDfnCreate("rsc1", 10240)));
        lines.add("vdModify: " + replies.apply(lin.volumeDfnModify("rsc1", 0, 20480)));
        lines.add("rdModify: " + replies.apply(lin.resourceDfnModify("rsc1", Map.of("Aux/owner", "test"), List.of())));
        lines.add("rdList: "
                + lin.resourceDfnList().get(0).resourceDefinitions().stream()
                        .map(definition ->
                                definition.name() + " " + definition.props().get("Aux/owner") + " "
                                        + definition.volumeDefinitions().stream()
                                                .map(VolumeDefinitionInfo::sizeKib)
                                                .toList())
                        .toList());
        lines.add("rscCreate: " + replies.apply(lin.resourceCreate("rsc1", "alpha", "pool1")));
        lines.add("rscCreate diskless: " + replies.apply(lin.resourceCreate("rsc1", "bravo", true)));
        lines.add("rscList: "
                + lin.resourceList().get(0).resources().stream()
                        .map(resource -> resource.name() + "@" + resource.nodeName() + " " + resource.flags())
                        .toList());
        lines.add("vlmList: "
                + lin.volumeList(List.of(), List.of("rsc1")).get(0).volumes().stream()
                        .map(volume -> volume.resourceName() + "@" + volume.nodeName() + "/" + volume.volumeNumber()
                                + " " + volume.storagePoolName())
                        .toList());
        lines.add("toggleDisk: " + replies.apply(lin.resourceToggleDisk("rsc1", "bravo", false, "pool1")));
        lines.add("autoplace: " + replies.apply(lin.resourceAutoPlace("rsc1", 3)));
        lines.add("rgCreate: "
                + replies.apply(lin.resourceGroupCreate(
                        "rg1",
                        "group one",
                        AutoSelectFilter.builder()
                                .placeCount(2)
                                .storagePool("pool1")
                                .build())));
        lines.add("rgModify: " + replies.apply(lin.resourceGroupModify("rg1", Map.of("Aux/g", "1"), List.of())));
        lines.add("vgCreate: " + replies.apply(lin.volumeGroupCreate("rg1")));
        lines.add("vgModify: " + replies.apply(lin.volumeGroupModify("rg1", 0, Map.of("Aux/v", "1"), List.of())));
        lines.add("spawn: " + replies.apply(lin.resourceGroupSpawn("rg1", "spawned", List.of(10240L), true)));
        lines.add("rgList: "
                + lin.resourceGroupList().get(0).resourceGroups().stream()
                        .map(group -> group.name() + " " + group.description() + " " + group.props() + " "
                                + group.selectFilter().placeCount() + " "
                                + group.volumeGroups().size())
                        .toList());
        lines.add("kvModify: " + replies.apply(lin.keyValueStoreModify("kv1", Map.of("a", "1"), List.of())));
        lines.add("kvList: " + lin.keyValueStoreList("kv1").get(0).props("kv1"));
        lines.add("kvDelete: " + replies.apply(lin.keyValueStoreDelete("kv1")));
        lines.add("ctrlSet: " + replies.apply(lin.controllerSetProp("Aux/test", "yes")));
        lines.add("ctrlGet: " + lin.controllerProps().get(0).props().get("Aux/test"));
        lines.add("ctrlDelete: " + replies.apply(lin.controllerDeleteProp("Aux/test")));
        lines.add("vgDelete: " + replies.apply(lin.volumeGroupDelete("rg1", 0)));
        lines.add("rdDelete spawned: " + replies.apply(lin.resourceDfnDelete("spawned")));
        lines.add("rgDelete: " + replies.apply(lin.resourceGroupDelete("rg1")));
        lines.add("rscDelete: " + replies.apply(lin.resourceDelete("rsc1", "bravo")));
        lines.add("vdDelete: " + replies.apply(lin.volumeDfnDelete("rsc1", 0)));
        lines.add("rdDelete: " + replies.apply(lin.resourceDfnDelete("rsc1")));
        lines.add("spDelete: " + replies.apply(lin.storagePoolDelete("alpha", "pool1")));
        lines.add("spdDelete: " + replies.apply(lin.storagePoolDfnDelete("pool1")));
        lines.add("nodeDelete: " + replies.apply(lin.nodeDelete("bravo")));
        lines.add("nodeDelete missing: " + replies.apply(lin.nodeDelete("nosuchnode")));
        return lines;
    }

    private static List<String> transcript(String uri, Function<Linstor, List<String>> samples) {
        try (Linstor lin = Linstor.connect(uri)) {
            return samples.apply(lin);
        }
    }

    private static String uri(RestFixture controller, String scheme) {
        return scheme.equals("http") ? controller.base().toString() : binaryUri(controller);
    }

    private static String binaryUri(RestFixture controller) {
        return "linstor://127.0.0.1:" + controller.controller().address().getPort();
    }
}

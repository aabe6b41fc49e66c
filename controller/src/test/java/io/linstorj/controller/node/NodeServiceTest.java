package io.linstorj.controller.node;

import static io.linstorj.common.RetCodes.*;
import static io.linstorj.controller.ServiceFixture.await;
import static io.linstorj.controller.ServiceFixture.retCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.NetInterface;
import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.NodeType;
import io.linstorj.controller.cluster.ProviderKind;
import io.linstorj.controller.props.PropsChange;
import io.linstorj.controller.storage.StoragePoolView;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NodeServiceTest {
    private final ServiceFixture fixture = new ServiceFixture();
    private final NodeService nodes = fixture.services().nodes();

    @AfterEach
    void close() {
        fixture.close();
    }

    private NodeView only(String name) {
        List<NodeView> list = await(nodes.list(List.of(name)));
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    @Test
    void nodeCreateRegistersNodeWithDefaultInterfaceAndDisklessPool() {
        List<ApiCallRc> replies = fixture.createNode("alpha", "127.0.0.11");

        assertThat(retCodes(replies)).containsExactly(MASK_NODE | MASK_CRT | CREATED);
        assertThat(replies.get(0).message()).isEqualTo("Node 'alpha' registered.");
        assertThat(replies.get(0).objRefs()).containsEntry("Node", "alpha");
        Node node = only("alpha").node();
        assertThat(node.type()).isEqualTo(NodeType.SATELLITE);
        assertThat(node.netInterfaces().values())
                .containsExactly(new NetInterface("default", "127.0.0.11", 3366, "PLAIN"));
        List<StoragePoolView> pools = await(fixture.services().storagePools().list(List.of("alpha"), List.of()));
        assertThat(pools)
                .extracting(view -> view.pool().name(), view -> view.pool().providerKind())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DfltDisklessStorPool", ProviderKind.DISKLESS));
    }

    @ParameterizedTest
    @CsvSource({
        "Satellite,SATELLITE",
        "satellite,SATELLITE",
        "COMBINED,COMBINED",
        "Controller,CONTROLLER",
        "auxiliary,AUXILIARY"
    })
    void nodeCreateAcceptsLinstorTypeSpellingsIgnoringCase(String given, NodeType expected) {
        List<ApiCallRc> replies = await(nodes.create(new NodeCreateRequest(
                "alpha", given, Map.of(), List.of(new NetInterfaceRequest("default", "127.0.0.11", null, "")))));

        assertThat(retCodes(replies)).containsExactly(MASK_NODE | MASK_CRT | CREATED);
        assertThat(only("alpha").node().type()).isEqualTo(expected);
    }

    @Test
    void nodeCreateWithInvalidTypeIsRefused() {
        List<ApiCallRc> replies = await(nodes.create(new NodeCreateRequest(
                "alpha", "Storage", Map.of(), List.of(new NetInterfaceRequest("default", "127.0.0.11", null, "")))));

        assertThat(retCodes(replies)).containsExactly(MASK_NODE | MASK_CRT | FAIL_INVLD_NODE_TYPE);
        assertThat(replies.get(0).correction()).isNotEmpty();
        assertThat(await(nodes.list(List.of()))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "-alpha", "alpha-", "al_pha", "alpha..beta", "al pha", ""})
    void nodeCreateWithInvalidNameIsRefused(String name) {
        assertThat(retCodes(fixture.createNode(name, "127.0.0.11")))
                .containsExactly(MASK_NODE | MASK_CRT | FAIL_INVLD_NODE_NAME);
    }

    @Test
    void nodeCreateWithTakenNameIsRefusedIgnoringCase() {
        fixture.createNode("alpha", "127.0.0.11");

        List<ApiCallRc> replies = fixture.createNode("ALPHA", "127.0.0.12");

        assertThat(retCodes(replies)).containsExactly(MASK_NODE | MASK_CRT | FAIL_EXISTS_NODE);
        assertThat(only("alpha").node().netInterfaces().values())
                .extracting(NetInterface::address)
                .containsExactly("127.0.0.11");
    }

    @ParameterizedTest
    @ValueSource(strings = {"alpha.example", "127.0.0.256", "127.0.0", ""})
    void nodeCreateWithInvalidAddressIsRefused(String address) {
        assertThat(retCodes(fixture.createNode("alpha", address)))
                .containsExactly(MASK_NODE | MASK_CRT | FAIL_INVLD_NET_ADDR);
    }

    @Test
    void nodeCreateAcceptsIpv6LoopbackAndGivenSatellitePort() {
        await(nodes.create(new NodeCreateRequest(
                "alpha", "Satellite", Map.of(), List.of(new NetInterfaceRequest("data", "::1", 3367, "ssl")))));

        assertThat(only("alpha").node().netInterfaces().values())
                .containsExactly(new NetInterface("data", "::1", 3367, "SSL"));
    }

    @Test
    void nodeCreateWithoutNetInterfaceIsRefused() {
        List<ApiCallRc> replies = await(nodes.create(new NodeCreateRequest("alpha", "Satellite", Map.of(), List.of())));

        assertThat(retCodes(replies)).containsExactly(MASK_NODE | MASK_CRT | FAIL_INVLD_NET_ADDR);
    }

    @Test
    void nodeModifySetsAndDeletesPropertiesAndChangesType() {
        fixture.createNode("alpha", "127.0.0.11");
        await(nodes.modify("alpha", PropsChange.set(Map.of("Aux/site", "a", "Aux/rack", "1")), ""));

        List<ApiCallRc> replies = await(nodes.modify(
                "Alpha", new PropsChange(Map.of("Aux/row", "2"), Set.of("Aux/rack"), Set.of()), "Combined"));

        assertThat(retCodes(replies)).containsExactly(MASK_NODE | MASK_MOD | MODIFIED);
        Node node = only("alpha").node();
        assertThat(node.props()).containsExactly(Map.entry("Aux/row", "2"), Map.entry("Aux/site", "a"));
        assertThat(node.type()).isEqualTo(NodeType.COMBINED);
    }

    @Test
    void nodeModifyOfMissingNodeIsRefused() {
        List<ApiCallRc> replies = await(nodes.modify("alpha", PropsChange.set(Map.of("Aux/a", "b")), ""));

        assertThat(retCodes(replies)).containsExactly(MASK_NODE | MASK_MOD | FAIL_NOT_FOUND_NODE);
    }

    @Test
    void nodePropertyWithInvalidValueIsRefused() {
        fixture.createNode("alpha", "127.0.0.11");

        List<ApiCallRc> replies = await(
                nodes.modify("alpha", PropsChange.set(Map.of("DrbdOptions/Net/allow-two-primaries", "maybe")), ""));

        assertThat(retCodes(replies)).containsExactly(MASK_NODE | MASK_MOD | FAIL_INVLD_PROP);
        assertThat(only("alpha").node().props()).isEmpty();
    }

    @Test
    void nodeDeleteWithResourcesIsRefusedNamingThem() {
        fixture.createNode("alpha", "127.0.0.11");
        fixture.createResourceDefinition("rsc1");
        fixture.createResource("rsc1", "alpha", "DISKLESS");

        List<ApiCallRc> replies = await(nodes.delete("alpha"));

        assertThat(retCodes(replies)).containsExactly(MASK_NODE | MASK_DEL | FAIL_IN_USE);
        assertThat(replies.get(0).cause()).contains("rsc1");
        assertThat(await(nodes.list(List.of()))).hasSize(1);
    }

    @Test
    void nodeDeleteRemovesNodeWithItsStoragePoolsAndObservedState() {
        fixture.createNode("alpha", "127.0.0.11");
        fixture.createPool("alpha", "pool1");
        fixture.observed().updateConnectionStatus("alpha", "ONLINE");

        List<ApiCallRc> replies = await(nodes.delete("alpha"));

        assertThat(retCodes(replies)).containsExactly(MASK_NODE | MASK_DEL | DELETED);
        assertThat(replies.get(0).message()).isEqualTo("Node 'alpha' deleted.");
        assertThat(await(nodes.list(List.of()))).isEmpty();
        assertThat(await(fixture.services().storagePools().list(List.of(), List.of())))
                .isEmpty();
        assertThat(fixture.observed().connectionStatus("alpha")).isEqualTo("OFFLINE");
    }

    @Test
    void nodeDeleteOfMissingNodeWarns() {
        assertThat(retCodes(await(nodes.delete("alpha")))).containsExactly(MASK_NODE | MASK_DEL | WARN_NOT_FOUND);
    }

    @Test
    void nodeListFiltersByNameAndMergesConnectionStatus() {
        fixture.createNode("alpha", "127.0.0.11");
        fixture.createNode("bravo", "127.0.0.12");
        fixture.observed().updateConnectionStatus("bravo", "ONLINE");

        assertThat(await(nodes.list(List.of())))
                .extracting(view -> view.node().name(), NodeView::connectionStatus)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("alpha", "OFFLINE"),
                        org.assertj.core.groups.Tuple.tuple("bravo", "ONLINE"));
        assertThat(await(nodes.list(List.of("BRAVO"))))
                .extracting(view -> view.node().name())
                .containsExactly("bravo");
    }
}

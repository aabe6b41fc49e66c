package io.linstorj.controller.resource;

import static io.linstorj.common.RetCodes.*;
import static io.linstorj.controller.ServiceFixture.await;
import static io.linstorj.controller.ServiceFixture.retCodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.TestNodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.props.PropsChange;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResourceConnectionServiceTest {
    private static final String MAX_BUFFERS = "DrbdOptions/Net/max-buffers";

    private final ServiceFixture fixture = new ServiceFixture();
    private final TestNodes nodes = new TestNodes(fixture);
    private final ResourceConnectionService connections =
            fixture.services().resources().connections();

    @BeforeEach
    void createReplicas() {
        for (String node : List.of("alpha", "bravo", "charlie")) {
            nodes.online(node);
            nodes.createPool(node, "DfltStorPool", "LVM");
        }
        nodes.resource("web", 100);
        for (String node : List.of("alpha", "bravo", "charlie")) {
            TestNodes.check(fixture.createResource("web", node));
        }
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<ApiCallRc> modify(String nodeA, String nodeB, PropsChange change) {
        return await(connections.modify("web", nodeA, nodeB, change));
    }

    private int storedConnections() {
        return fixture.guarded().read(state -> state.resourceConnections().size());
    }

    @Test
    void everyPairOfReplicasIsListedOnceWithoutProperties() {
        List<ResourceConnectionView> list = await(connections.list("web"));

        assertThat(list)
                .extracting(view -> view.nodeA() + "-" + view.nodeB())
                .containsExactly("alpha-bravo", "alpha-charlie", "bravo-charlie");
        assertThat(list).allSatisfy(view -> assertThat(view.props()).isEmpty());
    }

    @Test
    void propertiesSetOnAPairAreTheSameWhicheverWayThePairIsNamed() {
        List<ApiCallRc> replies =
                modify("charlie", "alpha", PropsChange.set(Map.of(MAX_BUFFERS, "8000", "Aux/x", "1")));

        assertThat(retCodes(replies)).containsExactly(MASK_RSC_CONN | MASK_MOD | MODIFIED);
        assertThat(replies.get(0).message())
                .isEqualTo("Resource connection between nodes 'charlie' and 'alpha' for resource 'web' modified.");
        ResourceConnectionView pair = await(connections.get("web", "ALPHA", "charlie"));
        assertThat(pair.nodeA()).isEqualTo("alpha");
        assertThat(pair.nodeB()).isEqualTo("charlie");
        assertThat(pair.props()).containsOnly(Map.entry(MAX_BUFFERS, "8000"), Map.entry("Aux/x", "1"));
        assertThat(await(connections.get("web", "alpha", "bravo")).props()).isEmpty();
        assertThat(await(connections.list("web")))
                .filteredOn(
                        view -> view.nodeB().equals("charlie") && view.nodeA().equals("alpha"))
                .singleElement()
                .satisfies(view -> assertThat(view.props()).containsKey(MAX_BUFFERS));
    }

    @Test
    void deletingTheLastPropertyLeavesNothingStored() {
        modify("alpha", "bravo", PropsChange.set(Map.of(MAX_BUFFERS, "8000", "Aux/x", "1")));
        assertThat(storedConnections()).isEqualTo(1);

        modify("bravo", "alpha", new PropsChange(Map.of(), Set.of("Aux/x"), Set.of("DrbdOptions")));

        assertThat(storedConnections()).isZero();
        assertThat(await(connections.get("web", "alpha", "bravo")).props()).isEmpty();
    }

    @Test
    void badDrbdOptionIsRefusedAndNothingIsStored() {
        for (Map<String, String> bad : List.of(
                Map.of(MAX_BUFFERS, "8000; } handlers {"),
                Map.of("DrbdOptions/Net/no-such-option", "1"),
                Map.of("DrbdOptions/Net/protocol", "C"),
                Map.of("/bad", "x"))) {
            assertThat(retCodes(modify("alpha", "bravo", PropsChange.set(bad))))
                    .as("%s", bad)
                    .containsExactly(MASK_RSC_CONN | MASK_MOD | FAIL_INVLD_PROP);
        }
        assertThat(storedConnections()).isZero();
    }

    @Test
    void missingDefinitionNodeOrReplicaIsNamed() {
        nodes.online("delta");
        PropsChange change = PropsChange.set(Map.of("Aux/x", "1"));

        assertThat(retCodes(await(connections.modify("nosuch", "alpha", "bravo", change))))
                .containsExactly(MASK_RSC_CONN | MASK_MOD | FAIL_NOT_FOUND_RSC_DFN);
        assertThat(retCodes(modify("alpha", "nosuchnode", change)))
                .containsExactly(MASK_RSC_CONN | MASK_MOD | FAIL_NOT_FOUND_NODE);
        assertThat(retCodes(modify("delta", "alpha", change)))
                .containsExactly(MASK_RSC_CONN | MASK_MOD | FAIL_NOT_FOUND_RSC);
        assertThat(retCodes(modify("alpha", "ALPHA", change)))
                .containsExactly(MASK_RSC_CONN | MASK_MOD | FAIL_INVLD_REQUEST);
        assertThatThrownBy(() -> await(connections.get("web", "alpha", "delta")))
                .hasRootCauseMessage("Resource 'web' not found on node 'delta'.");
        assertThatThrownBy(() -> await(connections.list("nosuch")))
                .hasRootCauseMessage("Resource definition 'nosuch' not found.");
        assertThat(storedConnections()).isZero();
    }

    @Test
    void deletingAReplicaDeletesItsConnectionsOnly() {
        modify("alpha", "bravo", PropsChange.set(Map.of("Aux/x", "1")));
        modify("bravo", "charlie", PropsChange.set(Map.of("Aux/x", "2")));

        TestNodes.check(await(fixture.services().resources().resources().delete("web", "alpha")));
        await(fixture.services().resources().deletion().confirmGone("alpha", "web"));

        assertThat(await(connections.list("web"))).singleElement().satisfies(view -> {
            assertThat(view.nodeA() + "-" + view.nodeB()).isEqualTo("bravo-charlie");
            assertThat(view.props()).containsExactly(Map.entry("Aux/x", "2"));
        });
        assertThat(storedConnections()).isEqualTo(1);
    }

    @Test
    void deletingTheDefinitionDeletesItsConnections() {
        modify("alpha", "bravo", PropsChange.set(Map.of("Aux/x", "1")));

        TestNodes.check(await(fixture.services().resources().definitions().delete("web")));
        for (String node : List.of("alpha", "bravo", "charlie")) {
            await(fixture.services().resources().deletion().confirmGone(node, "web"));
        }

        assertThat(storedConnections()).isZero();
    }
}

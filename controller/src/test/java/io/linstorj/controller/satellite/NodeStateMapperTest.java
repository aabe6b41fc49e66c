package io.linstorj.controller.satellite;

import static io.linstorj.controller.ServiceFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.TestNodes;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.props.PropsChange;
import io.linstorj.controller.resource.ResourceCreateRequest;
import io.linstorj.protocol.proto.ResourceSpec;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NodeStateMapperTest {
    private static final String TWO_PRIMARIES = PropertyRules.ALLOW_TWO_PRIMARIES;

    private final ServiceFixture fixture = new ServiceFixture();
    private final TestNodes nodes = new TestNodes(fixture);

    @BeforeEach
    void createReplica() {
        nodes.online("alpha");
        nodes.createPool("alpha", "DfltStorPool", "LVM");
        nodes.resource("web", 100);
        TestNodes.check(fixture.createResource("web", "alpha"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ResourceSpec sentSpec() {
        return NodeStateMapper.toMessage(fixture.clusterView().nodeState("alpha").orElseThrow(), 1).getResources(0);
    }

    private void modifyDefinition(PropsChange change) {
        TestNodes.check(await(fixture.services().resources().definitions().modify("web", change)));
    }

    @Test
    void allowTwoPrimariesSetOnTheDefinitionReachesTheSatelliteAndUnsettingRemovesIt() {
        modifyDefinition(PropsChange.set(Map.of(TWO_PRIMARIES, "yes", "Aux/unrelated", "x")));

        assertThat(sentSpec().getPropsMap()).containsExactly(Map.entry(TWO_PRIMARIES, "yes"));

        modifyDefinition(new PropsChange(Map.of(), Set.of(TWO_PRIMARIES), Set.of()));
        assertThat(sentSpec().getPropsMap()).doesNotContainKey(TWO_PRIMARIES);
    }

    @Test
    void replicaValueOverridesTheDefinitionValue() {
        nodes.online("bravo");
        nodes.createPool("bravo", "DfltStorPool", "LVM");
        modifyDefinition(PropsChange.set(Map.of(TWO_PRIMARIES, "yes")));
        TestNodes.check(await(fixture.services().resources().resources().create(
            new ResourceCreateRequest("web", "bravo", Set.of(), "", Map.of(TWO_PRIMARIES, "false")))));

        ResourceSpec bravo = NodeStateMapper.toMessage(fixture.clusterView().nodeState("bravo").orElseThrow(), 1)
            .getResources(0);

        assertThat(bravo.getPropsMap()).containsEntry(TWO_PRIMARIES, "false");
        assertThat(sentSpec().getPropsMap()).containsEntry(TWO_PRIMARIES, "yes");
        assertThat(bravo.getPeersList()).extracting(peer -> peer.getNodeName()).containsExactly("alpha");
        assertThat(bravo.getPort()).isEqualTo(sentSpec().getPort());
    }
}

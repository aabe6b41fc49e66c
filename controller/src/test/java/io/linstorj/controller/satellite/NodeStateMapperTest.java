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
        return NodeStateMapper.toMessage(
                        fixture.clusterView().nodeState("alpha").orElseThrow(), 1)
                .getResources(0);
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
        TestNodes.check(await(fixture.services()
                .resources()
                .resources()
                .create(new ResourceCreateRequest("web", "bravo", Set.of(), "", Map.of(TWO_PRIMARIES, "false")))));

        ResourceSpec bravo = NodeStateMapper.toMessage(
                        fixture.clusterView().nodeState("bravo").orElseThrow(), 1)
                .getResources(0);

        assertThat(bravo.getPropsMap()).containsEntry(TWO_PRIMARIES, "false");
        assertThat(sentSpec().getPropsMap()).containsEntry(TWO_PRIMARIES, "yes");
        assertThat(bravo.getPeersList()).extracting(peer -> peer.getNodeName()).containsExactly("alpha");
        assertThat(bravo.getPort()).isEqualTo(sentSpec().getPort());
    }

    @Test
    void aReplicaMarkedForDeletionIsSentWithDeleteAndItsPeersNoLongerConnectToIt() {
        createBravo();

        TestNodes.check(await(fixture.services().resources().resources().delete("web", "bravo")));

        assertThat(sentSpec("bravo").getDelete()).isTrue();
        assertThat(sentSpec("bravo").getVolumesList())
                .as("the satellite learns which volumes to delete")
                .hasSize(1);
        assertThat(sentSpec("alpha").getDelete()).isFalse();
        assertThat(sentSpec("alpha").getPeersList()).isEmpty();
    }

    private void createBravo() {
        nodes.online("bravo");
        nodes.createPool("bravo", "DfltStorPool", "LVM");
        TestNodes.check(fixture.createResource("web", "bravo"));
    }

    private ResourceSpec sentSpec(String node) {
        return NodeStateMapper.toMessage(fixture.clusterView().nodeState(node).orElseThrow(), 1)
                .getResources(0);
    }

    @Test
    void deactivatedReplicaIsSentInactiveWithItsVolumesAndItsPeersNoLongerListIt() {
        createBravo();

        TestNodes.check(await(fixture.services().resources().activation().deactivate("web", "bravo")));

        ResourceSpec bravo = sentSpec("bravo");
        assertThat(bravo.getInactive()).isTrue();
        assertThat(bravo.getVolumesList())
                .singleElement()
                .satisfies(volume -> assertThat(volume.getStoragePoolName()).isEqualTo("DfltStorPool"));
        assertThat(sentSpec("alpha").getInactive()).isFalse();
        assertThat(sentSpec("alpha").getPeersList()).isEmpty();

        TestNodes.check(await(fixture.services().resources().activation().activate("web", "bravo")));
        assertThat(sentSpec("bravo").getInactive()).isFalse();
        assertThat(sentSpec("alpha").getPeersList())
                .extracting(peer -> peer.getNodeName())
                .containsExactly("bravo");
    }

    @Test
    void drbdPropertiesOfAResourceConnectionReachBothEndsForThatPeerOnly() {
        createBravo();
        nodes.online("charlie");
        TestNodes.check(fixture.createResource("web", "charlie", "DRBD_DISKLESS"));

        TestNodes.check(await(fixture.services()
                .resources()
                .connections()
                .modify(
                        "web",
                        "bravo",
                        "alpha",
                        PropsChange.set(Map.of("DrbdOptions/Net/max-buffers", "8000", "Aux/ignored", "x")))));

        assertThat(sentSpec("alpha").getPeersList())
                .satisfiesExactlyInAnyOrder(
                        peer -> {
                            assertThat(peer.getNodeName()).isEqualTo("bravo");
                            assertThat(peer.getConnectionPropsMap())
                                    .containsExactly(Map.entry("DrbdOptions/Net/max-buffers", "8000"));
                        },
                        peer -> assertThat(peer.getConnectionPropsMap()).isEmpty());
        assertThat(sentSpec("bravo").getPeersList())
                .filteredOn(peer -> peer.getNodeName().equals("alpha"))
                .singleElement()
                .satisfies(peer -> assertThat(peer.getConnectionPropsMap()).containsKey("DrbdOptions/Net/max-buffers"));
        assertThat(sentSpec("charlie").getPeersList())
                .allSatisfy(peer -> assertThat(peer.getConnectionPropsMap()).isEmpty());
    }
}

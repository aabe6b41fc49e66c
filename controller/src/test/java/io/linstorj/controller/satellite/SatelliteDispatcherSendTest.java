package io.linstorj.controller.satellite;

import static io.linstorj.controller.ServiceFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.common.trust.ClusterKey;
import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.TestNodes;
import io.linstorj.controller.node.NetInterfaceRequest;
import io.linstorj.controller.node.NodeCreateRequest;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.props.PropsChange;
import io.linstorj.controller.snapshot.SnapshotStages;
import io.linstorj.controller.transport.FakeSatellite;
import io.linstorj.protocol.ProtocolPipeline;
import io.linstorj.protocol.proto.MsgNodeDesiredState;
import io.linstorj.protocol.proto.PeerSpec;
import io.linstorj.protocol.proto.ResourceSpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the dispatcher sends a satellite, over a real link to a stand-in satellite: nothing is
 * built for a node while its satellite is away, a burst of commits is coalesced, and the last
 * state a satellite receives is always the node's whole current desired state.
 */
class SatelliteDispatcherSendTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ServiceFixture fixture = new ServiceFixture();
    private final SatelliteDispatcher dispatcher = new SatelliteDispatcher(
            fixture.clusterView(),
            fixture.observed(),
            new LinkCredentials("controller-test", ClusterKey.generate(new SecureRandom())),
            ProtocolPipeline.DEFAULT_MAX_FRAME_LENGTH,
            fixture.services().resources().deletion()::confirmGone,
            new SnapshotStages());
    private final AtomicLong versionHeard = new AtomicLong();
    private final List<AutoCloseable> satellites = new ArrayList<>();

    SatelliteDispatcherSendTest() {
        fixture.writes().addListener(dispatcher);
        // Listeners run one after another on one thread: hearing a version here means the dispatcher has.
        fixture.writes().addListener(change -> versionHeard.accumulateAndGet(change.version(), Math::max));
        dispatcher.start();
    }

    @AfterEach
    void close() throws Exception {
        dispatcher.close();
        for (AutoCloseable satellite : satellites) {
            satellite.close();
        }
        fixture.close();
    }

    @Test
    void offlineNodeGetsNothingBuiltAndItsWholeLatestStateWhenItsSatelliteComesUp() throws Exception {
        String address = "127.0.9.61";
        int port = freePort(address);
        createNode("alpha", address, port);
        for (int i = 0; i < 20; i++) {
            createDisklessResource("rsc" + i, "alpha");
        }
        awaitDispatcherHeardEverything();

        assertThat(dispatcher.statesBuilt()).isZero();

        FakeSatellite satellite = FakeSatellite.startOn(address, port).answeringPings();
        satellites.add(satellite);
        MsgNodeDesiredState first = satellite.desiredStates().poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(first).isNotNull();
        assertThat(first.getResourcesList())
                .extracting(ResourceSpec::getName)
                .hasSize(20)
                .contains("rsc0", "rsc19");
        assertThat(withoutGeneration(first)).isEqualTo(expectedState("alpha"));
        assertThat(dispatcher.statesBuilt()).isEqualTo(1);
    }

    @Test
    void burstOfCommitsIsCoalescedAndTheLastStateReceivedIsTheFinalDesiredState() throws Exception {
        FakeSatellite satellite = onlineNode("alpha", "127.0.9.62");
        satellite.holdReports();
        int received = satellite.desiredStates().size();

        int commits = 0;
        for (int i = 0; i < 50; i++) {
            createDisklessResource("rsc" + i, "alpha");
            commits += 2;
        }
        awaitDispatcherHeardEverything();

        // One state may have left before the hold took effect; the rest waits for a report.
        assertThat(satellite.desiredStates().size() - received).isLessThanOrEqualTo(1);

        satellite.releaseReports();
        MsgNodeDesiredState expected = expectedState("alpha");
        Awaitility.await().atMost(PATIENCE).until(() -> lastReceivedEquals(satellite, expected));
        int sends = satellite.desiredStates().size() - received;
        assertThat(sends).isGreaterThanOrEqualTo(1).isLessThan(commits / 10);
    }

    @Test
    void peerAddressChangeReachesTheNodesHoldingItsResources() throws Exception {
        FakeSatellite alpha = onlineNode("alpha", "127.0.9.63");
        createNode("bravo", "127.0.9.64", freePort("127.0.9.64"));
        for (int i = 0; i < 5; i++) {
            createDisklessResource("rsc" + i, "alpha");
        }
        TestNodes.check(fixture.createResource("rsc0", "bravo", "DISKLESS"));
        Awaitility.await().atMost(PATIENCE).until(() -> lastReceivedEquals(alpha, expectedState("alpha")));

        TestNodes.check(await(fixture.services()
                .netInterfaces()
                .modify("bravo", new NetInterfaceRequest("default", "127.0.9.65", null, ""))));

        Awaitility.await().atMost(PATIENCE).until(() -> lastReceivedEquals(alpha, expectedState("alpha")));
        ResourceSpec rsc0 = last(alpha).getResourcesList().get(0);
        assertThat(rsc0.getPeersList()).extracting(PeerSpec::getAddress).containsExactly("127.0.9.65");
    }

    @Test
    void changedResourceReachesTheSatelliteBesideTheUnchangedOnes() throws Exception {
        FakeSatellite satellite = onlineNode("alpha", "127.0.9.66");
        for (int i = 0; i < 5; i++) {
            createDisklessResource("rsc" + i, "alpha");
        }
        Awaitility.await().atMost(PATIENCE).until(() -> lastReceivedEquals(satellite, expectedState("alpha")));

        TestNodes.check(await(fixture.services()
                .resources()
                .definitions()
                .modify("rsc2", PropsChange.set(Map.of(PropertyRules.ALLOW_TWO_PRIMARIES, "yes")))));

        Awaitility.await().atMost(PATIENCE).until(() -> lastReceivedEquals(satellite, expectedState("alpha")));
        assertThat(last(satellite).getResourcesList())
                .filteredOn(resource -> resource.getPropsMap().containsKey(PropertyRules.ALLOW_TWO_PRIMARIES))
                .extracting(ResourceSpec::getName)
                .containsExactly("rsc2");
    }

    private FakeSatellite onlineNode(String name, String address) throws Exception {
        FakeSatellite satellite =
                FakeSatellite.start(address, 1024 * 1024, 1024 * 1024).answeringPings();
        satellites.add(satellite);
        createNode(name, address, satellite.port());
        Awaitility.await()
                .atMost(PATIENCE)
                .until(() -> !satellite.desiredStates().isEmpty());
        return satellite;
    }

    private void createNode(String name, String address, int port) {
        TestNodes.check(await(fixture.services()
                .nodes()
                .create(new NodeCreateRequest(
                        name,
                        "Satellite",
                        Map.of(),
                        List.of(new NetInterfaceRequest("default", address, port, "PLAIN"))))));
    }

    private void createDisklessResource(String name, String node) {
        TestNodes.check(fixture.createResourceDefinition(name));
        TestNodes.check(fixture.createResource(name, node, "DISKLESS"));
    }

    private void awaitDispatcherHeardEverything() {
        long version = fixture.clusterView().committedVersion();
        Awaitility.await().atMost(PATIENCE).until(() -> versionHeard.get() >= version);
    }

    /** What the node must receive now, as the plain mapper builds it from a fresh read. */
    private MsgNodeDesiredState expectedState(String node) {
        return withoutGeneration(
                NodeStateMapper.toMessage(fixture.clusterView().nodeState(node).orElseThrow(), 0));
    }

    private static boolean lastReceivedEquals(FakeSatellite satellite, MsgNodeDesiredState expected) {
        MsgNodeDesiredState last = last(satellite);
        return last != null && withoutGeneration(last).equals(expected);
    }

    private static MsgNodeDesiredState last(FakeSatellite satellite) {
        MsgNodeDesiredState last = null;
        for (MsgNodeDesiredState state : satellite.desiredStates()) {
            last = state;
        }
        return last;
    }

    private static MsgNodeDesiredState withoutGeneration(MsgNodeDesiredState state) {
        return state.toBuilder().clearGeneration().build();
    }

    private static int freePort(String address) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(address))) {
            return socket.getLocalPort();
        }
    }
}

package io.linstorj.controller.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.cluster.Resource;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClusterViewTest {
    private final ServiceFixture fixture = new ServiceFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void nodeStateHoldsPoolsResourcesVolumeDefinitionsAndPeers() {
        fixture.createNode("alpha", "127.0.0.11");
        fixture.createNode("bravo", "127.0.0.12");
        fixture.createPool("alpha", "DfltStorPool");
        fixture.createResourceDefinition("rsc1");
        fixture.createVolumeDefinition("rsc1", 1024);
        fixture.createResource("rsc1", "alpha");
        fixture.createResource("rsc1", "bravo", "DISKLESS");

        NodeDesiredState alpha = fixture.clusterView().nodeState("ALPHA").orElseThrow();

        assertThat(alpha.node().name()).isEqualTo("alpha");
        assertThat(alpha.storagePools())
                .extracting(pool -> pool.name())
                .containsExactly("DfltDisklessStorPool", "DfltStorPool");
        assertThat(alpha.resources()).singleElement().satisfies(resource -> {
            assertThat(resource.definition().port()).isEqualTo(7000);
            assertThat(resource.definition().secret()).isNotEmpty();
            assertThat(resource.volumeDefinitions())
                    .singleElement()
                    .satisfies(volume -> assertThat(volume.minorNumber()).isEqualTo(1000));
            assertThat(resource.local().nodeId()).isZero();
            assertThat(resource.localVolumes())
                    .singleElement()
                    .satisfies(volume -> assertThat(volume.storagePoolName()).isEqualTo("DfltStorPool"));
            assertThat(resource.peers()).singleElement().satisfies(peer -> {
                assertThat(peer.resource().nodeName()).isEqualTo("bravo");
                assertThat(peer.resource().flags()).contains(Resource.FLAG_DISKLESS);
                assertThat(peer.connectionInterface())
                        .get()
                        .satisfies(netIf -> assertThat(netIf.address()).isEqualTo("127.0.0.12"));
            });
        });
        assertThat(alpha.version()).isEqualTo(fixture.clusterView().committedVersion());
        assertThat(fixture.clusterView().nodeState("charlie")).isEmpty();
    }

    @Test
    void listenersHearWhichNodesAndResourcesChanged() throws InterruptedException {
        fixture.createNode("alpha", "127.0.0.11");
        fixture.createNode("bravo", "127.0.0.12");
        fixture.createResourceDefinition("rsc1");
        fixture.createResource("rsc1", "alpha", "DISKLESS");
        BlockingQueue<StateChange> heard = new LinkedBlockingQueue<>();
        fixture.writes().addListener(heard::add);

        fixture.createResource("rsc1", "bravo", "DISKLESS");
        long version = fixture.clusterView().committedVersion();

        // Notifications of earlier batches may still arrive after the listener was added.
        StateChange change;
        do {
            change = heard.poll(30, TimeUnit.SECONDS);
        } while (change != null && change.version() < version);
        assertThat(change).isNotNull();
        assertThat(change.version()).isEqualTo(version);
        assertThat(change.resourceNames()).containsExactly("rsc1");
        assertThat(change.nodeNames()).containsExactlyInAnyOrder("alpha", "bravo");
        assertThat(change.nodeRecordNames()).isEmpty();
    }

    @Test
    void nodeStateRefreshNamesEveryResourceOnTheNodeButReadsOnlyThoseAskedFor() {
        fixture.createNode("alpha", "127.0.0.11");
        fixture.createNode("bravo", "127.0.0.12");
        for (String name : new String[] {"rsc2", "rsc1", "rsc3"}) {
            fixture.createResourceDefinition(name);
            fixture.createResource(name, "alpha", "DISKLESS");
        }
        fixture.createResource("rsc2", "bravo", "DISKLESS");

        NodeStateRefresh alpha =
                fixture.clusterView().nodeStateRefresh("alpha", "RSC2"::equals).orElseThrow();

        assertThat(alpha.resources())
                .extracting(NodeStateRefresh.Entry::resourceName)
                .containsExactly("rsc1", "rsc2", "rsc3");
        assertThat(alpha.resources())
                .filteredOn(entry -> entry.state().isPresent())
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.resourceKey()).isEqualTo("RSC2");
                    assertThat(entry.state().get().peers())
                            .extracting(peer -> peer.resource().nodeName())
                            .containsExactly("bravo");
                });
        assertThat(alpha.version()).isEqualTo(fixture.clusterView().committedVersion());
        assertThat(fixture.clusterView().nodesSharingResourcesWith("alpha")).containsExactly("bravo");
        assertThat(fixture.clusterView().nodeStateRefresh("charlie", key -> true))
                .isEmpty();
    }
}

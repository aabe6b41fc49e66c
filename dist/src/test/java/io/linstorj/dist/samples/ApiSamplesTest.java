package io.linstorj.dist.samples;

import static io.linstorj.dist.cluster.TestCluster.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Consts;
import io.linstorj.client.Linstor;
import io.linstorj.client.LinstorError;
import io.linstorj.client.NodeInfo;
import io.linstorj.client.Resource;
import io.linstorj.client.ResourceGroup;
import io.linstorj.client.ResourceInfo;
import io.linstorj.dist.cluster.TestCluster;
import io.linstorj.samples.ApiSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples of the client's API document ({@code client/API.md}), run from their one source,
 * {@link ApiSamples}, against a three-node cluster over the client protocol ({@code linstor://});
 * {@link ApiSamplesOverRestTest} runs them again over REST. Each step runs a sample, then checks
 * what it did on the controller and, where it shows, on the satellites' disks. Each node has the
 * samples' pool "drbdpool" beside DfltStorPool.
 *
 * <p>The document tells two stories with fixed names: nodes, then resource rsc on them (delta,
 * rsc), and resource foo through its life (foo). Each story is one test running its samples in the
 * document's order, as a reader would; every other sample makes its own objects, so the tests run
 * in any order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiSamplesTest {
    private static final Duration CONVERGE = Duration.ofSeconds(60);

    private Path dataDir;
    private TestCluster cluster;
    private String uri;
    private ApiSamples samples;

    /** The scheme of the URI the samples connect to: {@code linstor}, the client protocol. */
    String scheme() {
        return "linstor";
    }

    @BeforeAll
    void startCluster(@TempDir Path dir) throws Exception {
        dataDir = dir;
        cluster = TestCluster.start(dataDir);
        uri = scheme().equals("http") ? cluster.processes().restUri() : cluster.uri();
        samples = new ApiSamples(uri);
        for (String node : List.of("alpha", "bravo", "charlie")) {
            Path pool = Files.createDirectories(dataDir.resolve(node).resolve("pools/drbdpool"));
            check(cluster.client().storagePoolCreate(node, "drbdpool", "FILE_THIN", pool.toString()));
        }
        await().atMost(CONVERGE)
                .until(() -> cluster.client().storagePoolList().get(0).storagePools().stream()
                        .filter(p -> p.storagePoolName().equals("drbdpool"))
                        .allMatch(p -> p.freeCapacityKib().isPresent()));
    }

    @AfterAll
    void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private void awaitConverged(String resource) {
        await().atMost(CONVERGE)
                .untilAsserted(() -> assertThat(cluster.diskStates(resource).values())
                        .isNotEmpty()
                        .allMatch(state -> state.equals("UpToDate") || state.equals("Diskless")));
    }

    /**
     * The backing file of {@code resource}'s volume 0 on {@code node}: autoplace may have chosen
     * either pool, as both are on one file system and tie on free space.
     */
    private Path backingFile(String node, String resource) {
        List<Path> files = List.of("DfltStorPool", "drbdpool").stream()
                .map(pool ->
                        dataDir.resolve(node).resolve("pools").resolve(pool).resolve(resource + "_00000.img"))
                .filter(Files::exists)
                .toList();
        assertThat(files).as("backing file of %s on %s", resource, node).hasSize(1);
        return files.get(0);
    }

    @Test
    void theNodeStoryListsNodesAddsOneAndPlacesAndWatchesAResourceOnThem() {
        listingNodesGivesTheTypedReplyAndItsProtobufMessage();
        creatingANodeAnswersWithLinstorsRetCodeAndObjectReference();
        aResourceIsCreatedOnTwoNodes();
        aWatchEndsWithWhatItsHandlerReturned();
        refusedCallsAreAnsweredWithLinstorRetCodesAndLoseNothing();
    }

    @Test
    void theFooStoryPlacesAResourceGrowsItMovesItsReplicasAndQueriesThem() {
        aResourceIsPlacedThreeTimesRedundant();
        anExistingVolumeGrowsAndNeverShrinks();
        activateAndDeactivateNeverTouchADiskfulReplica();
        activateCreatesADisklessReplicaWhereThereIsNoneAndDeactivateRemovesIt();
        theAssignmentStateIsSetWhateverItWas();
        dualPrimaryIsAllowedAndDisallowedInTheDrbdConfiguration();
        queriesTellWhatIsWhere();
        theBackingDiskOfADiskfulReplicaIsReported();
    }

    private void listingNodesGivesTheTypedReplyAndItsProtobufMessage() {
        samples.listNodes();

        try (Linstor lin = Linstor.connect(uri)) {
            assertThat(lin.nodeList().get(0).nodes())
                    .extracting(NodeInfo::name)
                    .containsExactlyInAnyOrder("alpha", "bravo", "charlie");
            assertThat(lin.nodeList().get(0).protoMsg().toString()).contains("alpha", "bravo", "charlie");
        }
    }

    private void creatingANodeAnswersWithLinstorsRetCodeAndObjectReference() {
        ApiCallResponse nodeCreate = samples.createNode();

        assertThat(nodeCreate.isSuccess()).isTrue();
        assertThat(nodeCreate.retCode()).isEqualTo(Consts.MASK_NODE | Consts.MASK_CRT | Consts.CREATED);
        assertThat(nodeCreate.objRefs()).containsEntry("Node", "delta");
    }

    private void aResourceIsCreatedOnTwoNodes() {
        samples.createResourceOnTwoNodes();

        try (Linstor lin = Linstor.connect(uri)) {
            assertThat(lin.resourceList(List.of(), List.of("rsc")).get(0).resources())
                    .extracting(ResourceInfo::nodeName)
                    .containsExactlyInAnyOrder("alpha", "bravo");
        }
        awaitConverged("rsc");
    }

    private void aWatchEndsWithWhatItsHandlerReturned() {
        Object watchResult = samples.watchUntilUpToDate();

        assertThat(watchResult).isEqualTo("Done");
    }

    private void refusedCallsAreAnsweredWithLinstorRetCodesAndLoseNothing() {
        try (Linstor lin = Linstor.connect(uri)) {
            ApiCallResponse taken = lin.nodeCreate("alpha", "127.0.0.11", Consts.VAL_NODE_TYPE_STLT)
                    .get(0);
            assertThat(taken.isError()).isTrue();
            assertThat(taken.retCode()).isEqualTo(Consts.MASK_NODE | Consts.MASK_CRT | Consts.FAIL_EXISTS_NODE);

            ApiCallResponse badName = lin.resourceDfnCreate("1-not-a-name").get(0);
            assertThat(badName.retCode()).isEqualTo(Consts.MASK_RSC_DFN | Consts.MASK_CRT | Consts.FAIL_INVLD_RSC_NAME);
            assertThat(badName.message()).isNotEmpty();

            ApiCallResponse zero = lin.volumeDfnCreate("rsc", 0).get(0);
            assertThat(zero.retCode() & Consts.FAIL_INVLD_VLM_SIZE).isEqualTo(Consts.FAIL_INVLD_VLM_SIZE);

            ApiCallResponse inUse = lin.nodeDelete("alpha").get(0);
            assertThat(inUse.isError()).isTrue();
            assertThat(inUse.message() + inUse.cause()).contains("rsc");

            ApiCallResponse missing = lin.resourceDfnDelete("nothing").get(0);
            assertThat(missing.isWarning()).isTrue();

            assertThat(lin.nodeList().get(0).nodes()).hasSize(4);
        }
    }

    private void aResourceIsPlacedThreeTimesRedundant() {
        samples.createRedundantResource();

        await().atMost(CONVERGE)
                .untilAsserted(() -> assertThat(cluster.diskStates("foo"))
                        .containsOnly(
                                Map.entry("alpha", "UpToDate"),
                                Map.entry("bravo", "UpToDate"),
                                Map.entry("charlie", "UpToDate")));
        assertThat(new Resource("foo", uri).diskfulNodes()).containsExactlyInAnyOrder("alpha", "bravo", "charlie");
    }

    private void anExistingVolumeGrowsAndNeverShrinks() {
        samples.resizeVolume();

        assertThat(new Resource("foo", uri).getVolumes().get(0).getSize()).isEqualTo(40L * 1024 * 1024);
        await().atMost(CONVERGE).untilAsserted(() -> {
            for (String node : List.of("alpha", "bravo", "charlie")) {
                assertThat(Files.size(backingFile(node, "foo"))).isGreaterThanOrEqualTo(40L * 1024 * 1024);
            }
        });
        assertThatThrownBy(() -> new Resource("foo", uri).getVolumes().get(0).setSize("10 MiB"))
                .isInstanceOf(LinstorError.class);
        awaitConverged("foo");
    }

    private void activateAndDeactivateNeverTouchADiskfulReplica() {
        samples.activateDeactivate("bravo");

        assertThat(new Resource("foo", uri).isDiskful("bravo")).isTrue();
    }

    private void activateCreatesADisklessReplicaWhereThereIsNoneAndDeactivateRemovesIt() {
        Resource foo = new Resource("foo", uri);
        foo.delete("charlie");
        assertThat(foo.isAssigned("charlie")).isFalse();

        foo.activate("charlie");
        assertThat(foo.isDiskless("charlie")).isTrue();
        samples.activateDeactivate("charlie");
        assertThat(new Resource("foo", uri).isAssigned("charlie")).isFalse();

        foo.diskful("charlie");
        awaitConverged("foo");
    }

    private void theAssignmentStateIsSetWhateverItWas() {
        samples.assignmentState();

        Resource foo = new Resource("foo", uri);
        assertThat(foo.isDiskless("alpha")).isTrue();
        awaitConverged("foo");
        assertThat(cluster.diskStates("foo")).containsEntry("alpha", "Diskless");
        await().atMost(CONVERGE).untilAsserted(() -> {
            assertThat(dataDir.resolve("alpha/pools/DfltStorPool/foo_00000.img"))
                    .doesNotExist();
            assertThat(dataDir.resolve("alpha/pools/drbdpool/foo_00000.img")).doesNotExist();
        });
    }

    private void dualPrimaryIsAllowedAndDisallowedInTheDrbdConfiguration() {
        Resource foo = new Resource("foo", uri);
        foo.setAllowTwoPrimaries(true);
        await().atMost(CONVERGE)
                .untilAsserted(() -> assertThat(Files.readString(dataDir.resolve("bravo/drbd.d/foo.res")))
                        .contains("allow-two-primaries yes"));

        samples.dualPrimary();

        assertThat(new Resource("foo", uri).isAllowTwoPrimaries()).isFalse();
        await().atMost(CONVERGE)
                .untilAsserted(() -> assertThat(Files.readString(dataDir.resolve("bravo/drbd.d/foo.res")))
                        .contains("allow-two-primaries no"));
    }

    private void queriesTellWhatIsWhere() {
        samples.queries();

        Resource foo = new Resource("foo", uri);
        assertThat(foo.disklessNodes()).containsExactly("alpha");
        assertThat(foo.isDiskful("alpha")).isFalse();
        assertThat(foo.isAssigned("bravo")).isTrue();
        assertThat(foo.getVolumes().get(0).getDevicePath()).matches("/dev/drbd\\d+");
    }

    private void theBackingDiskOfADiskfulReplicaIsReported() {
        assertThat(new Resource("foo", uri).getVolumes().get(0).getBackingDisk())
                .isNotEmpty()
                .isNotEqualTo("none");
    }

    @Test
    void resourceGroupSpawnsAResourcePlacedByItsFilter() {
        ResourceGroup group = new ResourceGroup("gold", uri);
        group.setRedundancy(2);
        group.setStoragePool("drbdpool");

        Resource spawned = group.createResource("spawned", List.of("12 MiB"));

        assertThat(spawned.diskfulNodes()).hasSize(2);
        awaitConverged("spawned");
        assertThat(cluster.volumes("spawned").values()).allSatisfy(v -> {
            assertThat(v.storagePoolName()).isEqualTo("drbdpool");
            assertThat(v.diskState()).isEqualTo("UpToDate");
        });
    }

    @Test
    void keyValueStoreNamespacesHideWhatIsOutside() {
        assertThat(samples.keyValueStore()).containsExactly(Map.entry("key", "val"));

        try (Linstor lin = Linstor.connect(uri)) {
            assertThat(lin.keyValueStoreList().get(0).toString()).contains("/foo/bar/key", "/foo/baz/key");
        }
    }

    @Test
    void theBuilderConnectsToTheFirstControllerThatAnswers() {
        String down = scheme() + "://127.0.0.1:1";

        assertThat(samples.builderWithFailover(down)).isEqualTo(uri);
    }

    @Test
    void theQuickStartPlacesTwoReplicas() {
        samples.quickStart();

        try (Linstor lin = Linstor.connect(uri)) {
            assertThat(lin.resourceList(List.of(), List.of("rsc0")).get(0).resources())
                    .hasSize(2);
        }
    }

    @Test
    void theTlsSampleRefusesACaFileThatCannotBeRead() {
        Path missing = dataDir.resolve("no-such-ca.pem");

        assertThatThrownBy(() -> ApiSamples.tlsClient("https://127.0.0.1:3371", missing, "secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-ca.pem");
    }
}

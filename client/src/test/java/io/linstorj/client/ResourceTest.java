package io.linstorj.client;

import static io.linstorj.client.FakeCluster.kib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.linstor.AutoSelectFilter;
import io.linstorj.protocol.linstor.LinStorMapEntry;
import io.linstorj.protocol.linstor.MsgAutoPlaceRsc;
import io.linstorj.protocol.linstor.MsgCrtRsc;
import io.linstorj.protocol.linstor.MsgCrtVlmDfn;
import io.linstorj.protocol.linstor.MsgModVlmDfn;
import io.linstorj.protocol.linstor.MsgToggleDisk;
import io.linstorj.protocol.linstor.Rsc;
import io.linstorj.protocol.linstor.VlmDfn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The high-level Resource's decisions and calls, against a scripted controller with three nodes. */
class ResourceTest {
    private static final long MIB = 1024 * 1024;

    private final FakeCluster cluster = new FakeCluster();
    private FakeController controller;
    private String uri;

    @BeforeEach
    void startController() {
        controller = FakeController.start();
        controller.answerWith(cluster);
        uri = controller.uri();
    }

    @AfterEach
    void stopController() {
        controller.close();
    }

    @Test
    void builtResourceReadsItsVolumesAndSizes() {
        cluster.withResource("foo", kib(20480, 1024), List.of("alpha"));

        Resource foo = new Resource("foo", uri);

        assertThat(foo.getName()).isEqualTo("foo");
        assertThat(foo.isDefined()).isTrue();
        assertThat(foo.getVolumes()).containsOnlyKeys(0, 1);
        assertThat(foo.getVolumes().get(0).getSize()).isEqualTo(20 * MIB);
        assertThat(foo.getVolumes().get(1).getVolumeNumber()).isEqualTo(1);
    }

    @Test
    void autoplaceCreatesTheDefinitionAndVolumesThenPlacesByThePlacement() throws Exception {
        Resource foo = new Resource("foo", uri);
        foo.getVolumes().put(0, new Volume("20 MiB"));
        foo.getPlacement().setRedundancy(3);
        foo.getPlacement().setStoragePool("ssd");
        assertThat(controller.drainCallNames()).containsExactly(ApiCalls.LST_RSC_DFN);

        foo.autoplace();

        assertThat(controller.takeCall(ApiCalls.CRT_RSC_DFN)).isNotNull();
        assertThat(controller
                        .takeCall(ApiCalls.CRT_VLM_DFN)
                        .body(0, MsgCrtVlmDfn.parser())
                        .getVlmDfns(0)
                        .getVlmDfn()
                        .getVlmSize())
                .isEqualTo(20480);
        AutoSelectFilter filter = controller
                .takeCall(ApiCalls.AUTO_PLACE_RSC)
                .body(0, MsgAutoPlaceRsc.parser())
                .getSelectFilter();
        assertThat(filter.getPlaceCount()).isEqualTo(3);
        assertThat(filter.getStoragePool()).isEqualTo("ssd");
        assertThat(cluster.replicas("foo")).isEqualTo(Map.of("alpha", "ssd", "bravo", "ssd", "charlie", "ssd"));
        assertThat(cluster.volumeSizesKib("foo")).isEqualTo(Map.of(0, 20480L));
        assertThat(foo.getVolumes().get(0).getMinor()).isEqualTo(1000);
    }

    @Test
    void autoplaceOfADefinitionMadeMeanwhileCreatesOnlyWhatIsMissing() {
        Resource foo = new Resource("foo", uri);
        foo.getVolumes().put(0, new Volume("20 MiB"));
        foo.getVolumes().put(1, new Volume(4 * MIB));
        cluster.withResource("foo", kib(20480), List.of());
        controller.drainCallNames();

        foo.autoplace();

        assertThat(controller.drainCallNames())
                .containsExactly(
                        ApiCalls.LST_RSC_DFN,
                        ApiCalls.LST_RSC_DFN,
                        ApiCalls.CRT_VLM_DFN,
                        ApiCalls.AUTO_PLACE_RSC,
                        ApiCalls.LST_RSC_DFN);
        assertThat(cluster.volumeSizesKib("foo")).isEqualTo(Map.of(0, 20480L, 1, 4096L));
        assertThat(cluster.replicas("foo")).hasSize(2);
    }

    @Test
    void volumePutIntoAnExistingResourceIsCreatedAtOnce() throws Exception {
        cluster.withResource("foo", kib(20480), List.of("alpha"));
        Resource foo = new Resource("foo", uri);

        foo.getVolumes().put(3, new Volume("1 GiB"));

        VlmDfn create = controller
                .takeCall(ApiCalls.CRT_VLM_DFN)
                .body(0, MsgCrtVlmDfn.parser())
                .getVlmDfns(0)
                .getVlmDfn();
        assertThat(create.getVlmNr()).isEqualTo(3);
        assertThat(create.getVlmSize()).isEqualTo(1024 * 1024);
        assertThat(cluster.volumeSizesKib("foo")).containsEntry(3, 1024L * 1024);
    }

    @Test
    void replacingAnExistingVolumeIsRefusedWithoutACall() {
        cluster.withResource("foo", kib(20480), List.of("alpha"));
        Resource foo = new Resource("foo", uri);
        controller.drainCallNames();

        assertThatThrownBy(() -> foo.getVolumes().put(0, new Volume("30 MiB")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("resize it with getVolumes().get(0).setSize(...)");
        assertThat(controller.drainCallNames()).isEmpty();
    }

    @Test
    void aVolumeBelongsToOneResourceOnly() {
        Resource foo = new Resource("foo", uri);
        Resource bar = new Resource("bar", uri);
        Volume volume = new Volume("20 MiB");
        foo.getVolumes().put(0, volume);

        assertThatThrownBy(() -> bar.getVolumes().put(0, volume))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("volume 0 of resource 'foo' already");
    }

    @Test
    void removingAVolumeOfAnExistingResourceDeletesItsDefinition() {
        cluster.withResource("foo", kib(20480, 1024), List.of("alpha"));
        Resource foo = new Resource("foo", uri);

        Volume removed = foo.getVolumes().remove(1);

        assertThat(removed.getVolumeNumber()).isNull();
        assertThat(cluster.volumeSizesKib("foo")).containsOnlyKeys(0);
    }

    @Test
    void activateCreatesADisklessReplicaWhereThereIsNone() throws Exception {
        cluster.withResource("foo", kib(20480), List.of("alpha"));
        Resource foo = new Resource("foo", uri);

        foo.activate("bravo");

        assertThat(createdReplica().getRscFlagsList()).containsExactly(Consts.FLAG_DISKLESS);
        assertThat(cluster.replicas("foo")).containsEntry("bravo", "diskless");
    }

    @Test
    void activateLeavesAnyExistingReplicaAlone() {
        cluster.withResource("foo", kib(20480), List.of("alpha")).withDisklessReplica("foo", "bravo");
        Resource foo = new Resource("foo", uri);
        controller.drainCallNames();

        foo.activate("alpha");
        foo.activate("bravo");

        assertThat(controller.drainCallNames()).containsExactly(ApiCalls.LST_RSC, ApiCalls.LST_RSC);
        assertThat(cluster.replicas("foo")).isEqualTo(Map.of("alpha", "DfltStorPool", "bravo", "diskless"));
    }

    @Test
    void deactivateRemovesADisklessReplica() {
        cluster.withResource("foo", kib(20480), List.of("alpha")).withDisklessReplica("foo", "bravo");
        Resource foo = new Resource("foo", uri);

        foo.deactivate("bravo");

        assertThat(cluster.replicas("foo")).containsOnlyKeys("alpha");
    }

    @Test
    void deactivateNeverDeletesADiskfulReplica() {
        cluster.withResource("foo", kib(20480), List.of("alpha"));
        Resource foo = new Resource("foo", uri);
        controller.drainCallNames();

        foo.deactivate("alpha");
        foo.deactivate("charlie");

        assertThat(controller.drainCallNames()).containsExactly(ApiCalls.LST_RSC, ApiCalls.LST_RSC);
        assertThat(cluster.replicas("foo")).containsOnlyKeys("alpha");
    }

    @Test
    void diskfulCreatesAReplicaInThePlacementsPoolWhereThereIsNone() throws Exception {
        cluster.withResource("foo", kib(20480), List.of("alpha"));
        Resource foo = new Resource("foo", uri);
        foo.getPlacement().setStoragePool("drbdpool");

        foo.diskful("bravo");

        Rsc create = createdReplica();
        assertThat(create.getPropsList())
                .containsExactly(LinStorMapEntry.newBuilder()
                        .setKey(Consts.KEY_STOR_POOL_NAME)
                        .setValue("drbdpool")
                        .build());
        assertThat(create.getRscFlagsList()).isEmpty();
        assertThat(cluster.replicas("foo")).containsEntry("bravo", "drbdpool");
    }

    @Test
    void diskfulTogglesADisklessReplicaAndLeavesADiskfulOneAlone() throws Exception {
        cluster.withResource("foo", kib(20480), List.of("alpha")).withDisklessReplica("foo", "bravo");
        Resource foo = new Resource("foo", uri);
        foo.getPlacement().setStoragePool("drbdpool");
        controller.drainCallNames();

        foo.diskful("alpha");
        foo.diskful("bravo");

        MsgToggleDisk toggle = controller.takeCall(ApiCalls.TOGGLE_DISK).body(0, MsgToggleDisk.parser());
        assertThat(toggle.getRscName()).isEqualTo("foo");
        assertThat(toggle.getNodeName()).isEqualTo("bravo");
        assertThat(toggle.getStorPoolName()).isEqualTo("drbdpool");
        assertThat(toggle.getDiskless()).isFalse();
        assertThat(controller.drainCallNames()).doesNotContain(ApiCalls.CRT_RSC, ApiCalls.TOGGLE_DISK);
        assertThat(cluster.replicas("foo")).isEqualTo(Map.of("alpha", "DfltStorPool", "bravo", "drbdpool"));
    }

    @Test
    void disklessTogglesADiskfulReplicaAndCreatesOneWhereThereIsNone() throws Exception {
        cluster.withResource("foo", kib(20480), List.of("alpha"));
        Resource foo = new Resource("foo", uri);

        foo.diskless("alpha");
        foo.diskless("bravo");
        foo.diskless("bravo");

        MsgToggleDisk toggle = controller.takeCall(ApiCalls.TOGGLE_DISK).body(0, MsgToggleDisk.parser());
        assertThat(toggle.getNodeName()).isEqualTo("alpha");
        assertThat(toggle.getDiskless()).isTrue();
        assertThat(createdReplica().getNodeName()).isEqualTo("bravo");
        assertThat(controller.drainCallNames()).containsExactly(ApiCalls.LST_RSC);
        assertThat(cluster.replicas("foo")).isEqualTo(Map.of("alpha", "diskless", "bravo", "diskless"));
    }

    @Test
    void setSizeGrowsAnExistingVolumeAtOnce() throws Exception {
        cluster.withResource("foo", kib(20480), List.of("alpha"));
        Resource foo = new Resource("foo", uri);

        foo.getVolumes().get(0).setSize("30 MiB");

        assertThat(controller
                        .takeCall(ApiCalls.MOD_VLM_DFN)
                        .body(0, MsgModVlmDfn.parser())
                        .getVlmSize())
                .isEqualTo(30720);
        assertThat(foo.getVolumes().get(0).getSize()).isEqualTo(30 * MIB);
    }

    @Test
    void getSizeReadsTheControllersSize() {
        cluster.withResource("foo", kib(20480), List.of("alpha"));
        Resource foo = new Resource("foo", uri);

        cluster.resize("foo", 0, 40960);

        assertThat(foo.getVolumes().get(0).getSize()).isEqualTo(40 * MIB);
    }

    @Test
    void shrinkingIsRefusedBeforeAnyCall() {
        cluster.withResource("foo", kib(20480), List.of("alpha"));
        Resource foo = new Resource("foo", uri);
        controller.drainCallNames();

        assertThatThrownBy(() -> foo.getVolumes().get(0).setSize("10 MiB"))
                .isInstanceOf(LinstorError.class)
                .hasMessage(
                        "shrinking volume 0 of resource 'foo' from 20 MiB to 10 MiB is refused: volumes can only grow");
        assertThat(controller.drainCallNames()).isEmpty();
        assertThat(cluster.volumeSizesKib("foo")).containsEntry(0, 20480L);
    }

    @Test
    void shrinkingBelowTheControllersSizeIsRefusedBeforeTheResize() {
        cluster.withResource("foo", kib(20480), List.of("alpha"));
        Resource foo = new Resource("foo", uri);
        cluster.resize("foo", 0, 40960);
        controller.drainCallNames();

        assertThatThrownBy(() -> foo.getVolumes().get(0).setSize("30 MiB"))
                .isInstanceOf(LinstorError.class)
                .hasMessageContaining("from 40 MiB to 30 MiB is refused");
        assertThat(controller.drainCallNames()).containsExactly(ApiCalls.LST_RSC_DFN);
    }

    @Test
    void aVolumeNotYetPlacedChangesOnlyHere() {
        Resource foo = new Resource("foo", uri);
        Volume volume = new Volume("20 MiB");
        foo.getVolumes().put(0, volume);
        controller.drainCallNames();

        volume.setSize("10 MiB");

        assertThat(volume.getSize()).isEqualTo(10 * MIB);
        assertThat(volume.getBackingDisk()).isNull();
        assertThat(volume.getMinor()).isNull();
        assertThat(controller.drainCallNames()).isEmpty();
    }

    @Test
    void allowTwoPrimariesSetsAndDeletesTheDrbdOption() {
        cluster.withResource("foo", kib(20480), List.of("alpha", "bravo"));
        Resource foo = new Resource("foo", uri);

        foo.setAllowTwoPrimaries(true);
        assertThat(cluster.definitionProps("foo")).containsEntry("DrbdOptions/Net/allow-two-primaries", "yes");
        assertThat(foo.isAllowTwoPrimaries()).isTrue();

        foo.setAllowTwoPrimaries(false);
        assertThat(cluster.definitionProps("foo")).doesNotContainKey("DrbdOptions/Net/allow-two-primaries");
        assertThat(foo.isAllowTwoPrimaries()).isFalse();
    }

    @Test
    void queriesReadTheReplicas() {
        cluster.withResource("foo", kib(20480), List.of("bravo", "charlie")).withDisklessReplica("foo", "alpha");
        Resource foo = new Resource("foo", uri);

        assertThat(foo.disklessNodes()).containsExactly("alpha");
        assertThat(foo.diskfulNodes()).containsExactly("bravo", "charlie");
        assertThat(foo.isDiskful("bravo")).isTrue();
        assertThat(foo.isDiskful("alpha")).isFalse();
        assertThat(foo.isDiskless("alpha")).isTrue();
        assertThat(foo.isAssigned("alpha")).isTrue();
        assertThat(new Resource("bar", uri).isAssigned("alpha")).isFalse();
    }

    @Test
    void volumeFactsComeFromTheFirstDiskfulReplicaOrTheNodeAsked() {
        cluster.withResource("foo", kib(20480), List.of("bravo", "charlie")).withDisklessReplica("foo", "alpha");
        Volume volume = new Resource("foo", uri).getVolumes().get(0);

        assertThat(volume.getBackingDisk()).isEqualTo("/var/lib/linstorj/bravo/foo_0.img");
        assertThat(volume.getBackingDisk("charlie")).isEqualTo("/var/lib/linstorj/charlie/foo_0.img");
        assertThat(volume.getBackingDisk("alpha")).isNull();
        assertThat(volume.getDevicePath()).isEqualTo("/dev/drbd1000");
        assertThat(volume.getDiskState()).isEqualTo("UpToDate");
        assertThat(volume.getDiskState("alpha")).isEqualTo("Diskless");
        assertThat(volume.getMinor()).isEqualTo(1000);
    }

    @Test
    void refusalsRaiseTheControllersMessage() {
        cluster.withResource("foo", kib(20480), List.of("alpha"));
        Resource foo = new Resource("foo", uri);

        assertThatThrownBy(() -> foo.delete("charlie"))
                .isInstanceOf(LinstorApiCallError.class)
                .hasMessage("DelRsc refused by the controller: ERROR: Resource not found on charlie.");
        foo.getPlacement().setRedundancy(4);
        assertThatThrownBy(foo::autoplace)
                .isInstanceOfSatisfying(
                        LinstorApiCallError.class,
                        error -> assertThat(error.getApiCallResponses())
                                .singleElement()
                                .matches(reply -> reply.isError(Consts.FAIL_NOT_ENOUGH_NODES)))
                .hasMessageContaining("Not enough available nodes");
    }

    @Test
    void aReplicaOnAnUnknownNodeIsRefusedWithTheObjectsConcerned() {
        cluster.withResource("foo", kib(20480), List.of("alpha"));
        Resource foo = new Resource("foo", uri);

        assertThatThrownBy(() -> foo.diskful("delta"))
                .isInstanceOfSatisfying(
                        LinstorApiCallError.class,
                        error -> assertThat(error.getApiCallResponses())
                                .singleElement()
                                .satisfies(reply -> {
                                    assertThat(reply.isError(Consts.FAIL_NOT_FOUND_NODE))
                                            .isTrue();
                                    assertThat(reply.objRefs()).containsEntry("RscDfn", "foo");
                                }))
                .hasMessage("CrtRsc refused by the controller: ERROR: Node 'delta' not found.");
        assertThat(cluster.replicas("foo")).containsOnlyKeys("alpha");
    }

    @Test
    void deleteRemovesTheDefinitionAndAutoplaceCreatesItAgain() {
        cluster.withResource("foo", kib(20480), List.of("alpha"));
        Resource foo = new Resource("foo", uri);

        foo.delete();
        assertThat(cluster.hasDefinition("foo")).isFalse();
        assertThat(foo.getVolumes()).containsOnlyKeys(0);

        foo.getPlacement().setRedundancy(1);
        foo.autoplace();
        assertThat(cluster.volumeSizesKib("foo")).isEqualTo(Map.of(0, 20480L));
        assertThat(cluster.replicas("foo")).hasSize(1);
    }

    @Test
    void deleteOfANodesReplicaRemovesItWhateverItIs() {
        cluster.withResource("foo", kib(20480), List.of("alpha")).withDisklessReplica("foo", "bravo");
        Resource foo = new Resource("foo", uri);

        foo.delete("alpha");
        foo.delete("bravo");

        assertThat(cluster.replicas("foo")).isEmpty();
    }

    @Test
    void aResourceOnTheCallersClientUsesItsConnection() {
        cluster.withResource("foo", kib(20480), List.of("alpha"));
        try (Linstor lin = Linstor.connect(uri)) {
            Resource foo = new Resource("foo", lin);
            foo.activate("bravo");

            assertThat(lin.isConnected()).isTrue();
            assertThat(foo.isDiskless("bravo")).isTrue();
        }
    }

    @Test
    void badArgumentsAreRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> new Resource(" ", uri)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Resource("foo", "ftp://127.0.0.1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Volume(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Volume("20 parsecs")).isInstanceOf(IllegalArgumentException.class);
        Resource foo = new Resource("foo", uri);
        assertThatThrownBy(() -> foo.activate("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> foo.getPlacement().setRedundancy(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The one replica the next CrtRsc call creates. */
    private Rsc createdReplica() throws InterruptedException {
        MsgCrtRsc create = controller.takeCall(ApiCalls.CRT_RSC).body(0, MsgCrtRsc.parser());
        assertThat(create.getRscsCount()).isEqualTo(1);
        return create.getRscs(0).getRsc();
    }
}

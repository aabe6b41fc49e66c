package io.linstorj.controller.resource;

import static io.linstorj.common.RetCodes.*;
import static io.linstorj.controller.ServiceFixture.await;
import static io.linstorj.controller.ServiceFixture.retCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.TestNodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.props.PropsChange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VolumeDefinitionServiceTest {
    private static final long ONE_PIB_IN_KIB = 1L << 40;

    private final ServiceFixture fixture = new ServiceFixture();
    private final VolumeDefinitionService volumes =
            fixture.services().resources().volumeDefinitions();

    @BeforeEach
    void createDefinition() {
        fixture.createResourceDefinition("rsc1");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<ApiCallRc> create(Integer number, long size, Integer minor) {
        return await(volumes.create("rsc1", List.of(new VolumeDefinitionRequest(number, size, minor, Map.of()))));
    }

    private List<VolumeDefinition> definitions() {
        return await(fixture.services().resources().definitions().list(List.of("rsc1")))
                .get(0)
                .volumeDefinitions();
    }

    @Test
    void createChoosesNextFreeNumberAndMinorFrom1000() {
        assertThat(retCodes(create(null, 1024, null))).containsExactly(MASK_VLM_DFN | MASK_CRT | CREATED);
        create(5, 1024, null);
        create(null, 1024, null);

        assertThat(definitions())
                .extracting(VolumeDefinition::volumeNumber, VolumeDefinition::minorNumber)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, 1000),
                        org.assertj.core.groups.Tuple.tuple(1, 1002),
                        org.assertj.core.groups.Tuple.tuple(5, 1001));
    }

    @Test
    void createWithTakenNumberIsRefused() {
        create(0, 1024, null);

        List<ApiCallRc> replies = create(0, 1024, null);

        assertThat(retCodes(replies)).containsExactly(MASK_VLM_DFN | MASK_CRT | FAIL_EXISTS_VLM_DFN);
        assertThat(replies.get(0).objRefs()).containsEntry("RscDfn", "rsc1").containsEntry("VlmNr", "0");
    }

    @Test
    void createWithGivenMinorUsesItAndRefusesTakenOrInvalidMinor() {
        assertThat(retCodes(create(null, 1024, 2000))).containsExactly(MASK_VLM_DFN | MASK_CRT | CREATED);
        assertThat(definitions().get(0).minorNumber()).isEqualTo(2000);

        assertThat(retCodes(create(null, 1024, 2000))).containsExactly(MASK_VLM_DFN | MASK_CRT | FAIL_INVLD_MINOR_NR);
        assertThat(retCodes(create(null, 1024, 1 << 20)))
                .containsExactly(MASK_VLM_DFN | MASK_CRT | FAIL_INVLD_MINOR_NR);
        assertThat(retCodes(create(70000, 1024, null))).containsExactly(MASK_VLM_DFN | MASK_CRT | FAIL_INVLD_VLM_NR);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, ONE_PIB_IN_KIB + 1})
    void createWithInvalidSizeIsRefused(long size) {
        assertThat(retCodes(create(null, size, null))).containsExactly(MASK_VLM_DFN | MASK_CRT | FAIL_INVLD_VLM_SIZE);
        assertThat(definitions()).isEmpty();
    }

    @Test
    void createOfOnePibIsAccepted() {
        assertThat(retCodes(create(null, ONE_PIB_IN_KIB, null))).containsExactly(MASK_VLM_DFN | MASK_CRT | CREATED);
    }

    @Test
    void createInMissingDefinitionIsRefused() {
        List<ApiCallRc> replies =
                await(volumes.create("rsc9", List.of(new VolumeDefinitionRequest(null, 1, null, Map.of()))));

        assertThat(retCodes(replies)).containsExactly(MASK_VLM_DFN | MASK_CRT | FAIL_NOT_FOUND_RSC_DFN);
    }

    @Test
    void createAddsTheVolumeToExistingResources() {
        fixture.createNode("alpha", "127.0.0.11");
        fixture.createPool("alpha", "DfltStorPool");
        fixture.createResource("rsc1", "alpha");

        create(null, 1024, null);

        List<ResourceView> resources =
                await(fixture.services().resources().resources().list(List.of(), List.of("rsc1")));
        assertThat(resources.get(0).volumes()).singleElement().satisfies(volume -> {
            assertThat(volume.volume().storagePoolName()).isEqualTo("DfltStorPool");
            assertThat(volume.minorNumber()).isEqualTo(1000);
        });
    }

    @Test
    void modifyGrowsSizeAndRefusesShrinking() {
        create(0, 1024, null);

        assertThat(retCodes(await(volumes.modify("rsc1", 0, 2048L, PropsChange.NONE))))
                .containsExactly(MASK_VLM_DFN | MASK_MOD | MODIFIED);
        List<ApiCallRc> shrink = await(volumes.modify("rsc1", 0, 1024L, PropsChange.NONE));

        assertThat(retCodes(shrink)).containsExactly(MASK_VLM_DFN | MASK_MOD | FAIL_INVLD_VLM_SIZE);
        assertThat(shrink.get(0).message()).contains("Shrinking is not supported");
        assertThat(definitions().get(0).sizeKib()).isEqualTo(2048);
        assertThat(retCodes(await(volumes.modify("rsc1", 3, 4096L, PropsChange.NONE))))
                .containsExactly(MASK_VLM_DFN | MASK_MOD | FAIL_NOT_FOUND_VLM_DFN);
    }

    /** rsc1 with one volume of {@code sizeMib} on alpha and bravo (diskful) and charlie (diskless). */
    private TestNodes replicated(String kind, long sizeMib) {
        TestNodes nodes = new TestNodes(fixture);
        for (String node : List.of("alpha", "bravo", "charlie")) {
            nodes.online(node);
        }
        nodes.pool("alpha", "DfltStorPool", kind, 100, 100);
        nodes.pool("bravo", "DfltStorPool", kind, 30, 100);
        TestNodes.check(fixture.createVolumeDefinition("rsc1", sizeMib * TestNodes.MIB));
        TestNodes.check(fixture.createResource("rsc1", "alpha"));
        TestNodes.check(fixture.createResource("rsc1", "bravo"));
        TestNodes.check(fixture.createResource("rsc1", "charlie", "DISKLESS"));
        return nodes;
    }

    @Test
    void growingBeyondAThickPoolsFreeSpaceIsRefusedNamingNodeAndPoolAndChangesNothing() {
        replicated("LVM", 10);

        // bravo: 30 MiB free less the 10 MiB not yet allocated leaves 20 MiB for growth.
        List<ApiCallRc> replies = await(volumes.modify("rsc1", 0, 40 * TestNodes.MIB, PropsChange.NONE));

        assertThat(retCodes(replies)).containsExactly(MASK_VLM_DFN | MASK_MOD | FAIL_NOT_ENOUGH_FREE_SPACE);
        assertThat(replies.get(0).message())
                .contains("node 'bravo'", "pool 'DfltStorPool'")
                .doesNotContain("node 'alpha'", "charlie");
        assertThat(replies.get(0).correction()).isNotEmpty();
        assertThat(definitions().get(0).sizeKib()).isEqualTo(10 * TestNodes.MIB);
    }

    @Test
    void growingWithinEveryPoolsFreeSpaceIsAccepted() {
        replicated("LVM", 10);

        assertThat(retCodes(await(volumes.modify("rsc1", 0, 30 * TestNodes.MIB, PropsChange.NONE))))
                .containsExactly(MASK_VLM_DFN | MASK_MOD | MODIFIED);
        assertThat(definitions().get(0).sizeKib()).isEqualTo(30 * TestNodes.MIB);
    }

    @Test
    void growingAThinVolumeBeyondTheOverSubscriptionLimitIsRefused() {
        TestNodes nodes = replicated("FILE_THIN", 60);
        nodes.nodeProp("bravo", "MaxOversubscriptionRatio", "1");

        List<ApiCallRc> refused = await(volumes.modify("rsc1", 0, 120 * TestNodes.MIB, PropsChange.NONE));

        assertThat(retCodes(refused)).containsExactly(MASK_VLM_DFN | MASK_MOD | FAIL_NOT_ENOUGH_FREE_SPACE);
        assertThat(refused.get(0).message()).contains("node 'bravo'", "thin pool 'DfltStorPool'");
        assertThat(definitions().get(0).sizeKib()).isEqualTo(60 * TestNodes.MIB);
        assertThat(retCodes(await(volumes.modify("rsc1", 0, 100 * TestNodes.MIB, PropsChange.NONE))))
                .containsExactly(MASK_VLM_DFN | MASK_MOD | MODIFIED);
    }

    @Test
    void growingWithAPoolOfUnknownCapacityIsAcceptedWithAWarningNamingIt() {
        TestNodes nodes = new TestNodes(fixture);
        nodes.online("alpha");
        nodes.offline("bravo");
        nodes.pool("alpha", "DfltStorPool", "LVM", 100, 100);
        nodes.createPool("bravo", "DfltStorPool", "LVM");
        TestNodes.check(fixture.createVolumeDefinition("rsc1", 10 * TestNodes.MIB));
        TestNodes.check(fixture.createResource("rsc1", "alpha"));
        TestNodes.check(fixture.createResource("rsc1", "bravo"));

        List<ApiCallRc> replies = await(volumes.modify("rsc1", 0, 20 * TestNodes.MIB, PropsChange.NONE));

        assertThat(retCodes(replies))
                .containsExactly(MASK_VLM_DFN | MASK_MOD | MODIFIED, MASK_VLM_DFN | MASK_MOD | WARN_NOT_CONNECTED);
        assertThat(replies.get(1).message()).contains("'DfltStorPool'", "'bravo'", "unknown");
        assertThat(definitions().get(0).sizeKib()).isEqualTo(20 * TestNodes.MIB);
    }

    @Test
    void modifyChangesPropertiesAndKeepsSizeWhenNoneGiven() {
        create(0, 1024, null);

        await(volumes.modify("rsc1", 0, null, PropsChange.set(Map.of("Aux/x", "y"))));

        assertThat(definitions().get(0).props()).containsEntry("Aux/x", "y");
        assertThat(definitions().get(0).sizeKib()).isEqualTo(1024);
    }

    @Test
    void deleteRemovesTheVolumeFromAllResourcesAndFreesTheMinor() {
        fixture.createNode("alpha", "127.0.0.11");
        fixture.createNode("bravo", "127.0.0.12");
        create(0, 1024, null);
        fixture.createResource("rsc1", "alpha", "DISKLESS");
        fixture.createResource("rsc1", "bravo", "DISKLESS");

        assertThat(retCodes(await(volumes.delete("rsc1", 0)))).containsExactly(MASK_VLM_DFN | MASK_DEL | DELETED);

        assertThat(await(fixture.services().resources().resources().list(List.of(), List.of())))
                .hasSize(2)
                .allSatisfy(resource -> assertThat(resource.volumes()).isEmpty());
        assertThat(retCodes(await(volumes.delete("rsc1", 0))))
                .containsExactly(MASK_VLM_DFN | MASK_DEL | WARN_NOT_FOUND);
        assertThat(retCodes(create(null, 1024, 1000))).containsExactly(MASK_VLM_DFN | MASK_CRT | CREATED);
    }
}

package io.linstorj.controller.group;

import static io.linstorj.common.RetCodes.*;
import static io.linstorj.controller.ServiceFixture.await;
import static io.linstorj.controller.ServiceFixture.retCodes;
import static io.linstorj.controller.TestNodes.MIB;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.TestNodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.placement.AutoSelectFilter;
import io.linstorj.controller.resource.InitialSyncRule;
import io.linstorj.controller.resource.ResourceDefinitionView;
import io.linstorj.controller.resource.ResourceView;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SpawnServiceTest {
    private final ServiceFixture fixture = new ServiceFixture();
    private final TestNodes nodes = new TestNodes(fixture);
    private final SpawnService spawn = fixture.services().groups().spawn();

    @BeforeEach
    void createCluster() {
        for (String node : List.of("alpha", "bravo", "charlie")) {
            nodes.online(node);
            nodes.pool(node, "ssd", "LVM", 1024, 1024);
        }
        TestNodes.check(await(fixture.services()
                .groups()
                .resourceGroups()
                .create(new ResourceGroupCreateRequest(
                        "gold",
                        "",
                        Map.of("DrbdOptions/Net/allow-two-primaries", "yes"),
                        AutoSelectFilter.builder()
                                .placeCount(2)
                                .storagePoolList(List.of("ssd"))
                                .build(),
                        List.of(
                                new VolumeGroupRequest(null, Map.of("Aux/kind", "data"), Set.of()),
                                new VolumeGroupRequest(null, Map.of("Aux/kind", "log"), Set.of()))))));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<ApiCallRc> spawn(String group, String name, boolean definitionsOnly, Long... sizesMib) {
        List<Long> sizes =
                java.util.Arrays.stream(sizesMib).map(size -> size * MIB).toList();
        return await(spawn.spawn(new SpawnRequest(group, name, sizes, definitionsOnly)));
    }

    private List<ResourceDefinitionView> definitions() {
        return await(fixture.services().resources().definitions().list(List.of()));
    }

    private List<ResourceView> replicas() {
        return await(fixture.services().resources().resources().list(List.of(), List.of()));
    }

    @Test
    void spawnCreatesDefinitionVolumesFromTheGroupsTemplatesAndPlacesIt() {
        List<ApiCallRc> replies = spawn("gold", "db1", false, 100L, 10L);

        assertThat(retCodes(replies))
                .startsWith(
                        MASK_RSC_DFN | MASK_CRT | CREATED,
                        MASK_VLM_DFN | MASK_CRT | CREATED,
                        MASK_VLM_DFN | MASK_CRT | CREATED,
                        MASK_RSC | MASK_CRT | CREATED)
                .hasSize(6);
        ResourceDefinitionView definition = definitions().get(0);
        assertThat(definition.definition().resourceGroupName()).isEqualTo("gold");
        assertThat(definition.definition().props()).containsEntry("DrbdOptions/Net/allow-two-primaries", "yes");
        assertThat(definition.volumeDefinitions())
                .extracting(VolumeDefinition::sizeKib)
                .containsExactly(100 * MIB, 10 * MIB);
        assertThat(definition.volumeDefinitions())
                .extracting(volume -> volume.props().get("Aux/kind"))
                .containsExactly("data", "log");
        assertThat(replicas()).hasSize(2).allSatisfy(view -> {
            assertThat(view.resource().props()).containsEntry(InitialSyncRule.PROP, InitialSyncRule.SKIP);
            assertThat(view.volumes()).hasSize(2);
        });
    }

    @Test
    void definitionsOnlyPlacesNothing() {
        List<ApiCallRc> replies = spawn("gold", "db1", true, 100L, 10L);

        assertThat(replies).hasSize(3).allMatch(ApiCallRc::isSuccess);
        assertThat(definitions()).hasSize(1);
        assertThat(replicas()).isEmpty();
    }

    @Test
    void failedPlacementLeavesNothingBehind() {
        int commits = fixture.commits().size();

        List<ApiCallRc> replies = spawn("gold", "huge", false, 2048L, 10L);

        assertThat(retCodes(replies)).containsExactly(MASK_RSC | MASK_CRT | FAIL_NOT_ENOUGH_NODES);
        assertThat(replies.get(0).message()).contains("2 replicas requested", "0 suitable nodes");
        assertThat(definitions()).isEmpty();
        assertThat(replicas()).isEmpty();
        assertThat(fixture.commits()).hasSize(commits);
        assertThat(spawn("gold", "huge", false, 100L, 10L)).allMatch(ApiCallRc::isSuccess);
    }

    @Test
    void sizesMustMatchTheVolumeGroupsButAGroupWithoutThemTakesAnyCount() {
        List<ApiCallRc> refused = spawn("gold", "db1", true, 100L);
        List<ApiCallRc> unknown = spawn("silver", "db1", true, 100L);
        List<ApiCallRc> free = spawn("DfltRscGrp", "db1", true, 100L, 10L, 1L);

        assertThat(retCodes(refused)).containsExactly(MASK_RSC_GRP | MASK_CRT | FAIL_INVLD_VLM_SIZES);
        assertThat(refused.get(0).message()).contains("2 volume groups, but 1 volume sizes");
        assertThat(retCodes(unknown)).containsExactly(MASK_RSC_GRP | MASK_CRT | FAIL_NOT_FOUND_RSC_GRP);
        assertThat(free).hasSize(4).allMatch(ApiCallRc::isSuccess);
        assertThat(definitions().get(0).definition().resourceGroupName()).isEqualTo("DfltRscGrp");
    }
}

package io.linstorj.controller.group;

import static io.linstorj.common.RetCodes.*;
import static io.linstorj.controller.ServiceFixture.await;
import static io.linstorj.controller.ServiceFixture.retCodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.ApiRcException;
import io.linstorj.controller.cluster.VolumeGroup;
import io.linstorj.controller.props.PropsChange;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VolumeGroupServiceTest {
    private final ServiceFixture fixture = new ServiceFixture();
    private final VolumeGroupService volumeGroups = fixture.services().groups().volumeGroups();

    @BeforeEach
    void createGroup() {
        await(fixture.services()
                .groups()
                .resourceGroups()
                .create(new ResourceGroupCreateRequest("gold", "", Map.of(), null, List.of())));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<ApiCallRc> create(Integer number, Map<String, String> props, String... flags) {
        return await(volumeGroups.create("gold", List.of(new VolumeGroupRequest(number, props, Set.of(flags)))));
    }

    @Test
    void createPicksTheLowestFreeNumberOrTakesTheGivenOne() {
        create(1, Map.of());

        List<ApiCallRc> replies = create(null, Map.of("Aux/a", "b"));
        create(null, Map.of());

        assertThat(retCodes(replies)).containsExactly(MASK_VLM_GRP | MASK_CRT | CREATED);
        assertThat(replies.get(0).objRefs()).containsEntry("RscGrp", "gold").containsEntry("VlmNr", "0");
        assertThat(await(volumeGroups.list("GOLD")))
                .extracting(VolumeGroup::volumeNumber)
                .containsExactly(0, 1, 2);
    }

    @Test
    void takenOrInvalidNumberFlagsAndMissingGroupAreRefused() {
        create(0, Map.of());

        assertThat(retCodes(create(0, Map.of()))).containsExactly(MASK_VLM_GRP | MASK_CRT | FAIL_EXISTS_VLM_GRP);
        assertThat(retCodes(create(70000, Map.of()))).containsExactly(MASK_VLM_GRP | MASK_CRT | FAIL_INVLD_VLM_NR);
        assertThat(retCodes(create(null, Map.of(), "GROSS_SIZE")))
                .containsExactly(MASK_VLM_GRP | MASK_CRT | FAIL_INVLD_REQUEST);
        assertThat(retCodes(await(
                        volumeGroups.create("silver", List.of(new VolumeGroupRequest(null, Map.of(), Set.of()))))))
                .containsExactly(MASK_VLM_GRP | MASK_CRT | FAIL_NOT_FOUND_RSC_GRP);
        assertThat(await(volumeGroups.list("gold"))).hasSize(1);
    }

    @Test
    void modifyAndDeleteWorkOnExistingVolumeGroupsOnly() {
        create(0, Map.of("Aux/a", "1"));

        assertThat(retCodes(await(volumeGroups.modify("gold", 0, PropsChange.set(Map.of("Aux/b", "2"))))))
                .containsExactly(MASK_VLM_GRP | MASK_MOD | MODIFIED);
        assertThat(await(volumeGroups.list("gold")).get(0).props()).containsOnlyKeys("Aux/a", "Aux/b");
        assertThat(retCodes(await(volumeGroups.modify("gold", 3, PropsChange.NONE))))
                .containsExactly(MASK_VLM_GRP | MASK_MOD | FAIL_NOT_FOUND_VLM_GRP);
        assertThat(retCodes(await(volumeGroups.delete("gold", 0)))).containsExactly(MASK_VLM_GRP | MASK_DEL | DELETED);
        assertThat(retCodes(await(volumeGroups.delete("gold", 0))))
                .containsExactly(MASK_VLM_GRP | MASK_DEL | WARN_NOT_FOUND);
        assertThat(await(volumeGroups.list("gold"))).isEmpty();
    }

    @Test
    void listOfAMissingGroupFailsWithTheRefusal() {
        assertThatThrownBy(() -> volumeGroups.list("silver").get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(ApiRcException.class)
                .satisfies(e -> assertThat(((ApiRcException) e).replies().get(0).hasCode(FAIL_NOT_FOUND_RSC_GRP))
                        .isTrue());
    }
}

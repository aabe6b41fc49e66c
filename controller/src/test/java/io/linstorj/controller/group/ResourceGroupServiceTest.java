package io.linstorj.controller.group;

import static io.linstorj.common.RetCodes.*;
import static io.linstorj.controller.ServiceFixture.await;
import static io.linstorj.controller.ServiceFixture.retCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.ResourceGroup;
import io.linstorj.controller.placement.AutoSelectFilter;
import io.linstorj.controller.props.PropsChange;
import io.linstorj.controller.resource.ResourceDefinitionCreateRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ResourceGroupServiceTest {
    private static final AutoSelectFilter FILTER = AutoSelectFilter.builder()
            .placeCount(3)
            .storagePoolList(List.of("ssd"))
            .replicasOnDifferent(List.of("rack"))
            .build();

    private final ServiceFixture fixture = new ServiceFixture();
    private final ResourceGroupService groups = fixture.services().groups().resourceGroups();

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<ApiCallRc> create(String name, AutoSelectFilter filter, VolumeGroupRequest... volumeGroups) {
        return await(groups.create(new ResourceGroupCreateRequest(
                name, "for databases", Map.of("Aux/team", "db"), filter, List.of(volumeGroups))));
    }

    private ResourceGroupView group(String name) {
        return await(groups.list(List.of(name))).get(0);
    }

    private void createDefinitionIn(String definition, String group) {
        await(fixture.services()
                .resources()
                .definitions()
                .create(new ResourceDefinitionCreateRequest(definition, null, Map.of(), group, List.of())));
    }

    @Test
    void createStoresFilterPropsDescriptionAndVolumeGroups() {
        List<ApiCallRc> replies = create(
                "gold",
                FILTER,
                new VolumeGroupRequest(null, Map.of("Aux/v", "0"), Set.of()),
                new VolumeGroupRequest(5, Map.of(), Set.of()));

        assertThat(retCodes(replies))
                .containsExactly(
                        MASK_RSC_GRP | MASK_CRT | CREATED,
                        MASK_VLM_GRP | MASK_CRT | CREATED,
                        MASK_VLM_GRP | MASK_CRT | CREATED);
        assertThat(replies.get(0).objRefs()).containsEntry("RscGrp", "gold");
        ResourceGroupView view = group("GOLD");
        assertThat(view.group().selectFilter()).isEqualTo(FILTER);
        assertThat(view.group().description()).isEqualTo("for databases");
        assertThat(view.group().props()).containsEntry("Aux/team", "db");
        assertThat(view.volumeGroups())
                .extracting(volumeGroup -> volumeGroup.volumeNumber())
                .containsExactly(0, 5);
        assertThat(view.volumeGroups().get(0).props()).containsEntry("Aux/v", "0");
    }

    @Test
    void defaultGroupExistsAndListsWithTheOthersByName() {
        create("gold", FILTER);

        assertThat(await(groups.list(List.of())))
                .extracting(view -> view.group().name())
                .containsExactly(ResourceGroup.DEFAULT_NAME, "gold");
    }

    @Test
    void takenInvalidNameAndInvalidFilterAreRefused() {
        create("gold", FILTER);

        assertThat(retCodes(create("GOLD", FILTER))).containsExactly(MASK_RSC_GRP | MASK_CRT | FAIL_EXISTS_RSC_GRP);
        assertThat(retCodes(create("9gold", FILTER)))
                .containsExactly(MASK_RSC_GRP | MASK_CRT | FAIL_INVLD_RSC_GRP_NAME);
        List<ApiCallRc> badFilter = create("silver", AutoSelectFilter.ofPlaceCount(0));
        assertThat(retCodes(badFilter)).containsExactly(MASK_RSC_GRP | MASK_CRT | FAIL_INVLD_PLACE_COUNT);
        assertThat(badFilter.get(0).message()).startsWith("Invalid select filter: place_count");
        assertThat(retCodes(create(
                        "bronze",
                        AutoSelectFilter.builder().providerList(List.of("TAPE")).build())))
                .containsExactly(MASK_RSC_GRP | MASK_CRT | FAIL_INVLD_PROVIDER);
        assertThat(await(groups.list(List.of()))).hasSize(2);
    }

    @Test
    void modifyChangesPropsAndReplacesDescriptionAndFilterOnlyWhenGiven() {
        create("gold", FILTER);

        await(groups.modify(new ResourceGroupModifyRequest(
                "gold", new PropsChange(Map.of("Aux/tier", "1"), Set.of("Aux/team"), Set.of()), null, null)));
        assertThat(group("gold").group().props()).containsExactly(Map.entry("Aux/tier", "1"));
        assertThat(group("gold").group().selectFilter()).isEqualTo(FILTER);
        List<ApiCallRc> replies = await(groups.modify(
                new ResourceGroupModifyRequest("gold", PropsChange.NONE, "", AutoSelectFilter.ofPlaceCount(2))));

        assertThat(retCodes(replies)).containsExactly(MASK_RSC_GRP | MASK_MOD | MODIFIED);
        assertThat(group("gold").group().selectFilter()).isEqualTo(AutoSelectFilter.ofPlaceCount(2));
        assertThat(group("gold").group().description()).isEmpty();
        assertThat(retCodes(
                        await(groups.modify(new ResourceGroupModifyRequest("silver", PropsChange.NONE, "x", null)))))
                .containsExactly(MASK_RSC_GRP | MASK_MOD | FAIL_NOT_FOUND_RSC_GRP);
    }

    @Test
    void deleteIsRefusedWhileDefinitionsUseTheGroupNamingThem() {
        create("gold", FILTER, new VolumeGroupRequest(null, Map.of(), Set.of()));
        createDefinitionIn("db1", "gold");
        createDefinitionIn("db2", "gold");

        List<ApiCallRc> refused = await(groups.delete("gold"));

        assertThat(retCodes(refused)).containsExactly(MASK_RSC_GRP | MASK_DEL | FAIL_IN_USE);
        assertThat(refused.get(0).cause()).contains("db1, db2");
        await(fixture.services().resources().definitions().delete("db1"));
        await(fixture.services().resources().definitions().delete("db2"));
        assertThat(retCodes(await(groups.delete("gold")))).containsExactly(MASK_RSC_GRP | MASK_DEL | DELETED);
        assertThat(await(groups.list(List.of("gold")))).isEmpty();
        assertThat(retCodes(create("gold", FILTER))).first().isEqualTo(MASK_RSC_GRP | MASK_CRT | CREATED);
        assertThat(group("gold").volumeGroups()).isEmpty();
    }

    @Test
    void defaultGroupCannotBeDeletedAndMissingGroupWarns() {
        assertThat(retCodes(await(groups.delete("dfltrscgrp")))).containsExactly(MASK_RSC_GRP | MASK_DEL | FAIL_IN_USE);
        assertThat(retCodes(await(groups.delete("gold")))).containsExactly(MASK_RSC_GRP | MASK_DEL | WARN_NOT_FOUND);
    }
}

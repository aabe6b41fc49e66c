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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceGroupFilterBoundsTest {
    private final ServiceFixture fixture = new ServiceFixture();
    private final ResourceGroupService groups = fixture.services().groups().resourceGroups();

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<ApiCallRc> create(AutoSelectFilter filter) {
        return await(groups.create(new ResourceGroupCreateRequest("gold", "", Map.of(), filter, List.of())));
    }

    private void assertOnlyDefaultGroup() {
        assertThat(await(groups.list(List.of())))
                .extracting(view -> view.group().name())
                .containsExactly(ResourceGroup.DEFAULT_NAME);
    }

    @ParameterizedTest
    @ValueSource(ints = {1000, 33, Integer.MAX_VALUE, -1, Integer.MIN_VALUE})
    void placeCountOutsideOneToThirtyTwoIsRefusedAndNothingStored(int count) {
        List<ApiCallRc> replies = create(AutoSelectFilter.ofPlaceCount(count));

        assertThat(retCodes(replies)).containsExactly(MASK_RSC_GRP | MASK_CRT | FAIL_INVLD_PLACE_COUNT);
        assertThat(replies.get(0).cause()).isNotEmpty();
        assertThat(replies.get(0).correction()).isNotEmpty();
        assertOnlyDefaultGroup();
    }

    @Test
    void hugeAdditionalPlaceCountIsRefused() {
        assertThat(retCodes(create(
                        AutoSelectFilter.builder().additionalPlaceCount(100_000).build())))
                .containsExactly(MASK_RSC_GRP | MASK_CRT | FAIL_INVLD_PLACE_COUNT);
        assertOnlyDefaultGroup();
    }

    @Test
    void thirtyTwoReplicasAreTheMostAccepted() {
        assertThat(retCodes(create(AutoSelectFilter.ofPlaceCount(32))))
                .containsExactly(MASK_RSC_GRP | MASK_CRT | CREATED);
    }

    @Test
    void absurdlyLongReplicasOnSameListIsRefused() {
        List<String> keys =
                IntStream.range(0, 10_000).mapToObj(i -> "Aux/k" + i).toList();

        List<ApiCallRc> replies =
                create(AutoSelectFilter.builder().replicasOnSame(keys).build());

        assertThat(retCodes(replies)).containsExactly(MASK_RSC_GRP | MASK_CRT | FAIL_INVLD_REQUEST);
        assertThat(replies.get(0).message()).contains("replicas_on_same");
        assertOnlyDefaultGroup();
    }

    @Test
    void absurdlyLongNodeListAndOverlongEntryAreRefused() {
        List<String> nodes = IntStream.range(0, 5000).mapToObj(i -> "node" + i).toList();

        assertThat(retCodes(
                        create(AutoSelectFilter.builder().nodeNameList(nodes).build())))
                .containsExactly(MASK_RSC_GRP | MASK_CRT | FAIL_INVLD_REQUEST);
        assertThat(retCodes(create(AutoSelectFilter.builder()
                        .replicasOnDifferent(List.of("Aux/" + String.join("", Collections.nCopies(300, "k"))))
                        .build())))
                .containsExactly(MASK_RSC_GRP | MASK_CRT | FAIL_INVLD_REQUEST);
        assertOnlyDefaultGroup();
    }

    @Test
    void modifyToHugePlaceCountIsRefusedAndKeepsTheFilter() {
        create(AutoSelectFilter.ofPlaceCount(2));

        List<ApiCallRc> replies = await(groups.modify(
                new ResourceGroupModifyRequest("gold", PropsChange.NONE, null, AutoSelectFilter.ofPlaceCount(1000))));

        assertThat(retCodes(replies)).containsExactly(MASK_RSC_GRP | MASK_MOD | FAIL_INVLD_PLACE_COUNT);
        assertThat(await(groups.list(List.of("gold"))).get(0).group().selectFilter())
                .isEqualTo(AutoSelectFilter.ofPlaceCount(2));
    }
}

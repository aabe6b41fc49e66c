package io.linstorj.controller.autoplace;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.placement.AutoSelectFilter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectFiltersTest {
    private static final AutoSelectFilter GROUP = AutoSelectFilter.builder()
            .placeCount(3)
            .storagePoolList(List.of("ssd", "nvme"))
            .replicasOnDifferent(List.of("rack"))
            .disklessOnRemaining(true)
            .disklessType("DRBD_DISKLESS")
            .build();

    @Test
    void emptyRequestTakesEverythingFromTheGroup() {
        assertThat(SelectFilters.merge(AutoSelectFilter.builder().build(), GROUP))
                .isEqualTo(GROUP);
    }

    @Test
    void requestFieldsWinAndTheGroupFillsTheRest() {
        AutoSelectFilter merged = SelectFilters.merge(
                AutoSelectFilter.builder()
                        .replicasOnDifferent(List.of("site"))
                        .nodeNameList(List.of("alpha"))
                        .build(),
                GROUP);

        assertThat(merged.replicasOnDifferent()).containsExactly("site");
        assertThat(merged.nodeNameList()).containsExactly("alpha");
        assertThat(merged.placeCount()).isEqualTo(3);
        assertThat(merged.storagePoolList()).containsExactly("ssd", "nvme");
        assertThat(merged.disklessOnRemaining()).isTrue();
    }

    @Test
    void countsAndPoolsAreTakenTogetherFromTheRequest() {
        AutoSelectFilter merged = SelectFilters.merge(
                AutoSelectFilter.builder()
                        .additionalPlaceCount(1)
                        .storagePool("hdd")
                        .build(),
                GROUP);

        assertThat(merged.additionalPlaceCount()).isEqualTo(1);
        assertThat(merged.placeCount()).isNull();
        assertThat(merged.storagePool()).isEqualTo("hdd");
        assertThat(merged.storagePoolList()).isEmpty();
    }
}

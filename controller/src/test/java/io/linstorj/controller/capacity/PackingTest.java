package io.linstorj.controller.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackingTest {
    @Test
    void poolsOfEqualSizeOfferOnePoolsWorthForEachGroupOfReplicas() {
        assertThat(Packing.fill(List.of(10L, 10L, 10L), 2)).isEqualTo(10);
        assertThat(Packing.fill(List.of(10L, 10L, 10L), 3)).isEqualTo(10);
    }

    @Test
    void theLargestPoolsAreFilledFirstToTheSmallestOfTheLot() {
        assertThat(Packing.fill(List.of(3L, 2L, 1L), 2)).isEqualTo(3);
        assertThat(Packing.fill(List.of(5L, 1L), 2)).isEqualTo(1);
    }

    @Test
    void fewerPoolsThanReplicasOfferNothing() {
        assertThat(Packing.fill(List.of(100L), 2)).isZero();
        assertThat(Packing.fill(List.of(), 1)).isZero();
        assertThat(Packing.fill(List.of(0L, 0L), 2)).isZero();
    }

    @Test
    void hugeSizesSaturateInsteadOfOverflowing() {
        assertThat(Packing.fill(List.of(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE / 2, Long.MAX_VALUE / 2), 2))
                .isEqualTo(Long.MAX_VALUE);
    }
}

package io.linstorj.satellite.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SizeDecisionTest {

    private static final VolumeId WEB = new VolumeId("web", 0);

    @Test
    void smallerVolumeGrows() {
        assertThat(SizeDecision.decide("p", WEB, 100, 101, 1)).isEqualTo(SizeDecision.GROW);
    }

    @Test
    void volumeOfRequestedSizeIsKept() {
        assertThat(SizeDecision.decide("p", WEB, 100, 100, 1)).isEqualTo(SizeDecision.KEEP);
    }

    @Test
    void volumeRoundedUpToTheAllocationUnitIsKept() {
        assertThat(SizeDecision.decide("p", WEB, 12288, 10000, 4096)).isEqualTo(SizeDecision.KEEP);
    }

    @Test
    void largerVolumeIsNeverShrunk() {
        assertThatThrownBy(() -> SizeDecision.decide("pool1", WEB, 16384, 10000, 4096))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("web_00000 in storage pool 'pool1' has 16384 KiB")
                .hasMessageContaining("shrinking it to 10000 KiB is refused")
                .satisfies(e -> assertThat(((StorageException) e).problem().reason())
                        .isEqualTo(StorageProblem.Reason.SHRINK_REFUSED));
    }

    @Test
    void roundUpGoesToTheNextMultiple() {
        assertThat(SizeDecision.roundUp(10000, 4096)).isEqualTo(12288);
        assertThat(SizeDecision.roundUp(8192, 4096)).isEqualTo(8192);
        assertThat(SizeDecision.roundUp(7, 1)).isEqualTo(7);
    }
}

package io.linstorj.satellite.drbd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DrbdMetadataTest {
    /** Recorded from drbd-utils 9.22: {@code drbdmeta create-md} on files, then {@code dump-md}. */
    @ParameterizedTest
    @CsvSource({
        "20480, 1, 40",
        "20480, 7, 44",
        "1048576, 1, 68",
        "1048576, 7, 260",
        "104857600, 1, 3236",
        "104857600, 7, 22436",
    })
    void internalMetadataMatchesWhatDrbdmetaLaysOut(long backingKib, int peerSlots, long metadataKib) {
        assertThat(DrbdMetadata.internalMetadataKib(backingKib, peerSlots)).isEqualTo(metadataKib);
    }

    @ParameterizedTest
    @CsvSource({"20480, 7", "1048576, 1", "1048576, 7", "104857600, 7", "1, 1", "4095, 31"})
    void theBackingSizeIsTheSmallestThatLeavesTheUsableSize(long usableKib, int peerSlots) {
        long backing = DrbdMetadata.backingSizeKib(usableKib, peerSlots);

        assertThat(backing % 4).isZero();
        assertThat(backing - DrbdMetadata.internalMetadataKib(backing, peerSlots))
                .isGreaterThanOrEqualTo(usableKib);
        long smaller = backing - 4;
        assertThat(smaller - DrbdMetadata.internalMetadataKib(smaller, peerSlots))
                .isLessThan(usableKib);
    }

    @Test
    void peerSlotsAreSevenUnlessTheResourceHasMorePeers() {
        DrbdResource small = DrbdTestResources.resource(
                "rsc1",
                "alpha",
                List.of(DrbdTestResources.replica(0, false)),
                1,
                DrbdNetOptions.defaults(),
                InitialSync.fromPeer());

        assertThat(DrbdMetadata.peerSlots(small)).isEqualTo(7);
        assertThatThrownBy(() -> DrbdMetadata.internalMetadataKib(0, 7)).isInstanceOf(IllegalArgumentException.class);
    }
}

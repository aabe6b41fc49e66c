package io.linstorj.satellite.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VolumeIdTest {

    @Test
    void storageNameIsResourceNameAndFiveDigitVolumeNumber() {
        assertThat(new VolumeId("rsc", 0).storageName()).isEqualTo("rsc_00000");
        assertThat(new VolumeId("pvc-4f2a_b", 12).storageName()).isEqualTo("pvc-4f2a_b_00012");
        assertThat(new VolumeId("r", 65535).storageName()).isEqualTo("r_65535");
    }

    @Test
    void storageNameParsesBackToTheVolume() {
        assertThat(VolumeId.parseStorageName("pvc-4f2a_b_00012")).contains(new VolumeId("pvc-4f2a_b", 12));
    }

    @Test
    void namesNotMadeForVolumesDoNotParse() {
        assertThat(VolumeId.parseStorageName("root")).isEmpty();
        assertThat(VolumeId.parseStorageName("swap_0")).isEmpty();
        assertThat(VolumeId.parseStorageName("r_000001")).isEmpty();
        assertThat(VolumeId.parseStorageName("r_99999")).isEmpty();
        assertThat(VolumeId.parseStorageName("-x_00000")).isEmpty();
    }

    @Test
    void invalidResourceNameOrVolumeNumberIsRejected() {
        assertThatThrownBy(() -> new VolumeId("1abc", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'1abc'");
        assertThatThrownBy(() -> new VolumeId("a/b", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VolumeId("a", 65536))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("65536");
    }
}

package io.linstorj.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Bad builder input is refused before anything starts, naming the value and what is allowed. */
class LinstorTestClusterBuilderTest {
    @Test
    void noSatellitesAreRefused() {
        assertThatThrownBy(() -> LinstorTestCluster.builder().satellites(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 20, not 0");
    }

    @Test
    void moreSatellitesThanLoopbackAddressesAreRefused() {
        assertThatThrownBy(() -> LinstorTestCluster.builder().satellites(21))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not 21");
    }

    @Test
    void aPoolThatNeedsRootIsRefused() {
        assertThatThrownBy(() -> LinstorTestCluster.builder().pool("thin", "LVM_THIN"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FILE_THIN or FILE, not LVM_THIN");
    }

    @Test
    void aPoolWithoutNameIsRefused() {
        assertThatThrownBy(() -> LinstorTestCluster.builder().pool(" ", "FILE"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a name");
    }

    @Test
    void aPoolGivenTwiceIsRefused() {
        LinstorTestCluster.Builder builder = LinstorTestCluster.builder().pool("files", "FILE");

        assertThatThrownBy(() -> builder.pool("files", "FILE_THIN"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("given twice");
    }
}

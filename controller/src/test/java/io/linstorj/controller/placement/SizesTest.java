package io.linstorj.controller.placement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizesTest {

    @Test
    void kibibytesAreShownInTheLargestWholeUnit() {
        assertThat(Sizes.format(0)).isEqualTo("0 KiB");
        assertThat(Sizes.format(1023)).isEqualTo("1023 KiB");
        assertThat(Sizes.format(100 * 1024)).isEqualTo("100 MiB");
        assertThat(Sizes.format(1024 * 1024)).isEqualTo("1 GiB");
        assertThat(Sizes.format(1536 * 1024)).isEqualTo("1.5 GiB");
        assertThat(Sizes.format(1200 * 1024)).isEqualTo("1.17 GiB");
        assertThat(Sizes.format(3L << 30)).isEqualTo("3 TiB");
        assertThat(Sizes.format(-2048)).isEqualTo("-2 MiB");
    }

    @Test
    void ratiosDropTrailingZeros() {
        assertThat(Sizes.ratio(20.0)).isEqualTo("20");
        assertThat(Sizes.ratio(1.5)).isEqualTo("1.5");
    }
}

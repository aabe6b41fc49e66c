package io.linstorj.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SizeCalcTest {
    @ParameterizedTest(name = "{0} = {1} bytes")
    @CsvSource(
            delimiter = '=',
            value = {
                "20 MiB = 20971520",
                "20MiB = 20971520",
                "20 M = 20971520",
                "20 mib = 20971520",
                "1 KiB = 1024",
                "1 K = 1024",
                "1 k = 1024",
                "3 GiB = 3221225472",
                "3 G = 3221225472",
                "2 TiB = 2199023255552",
                "2 T = 2199023255552",
                "1 PiB = 1125899906842624",
                "1 P = 1125899906842624",
                "1 kB = 1000",
                "1 KB = 1000",
                "5 MB = 5000000",
                "5 GB = 5000000000",
                "5 TB = 5000000000000",
                "1 PB = 1000000000000000",
                "512 = 512",
                "512 B = 512",
                "0 = 0",
                "1.5 GiB = 1610612736",
                "0.5 KiB = 512",
                "0.1 KiB = 103",
                "' 7 MiB ' = 7340032",
                "8191 PiB = 9222246136947933184",
            })
    void parsesSizesIntoBytes(String size, long bytes) {
        assertThat(SizeCalc.parseBytes(size)).isEqualTo(bytes);
    }

    @ParameterizedTest(name = "{0} = {1} KiB")
    @CsvSource(
            delimiter = '=',
            value = {
                "20 MiB = 20480",
                "1 KiB = 1",
                "1000 B = 1",
                "1025 = 2",
                "0 = 0",
                "1 GB = 976563",
            })
    void parsesSizesIntoKibRoundingUp(String size, long kib) {
        assertThat(SizeCalc.parseKib(size)).isEqualTo(kib);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "MiB", "abc", "1,5 GiB", "1.5.1 MiB", "0x10", "1 MiB extra", "1e3", ". KiB"})
    void refusesGarbage(String size) {
        assertThatThrownBy(() -> SizeCalc.parseBytes(size))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot parse size");
    }

    @Test
    void refusesUnknownUnits() {
        assertThatThrownBy(() -> SizeCalc.parseBytes("5 XiB"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown size unit 'XiB'");
        assertThatThrownBy(() -> SizeCalc.parseBytes("5 EiB"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown size unit");
    }

    @Test
    void refusesNegativeSizes() {
        assertThatThrownBy(() -> SizeCalc.parseBytes("-5 MiB"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> SizeCalc.bytesToKib(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SizeCalc.kibToBytes(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SizeCalc.format(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesOverflow() {
        assertThatThrownBy(() -> SizeCalc.parseBytes("8192 PiB"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> SizeCalc.parseBytes("99999999999999999999999"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> SizeCalc.kibToBytes(Long.MAX_VALUE / 1024 + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large");
    }

    @Test
    void convertsBetweenBytesAndKib() {
        assertThat(SizeCalc.kibToBytes(20480)).isEqualTo(20971520);
        assertThat(SizeCalc.bytesToKib(20971520)).isEqualTo(20480);
        assertThat(SizeCalc.bytesToKib(1)).isEqualTo(1);
        assertThat(SizeCalc.bytesToKib(0)).isZero();
    }

    @ParameterizedTest(name = "{0} bytes = {1}")
    @CsvSource(
            delimiter = '=',
            value = {
                "0 = 0 B",
                "512 = 512 B",
                "1024 = 1 KiB",
                "20971520 = 20 MiB",
                "1610612736 = 1.5 GiB",
                "1100000 = 1.05 MiB",
                "2199023255552 = 2 TiB",
                "9223372036854775807 = 8 EiB",
            })
    void formatsBytesInTheLargestUnit(long bytes, String text) {
        assertThat(SizeCalc.format(bytes)).isEqualTo(text);
    }

    @Test
    void formatsKib() {
        assertThat(SizeCalc.formatKib(20480)).isEqualTo("20 MiB");
        assertThat(SizeCalc.formatKib(Long.MAX_VALUE)).isEqualTo("8 ZiB");
    }

    @Test
    void formattedSizesParseBack() {
        for (String size : new String[] {"20 MiB", "1.5 GiB", "512 B", "3 TiB"}) {
            assertThat(SizeCalc.format(SizeCalc.parseBytes(size))).isEqualTo(size);
        }
    }
}

package io.linstorj.satellite.storage.lvm;

import static io.linstorj.satellite.command.ScriptedCommandRunner.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VgsParserTest {

    private final VgsParser parser = new VgsParser();

    @Test
    void recordedVolumeGroupIsParsedInKib() {
        assertThat(parser.parse(recorded("lvm/vgs-vg0.txt")))
                .containsExactly(new VolumeGroupInfo("vg0", 4096, 20963328, 10477568));
    }

    @Test
    void paddingAndBlankLinesAreIgnored() {
        assertThat(parser.parse(recorded("lvm/vgs-padded.txt")))
                .containsExactly(
                        new VolumeGroupInfo("vg0", 4096, 20963328, 10477568),
                        new VolumeGroupInfo("vgdata", 32768, 1048576000, 0));
    }

    @Test
    void emptyOutputOfAMissingVolumeGroupHasNoGroups() {
        assertThat(parser.parse("")).isEmpty();
        assertThat(parser.parse("\n  \n")).isEmpty();
    }

    @Test
    void lineWithMissingFieldIsRejectedWithTheLine() {
        assertThatThrownBy(() -> parser.parse(recorded("lvm/vgs-short-line.txt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unexpected output line from vgs")
                .hasMessageContaining("'vg0;4096.00;20963328.00'");
    }

    @Test
    void nonNumericSizeIsRejected() {
        assertThatThrownBy(() -> parser.parse("  vg0;4096.00;20g;1\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'20g'");
    }
}

package io.linstorj.satellite.storage.zfs;

import static io.linstorj.satellite.command.ScriptedCommandRunner.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ZfsParsersTest {

    @Test
    void recordedDatasetSpaceIsParsedFromBytesToKib() {
        assertThat(new ZfsSpaceParser().parse(recorded("zfs/space-tank.txt")))
                .containsExactly(new ZfsSpace("tank", 1245184, 9221736));
    }

    @Test
    void recordedVolumesAreParsedWithBlockSizeAndOwner() {
        assertThat(new ZfsVolumeParser().parse(recorded("zfs/volumes-tank.txt")))
                .containsExactly(
                        new ZfsVolumeInfo("tank/web_00000", 102400, 16, "pool1"),
                        new ZfsVolumeInfo("tank/swap", 2097152, 8, "-"),
                        new ZfsVolumeInfo("tank/db_00001", 1048576, 16, "pool1"),
                        new ZfsVolumeInfo("tank/x_00000", 16384, 16, "thinpool"),
                        new ZfsVolumeInfo("tank/old_00000", 8192, 8, "-"));
    }

    @Test
    void paddedFieldsAndBlankLinesAreTolerated() {
        assertThat(new ZfsVolumeParser().parse(recorded("zfs/volumes-padded.txt")))
                .containsExactly(new ZfsVolumeInfo("tank/web_00000", 102400, 16, "pool1"));
    }

    @Test
    void emptyOutputHasNoVolumes() {
        assertThat(new ZfsVolumeParser().parse("")).isEmpty();
    }

    @Test
    void spaceSeparatedOutputWithoutDashHIsRejected() {
        assertThatThrownBy(() -> new ZfsSpaceParser().parse("NAME USED AVAIL\ntank 1 2\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unexpected output line from zfs list");
    }
}

package io.linstorj.satellite.storage.lvm;

import static io.linstorj.satellite.command.ScriptedCommandRunner.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LvsParserTest {

    private final LvsParser parser = new LvsParser();

    @Test
    void recordedPlainVolumesAreParsedWithTags() {
        List<LogicalVolumeInfo> volumes = parser.parse(recorded("lvm/lvs-vg0.txt"));

        assertThat(volumes)
                .extracting(LogicalVolumeInfo::name)
                .containsExactly("root", "swap_00000", "web_00000", "db_00001", "other_00000");
        assertThat(volumes.get(0))
                .isEqualTo(new LogicalVolumeInfo("root", "-wi-ao----", 8388608, List.of(), "", Optional.empty()));
        assertThat(volumes.get(3).tags()).containsExactly("backup", "linstorj_pool=pool1");
        assertThat(volumes.get(2).isThinPool()).isFalse();
    }

    @Test
    void recordedThinPoolAndThinVolumeCarryPoolAndDataPercent() {
        List<LogicalVolumeInfo> volumes = parser.parse(recorded("lvm/lvs-thin.txt"));

        LogicalVolumeInfo pool = volumes.get(1);
        assertThat(pool.isThinPool()).isTrue();
        assertThat(pool.dataPercent()).contains(new BigDecimal("3.52"));
        LogicalVolumeInfo thin = volumes.get(2);
        assertThat(thin.thinPool()).isEqualTo("thin");
        assertThat(thin.sizeKib()).isEqualTo(102400);
        assertThat(thin.dataPercent()).contains(new BigDecimal("12.50"));
    }

    @Test
    void emptyVolumeGroupHasNoVolumes() {
        assertThat(parser.parse(recorded("lvm/lvs-empty.txt"))).isEmpty();
    }

    @Test
    void outputOfOtherColumnsIsRejected() {
        assertThatThrownBy(() -> parser.parse("  root;-wi-ao----;8388608.00\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 6 fields, found 3");
    }
}

package io.linstorj.satellite.storage.file;

import static io.linstorj.satellite.command.ScriptedCommandRunner.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LoopListParserTest {

    private final LoopListParser parser = new LoopListParser();

    @Test
    void recordedListGivesAttachmentsAndMarksDeletedFiles() {
        assertThat(parser.parse(recorded("file/losetup-list.json")))
                .containsExactly(
                        new LoopAttachment("/dev/loop0", Path.of("/var/lib/linstorj/pools/pool1/web_00000.img"), false),
                        new LoopAttachment("/dev/loop1", Path.of("/var/lib/linstorj/pools/pool1/old_00000.img"), true),
                        new LoopAttachment("/dev/loop7", Path.of("/var/lib/snapd/snaps/core_16202.snap"), false));
    }

    @Test
    void noAttachedDeviceIsAnEmptyList() {
        assertThat(parser.parse(recorded("file/losetup-list-empty.json"))).isEmpty();
        assertThat(parser.parse("")).isEmpty();
    }

    @Test
    void textOutputIsRejected() {
        assertThatThrownBy(() -> parser.parse("/dev/loop0: []: (/tmp/a.img)\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("losetup output is not JSON");
        assertThatThrownBy(() -> parser.parse("{\"devices\": []}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no 'loopdevices' list");
    }
}

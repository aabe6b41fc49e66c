package io.linstorj.satellite.drbd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResFileWriterTest {
    @TempDir
    Path temp;

    private DrbdResource resource(boolean allowTwoPrimaries) {
        return DrbdTestResources.resource(
                "rsc1",
                "alpha",
                List.of(DrbdTestResources.replica(0, false), DrbdTestResources.replica(1, false)),
                1,
                DrbdNetOptions.allowTwoPrimaries(allowTwoPrimaries),
                InitialSync.fromPeer());
    }

    @Test
    void writesTheResFileAndTheMainFileIntoTheConfiguredDirectory() throws IOException {
        Path directory = temp.resolve("drbd.d");
        ResFileWriter writer = new ResFileWriter(directory, new ResFileRenderer());

        assertThat(writer.write(resource(false))).isTrue();

        assertThat(Files.readString(directory.resolve("rsc1.res")))
                .isEqualTo(new ResFileRenderer().render(resource(false)));
        assertThat(Files.readString(writer.mainFile()))
                .isEqualTo("# Main DRBD configuration of the LinstorJ satellite; it overwrites any change.\n"
                        + "global {\n    usage-count no;\n}\ncommon {\n}\n"
                        + "include \"" + directory.toAbsolutePath() + "/*.res\";\n");
    }

    @Test
    void rewritingTheSameContentChangesNothingAndANewContentReplacesTheFile() throws IOException {
        ResFileWriter writer = new ResFileWriter(temp, new ResFileRenderer());
        writer.write(resource(false));

        assertThat(writer.write(resource(false))).isFalse();
        assertThat(writer.write(resource(true))).isTrue();
        assertThat(Files.readString(writer.resFile("rsc1"))).contains("allow-two-primaries yes;");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("rsc1.res", ResFileWriter.MAIN_FILE_NAME);
        }
    }

    @Test
    void filesAreReadableByTheOwnerOnlyBecauseTheyHoldSecrets() throws IOException {
        ResFileWriter writer = new ResFileWriter(temp, new ResFileRenderer());
        writer.write(resource(false));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(writer.resFile("rsc1"))))
                .isEqualTo("rw-------");
    }

    @Test
    void deleteRemovesTheResFileOnce() {
        ResFileWriter writer = new ResFileWriter(temp, new ResFileRenderer());
        writer.write(resource(false));

        assertThat(writer.delete("rsc1")).isTrue();
        assertThat(writer.delete("rsc1")).isFalse();
        assertThat(writer.resFile("rsc1")).doesNotExist();
        assertThat(writer.mainFile()).exists();
    }
}

package io.linstorj.common.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterKeyFileTest {
    @TempDir
    Path dir;

    private final ClusterKey key = ClusterKey.generate(new SecureRandom());

    @Test
    void writtenKeyReadsBackAndOnlyItsOwnerMayReadIt() throws Exception {
        Path file = dir.resolve("sub/cluster-secret");

        ClusterKeyFile.write(file, key);

        assertThat(ClusterKeyFile.read(file))
                .hasValueSatisfying(read -> assertThat(read.sameAs(key)).isTrue());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(ClusterKeyFile.readableByOthers(file)).isFalse();
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void rewritingReplacesTheKey() {
        Path file = dir.resolve("cluster-secret");
        ClusterKey other = ClusterKey.generate(new SecureRandom());

        ClusterKeyFile.write(file, key);
        ClusterKeyFile.write(file, other);

        assertThat(ClusterKeyFile.read(file).orElseThrow().sameAs(other)).isTrue();
    }

    @Test
    void missingFileIsNoKey() {
        assertThat(ClusterKeyFile.read(dir.resolve("absent"))).isEmpty();
    }

    @Test
    void fileWithoutTheKeyLinesIsRefusedWithItsName() throws Exception {
        Path file = Files.writeString(dir.resolve("wrong"), "password=hunter2\n");

        assertThatThrownBy(() -> ClusterKeyFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("cluster-secret=");
    }

    @Test
    void worldReadableFileIsNoticed() throws Exception {
        Path file = dir.resolve("cluster-secret");
        ClusterKeyFile.write(file, key);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(ClusterKeyFile.readableByOthers(file)).isTrue();
    }
}

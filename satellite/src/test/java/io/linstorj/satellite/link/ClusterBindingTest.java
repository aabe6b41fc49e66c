package io.linstorj.satellite.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.common.trust.ClusterKey;
import io.linstorj.common.trust.ClusterKeyFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterBindingTest {
    private final SecureRandom random = new SecureRandom();
    private final ClusterKey key = ClusterKey.generate(random);

    @TempDir
    Path dataDir;

    @Test
    void dataDirectoryWithoutIdentityIsUnboundAndAdoptsTheFirstCluster() throws Exception {
        ClusterBinding binding = ClusterBinding.load(dataDir, Optional.empty());
        assertThat(binding.key()).isEmpty();

        assertThat(binding.adopt(key)).isTrue();
        assertThat(binding.adopt(ClusterKey.generate(random))).isFalse();

        Path file = dataDir.resolve(ClusterBinding.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(ClusterBinding.load(dataDir, Optional.empty()).key())
                .hasValueSatisfying(
                        remembered -> assertThat(remembered.sameAs(key)).isTrue());
    }

    @Test
    void givenSecretFileBindsAndIsRememberedForLaterStarts() {
        Path secretFile = dataDir.resolve("exported");
        ClusterKeyFile.write(secretFile, key);
        ClusterKeyFile.write(dataDir.resolve(ClusterBinding.FILE_NAME), ClusterKey.generate(random));

        ClusterBinding binding = ClusterBinding.load(dataDir, Optional.of(secretFile));

        assertThat(binding.key().orElseThrow().sameAs(key)).isTrue();
        assertThat(ClusterBinding.load(dataDir, Optional.empty())
                        .key()
                        .orElseThrow()
                        .sameAs(key))
                .isTrue();
    }

    @Test
    void missingSecretFileIsRefusedWithWhereItComesFrom() {
        Path absent = dataDir.resolve("absent");

        assertThatThrownBy(() -> ClusterBinding.load(dataDir, Optional.of(absent)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(absent.toString())
                .hasMessageContaining("--cluster-secret-file");
    }
}

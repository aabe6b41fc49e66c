package io.linstorj.controller.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.common.trust.ClusterKey;
import io.linstorj.common.trust.ClusterKeyFile;
import io.linstorj.controller.persistence.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterIdentityStoreTest {
    private final SecureRandom random = new SecureRandom();

    @TempDir
    Path dir;

    private ClusterKey establish(Optional<Path> file) {
        try (Database database = Database.open(Database.h2Url(dir.resolve("db")), "sa", "")) {
            return new ClusterIdentityStore(database.dataSource(), random).establish(file);
        }
    }

    @Test
    void firstStartCreatesTheClusterAndLaterStartsKeepIt() {
        ClusterKey first = establish(Optional.empty());
        ClusterKey again = establish(Optional.empty());

        assertThat(first.secret()).hasSize(32);
        assertThat(again.sameAs(first)).isTrue();
    }

    @Test
    void keyIsExportedToTheNamedFileOwnerOnly() throws Exception {
        Path file = dir.resolve("export/cluster-secret");

        ClusterKey key = establish(Optional.of(file));

        assertThat(ClusterKeyFile.read(file).orElseThrow().sameAs(key)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(establish(Optional.of(file)).sameAs(key)).isTrue();
    }

    @Test
    void newDatabaseTakesTheKeyOfAnExistingFile() {
        Path file = dir.resolve("cluster-secret");
        ClusterKey made = ClusterKey.generate(random);
        ClusterKeyFile.write(file, made);

        assertThat(establish(Optional.of(file)).sameAs(made)).isTrue();
        assertThat(establish(Optional.empty()).sameAs(made)).isTrue();
    }

    @Test
    void fileOfAnotherClusterIsRefusedWithBothIds() {
        ClusterKey key = establish(Optional.empty());
        Path file = dir.resolve("other");
        ClusterKey other = ClusterKey.generate(random);
        ClusterKeyFile.write(file, other);

        assertThatThrownBy(() -> establish(Optional.of(file)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(key.clusterId())
                .hasMessageContaining(other.clusterId())
                .hasMessageNotContaining(other.encodedSecret());
    }
}

package io.linstorj.satellite.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.satellite.command.ScriptedCommandRunner;
import io.linstorj.satellite.storage.file.FileProvider;
import io.linstorj.satellite.storage.file.LoopSupport;
import io.linstorj.satellite.storage.lvm.LvmProvider;
import io.linstorj.satellite.storage.zfs.ZfsProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorageProviderFactoryTest {

    private static final String KEY = StorageProviderFactory.POOL_NAME_KEY;
    private static final PoolOwner OWNER = PoolOwner.of("alpha");

    private final StorageProviderFactory factory =
            new StorageProviderFactory(new ScriptedCommandRunner(), LoopSupport.disabled("test"));

    @Test
    void poolNameKeyIsLinstorsKey() {
        assertThat(KEY).isEqualTo("StorDriver/StorPoolName");
    }

    @Test
    void everyKindGetsItsProvider() {
        assertThat(factory.create("d", ProviderKind.DISKLESS, Map.of(), OWNER)).isInstanceOf(DisklessProvider.class);
        assertThat(factory.create("f", ProviderKind.FILE, Map.of(KEY, "/srv/pool"), OWNER))
                .isInstanceOf(FileProvider.class)
                .satisfies(p -> assertThat(((FileProvider) p).directory()).isEqualTo(Path.of("/srv/pool")));
        assertThat(factory.create("l", ProviderKind.LVM, Map.of(KEY, "vg0"), OWNER))
                .isInstanceOf(LvmProvider.class);
        assertThat(factory.create("z", ProviderKind.ZFS_THIN, Map.of(KEY, "tank/linstorj"), OWNER))
                .isInstanceOf(ZfsProvider.class);
        for (ProviderKind kind : ProviderKind.values()) {
            String value =
                    kind == ProviderKind.LVM_THIN ? "vg0/thin" : kind.name().startsWith("FILE") ? "/srv/pool" : "tank";
            assertThat(factory.create("p", kind, Map.of(KEY, value), OWNER).kind())
                    .isEqualTo(kind);
        }
    }

    @Test
    void filePoolWithoutDirectoryPropertyIsRefused() {
        assertThatThrownBy(() -> factory.create("pool1", ProviderKind.FILE_THIN, Map.of(), OWNER))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("storage pool 'pool1': the property StorDriver/StorPoolName is" + " missing")
                .hasMessageContaining("linstor storage-pool create filethin <node> pool1")
                .satisfies(e -> assertThat(((StorageException) e).problem().reason())
                        .isEqualTo(StorageProblem.Reason.CONFIGURATION));
    }

    @Test
    void filePoolWithRelativeDirectoryIsRefused() {
        assertThatThrownBy(() -> factory.create("pool1", ProviderKind.FILE, Map.of(KEY, "pools/a"), OWNER))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("'pools/a' is not an absolute directory path");
    }

    @Test
    void lvmThinPoolNeedsVolumeGroupAndThinPool() {
        assertThatThrownBy(() -> factory.create("pool1", ProviderKind.LVM_THIN, Map.of(KEY, "vg0"), OWNER))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("'vg0' is not a volume group and thin pool")
                .hasMessageContaining("vg0/thinpool");
    }

    @Test
    void namesThatWouldReadAsOptionsAreRefused() {
        assertThatThrownBy(() -> factory.create("p", ProviderKind.LVM, Map.of(KEY, "--force"), OWNER))
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> factory.create("p", ProviderKind.ZFS, Map.of(KEY, "-r"), OWNER))
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> factory.create("p", ProviderKind.LVM, Map.of(), OWNER))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("StorDriver/StorPoolName is missing");
    }

    @Test
    void namesAgainstTheToolsRulesAreRefusedBeforeAnyCommandRuns() {
        for (String name : List.of("-rf", "-o", ".", "..", "vg 0", "vg0/", "a".repeat(128))) {
            assertThatThrownBy(() -> factory.create("p", ProviderKind.LVM, Map.of(KEY, name), OWNER))
                    .as(name)
                    .isInstanceOf(StorageException.class);
        }
        for (String name : List.of("vg0/-o", "vg0/..", "-vg/thin")) {
            assertThatThrownBy(() -> factory.create("p", ProviderKind.LVM_THIN, Map.of(KEY, name), OWNER))
                    .as(name)
                    .isInstanceOf(StorageException.class);
        }
        for (String name :
                List.of("tank//x", "tank/", "/tank", "-o", "tank/-x", "tank/..", "mirror", "1tank", "tank\nx")) {
            assertThatThrownBy(() -> factory.create("p", ProviderKind.ZFS, Map.of(KEY, name), OWNER))
                    .as(name)
                    .isInstanceOf(StorageException.class);
        }
        assertThat(factory.create("p", ProviderKind.ZFS, Map.of(KEY, "tank/lin.storj:a-b_c"), OWNER))
                .isNotNull();
        assertThat(factory.create("p", ProviderKind.LVM_THIN, Map.of(KEY, "vg.0+/thin_pool-1"), OWNER))
                .isNotNull();
    }

    @Test
    void fileDirectoryWithControlCharactersOrRootIsRefused() {
        for (String dir : List.of("/srv/pool\n", "/srv/po\nol", "/srv/pool\0x", "/", " /srv/pool")) {
            assertThatThrownBy(() -> factory.create("p", ProviderKind.FILE_THIN, Map.of(KEY, dir), OWNER))
                    .as(dir)
                    .isInstanceOf(StorageException.class)
                    .satisfies(e -> assertThat(((StorageException) e).problem().reason())
                            .isEqualTo(StorageProblem.Reason.CONFIGURATION));
        }
    }

    @Test
    void unknownProviderKindIsNotSupported() {
        assertThatThrownBy(() -> ProviderKind.parse("SPDK"))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("storage provider kind 'SPDK' is not supported")
                .hasMessageContaining("FILE_THIN");
        assertThat(ProviderKind.parse("lvm_thin")).isEqualTo(ProviderKind.LVM_THIN);
    }
}

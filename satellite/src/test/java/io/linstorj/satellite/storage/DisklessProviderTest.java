package io.linstorj.satellite.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisklessProviderTest {

    private final DisklessProvider pool = new DisklessProvider("DfltDisklessStorPool");

    @Test
    void createIsANoopWithoutBackingDisk() {
        VolumeApplied applied = pool.createOrGrow(new VolumeSpec(new VolumeId("web", 0), 1024));

        assertThat(applied.change()).isEqualTo(Change.NOOP);
        assertThat(applied.volume().backingType()).isEqualTo(BackingType.NONE);
        assertThat(applied.volume().backingDisk()).isEmpty();
    }

    @Test
    void deleteIsANoop() {
        assertThat(pool.delete(new VolumeId("web", 0))).isEqualTo(Change.NOOP);
    }

    @Test
    void spaceIsUnlimitedAndThePoolAlwaysUsable() {
        assertThat(pool.capacity().isUnlimited()).isTrue();
        assertThat(pool.check()).isEmpty();
        assertThat(pool.list()).isEmpty();
        assertThat(pool.kind()).isEqualTo(ProviderKind.DISKLESS);
    }
}

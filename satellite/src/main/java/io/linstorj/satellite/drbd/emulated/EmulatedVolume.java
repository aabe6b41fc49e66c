package io.linstorj.satellite.drbd.emulated;

import io.linstorj.satellite.drbd.DiskState;
import io.linstorj.satellite.drbd.DrbdReplica;
import io.linstorj.satellite.drbd.DrbdVolume;
import io.linstorj.satellite.drbd.InitialSync;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The emulated state of one local volume: its disk state and, while it is Inconsistent, the
 * resync it receives from a diskful peer. Mutable; only touched under the driver's lock.
 */
final class EmulatedVolume {
    private final int number;
    private final int minor;
    private long sizeKib;
    private DiskState disk;
    private OptionalInt syncSource = OptionalInt.empty();
    private boolean syncStarted;
    private double syncedKib;
    private Instant lastProgress;

    private EmulatedVolume(DrbdVolume volume, DiskState disk, Instant now) {
        this.number = volume.number();
        this.minor = volume.minor();
        this.sizeKib = volume.sizeKib();
        this.disk = disk;
        this.lastProgress = now;
    }

    /**
     * A volume that just appeared: Diskless on a diskless replica, UpToDate when no replica holds
     * data yet ({@link InitialSync.Skip}), else Inconsistent, syncing from a diskful peer.
     */
    static EmulatedVolume appeared(DrbdVolume volume, boolean localDiskless, List<DrbdReplica> peers, Instant now) {
        if (localDiskless) {
            return new EmulatedVolume(volume, DiskState.DISKLESS, now);
        }
        if (volume.initialSync() instanceof InitialSync.Skip) {
            return new EmulatedVolume(volume, DiskState.UP_TO_DATE, now);
        }
        EmulatedVolume inconsistent = new EmulatedVolume(volume, DiskState.INCONSISTENT, now);
        inconsistent.chooseSyncSource(peers, now);
        return inconsistent;
    }

    int number() {
        return number;
    }

    int minor() {
        return minor;
    }

    DiskState disk() {
        return disk;
    }

    OptionalInt syncSource() {
        return syncSource;
    }

    /** Whether the resync shows as running (SyncTarget) rather than about to start. */
    boolean syncStarted() {
        return syncStarted;
    }

    boolean isSyncing() {
        return disk == DiskState.INCONSISTENT && syncSource.isPresent();
    }

    /** How far the resync is, 0 to 100 with two decimals, while it shows as running. */
    OptionalDouble donePercent() {
        if (!syncStarted) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.floor(syncedKib * 10_000.0 / sizeKib) / 100.0);
    }

    void resize(long newSizeKib) {
        sizeKib = newSizeKib;
    }

    /** Drops the disk: the replica became diskless. */
    void detach() {
        disk = DiskState.DISKLESS;
        syncSource = OptionalInt.empty();
        syncStarted = false;
    }

    /** Keeps syncing from the current source if it is still a diskful peer, else picks another. */
    void chooseSyncSource(List<DrbdReplica> peers, Instant now) {
        if (disk != DiskState.INCONSISTENT) {
            return;
        }
        boolean sourceStays = syncSource.isPresent()
                && peers.stream().anyMatch(peer -> !peer.diskless() && peer.nodeId() == syncSource.getAsInt());
        if (sourceStays) {
            return;
        }
        syncSource = peers.stream()
                .filter(peer -> !peer.diskless())
                .mapToInt(DrbdReplica::nodeId)
                .min();
        syncStarted = false;
        lastProgress = now;
    }

    /** Advances a running resync to {@code now} at {@code rateKibPerSecond}. */
    void progress(Instant now, long rateKibPerSecond) {
        if (!isSyncing()) {
            return;
        }
        double seconds = Duration.between(lastProgress, now).toNanos() / 1e9;
        syncedKib += rateKibPerSecond * Math.max(0, seconds);
        lastProgress = now;
        syncStarted = true;
        if (syncedKib >= sizeKib) {
            becomeUpToDate();
        }
    }

    /** Ends any resync with the disk UpToDate (a finished sync, or a forced promotion). */
    void becomeUpToDate() {
        disk = DiskState.UP_TO_DATE;
        syncSource = OptionalInt.empty();
        syncStarted = false;
    }
}

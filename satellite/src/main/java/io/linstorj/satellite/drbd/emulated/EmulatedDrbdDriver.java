package io.linstorj.satellite.drbd.emulated;

import io.linstorj.satellite.drbd.DrbdApplyResult;
import io.linstorj.satellite.drbd.DrbdDriver;
import io.linstorj.satellite.drbd.DrbdException;
import io.linstorj.satellite.drbd.DrbdResource;
import io.linstorj.satellite.drbd.DrbdResourceState;
import io.linstorj.satellite.drbd.DrbdStateListener;
import io.linstorj.satellite.drbd.DrbdStateListeners;
import io.linstorj.satellite.drbd.InitialSync;
import io.linstorj.satellite.drbd.ResFileWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An EMULATED DRBD driver, for machines without a DRBD 9 kernel module: it writes the same
 * configuration files as the real driver and goes through the same states, but creates no
 * device and replicates no data.
 *
 * <p>The state machine, per local volume:
 * <ul>
 *   <li>on a diskless replica: Diskless;</li>
 *   <li>on a diskful replica whose volume no replica holds data of yet
 *       ({@link InitialSync.Skip}, decided by the controller): UpToDate at once, so a resource
 *       created on N diskful nodes together ends N times UpToDate;</li>
 *   <li>on a diskful replica added while a diskful peer holds the data
 *       ({@link InitialSync.FromPeer}): Inconsistent, then SyncTarget towards the diskful peer
 *       with the lowest node id, progressing at the configured rate against the volume's size at
 *       each tick, then UpToDate; without a diskful peer it stays Inconsistent, as DRBD would;</li>
 *   <li>growing a volume keeps its state; {@link #down} forgets the resource.</li>
 * </ul>
 * Peers show as Connected. The emulation cannot see other nodes, so it does not enforce
 * {@code allow-two-primaries}.
 */
public final class EmulatedDrbdDriver implements DrbdDriver {
    private static final Logger LOG = LoggerFactory.getLogger(EmulatedDrbdDriver.class);

    private final ResFileWriter writer;
    private final EmulatedDrbdSettings settings;
    private final EmulationClock clock;
    private final DrbdStateListeners listeners = new DrbdStateListeners();
    private final Map<String, EmulatedResource> resources = new HashMap<>();
    private final Set<String> suspended = new HashSet<>();
    private EmulationClock.Scheduled nextTick;
    private final String reason;
    private boolean closed;

    /** Creates the driver for a machine without DRBD 9 and logs a warning that DRBD is emulated. */
    public EmulatedDrbdDriver(ResFileWriter writer, EmulatedDrbdSettings settings, EmulationClock clock) {
        this(writer, settings, clock, "no DRBD 9 kernel module loaded");
    }

    /**
     * Creates the driver and logs a warning that DRBD is emulated, and why.
     *
     * @param writer where the configuration files go (written for inspection; nothing reads them)
     * @param settings the emulated sync rate and tick
     * @param clock time and scheduling; {@link SystemEmulationClock} outside tests
     * @param reason why DRBD is emulated here, for the log and {@link #description()}
     */
    public EmulatedDrbdDriver(
            ResFileWriter writer, EmulatedDrbdSettings settings, EmulationClock clock, String reason) {
        this.writer = writer;
        this.settings = settings;
        this.clock = clock;
        this.reason = reason;
        LOG.warn("Using the EMULATED DRBD driver ({}); no data is replicated", reason);
    }

    @Override
    public String name() {
        return "emulated";
    }

    @Override
    public String description() {
        return "emulated DRBD (" + reason + "): states are simulated, no device is "
                + "created and no data is replicated";
    }

    @Override
    public boolean isEmulated() {
        return true;
    }

    @Override
    public synchronized void start() {
        writer.writeMainFile();
    }

    @Override
    public synchronized DrbdApplyResult adjust(DrbdResource resource) {
        writer.write(resource);
        EmulatedResource current = resources.get(resource.name());
        if (current == null) {
            EmulatedResource created = new EmulatedResource(resource, clock.now());
            resources.put(resource.name(), created);
            listeners.changed(created.snapshot());
            keepTicking();
            return DrbdApplyResult.CREATED;
        }
        DrbdResourceState before = current.snapshot();
        boolean changed = current.update(resource, clock.now());
        publishIfChanged(current, before);
        keepTicking();
        return changed ? DrbdApplyResult.UPDATED : DrbdApplyResult.NOOP;
    }

    @Override
    public synchronized DrbdApplyResult down(String resourceName) {
        boolean hadFile = writer.delete(resourceName);
        suspended.remove(resourceName);
        if (resources.remove(resourceName) == null) {
            return hadFile ? DrbdApplyResult.DELETED : DrbdApplyResult.NOOP;
        }
        listeners.removed(resourceName);
        return DrbdApplyResult.DELETED;
    }

    /**
     * Marks the resource's I/O suspended. The emulation has no I/O path of its own (a test writes
     * the backing file directly), so this only records the state, which {@link #isIoSuspended}
     * tells, as the kernel's "suspended" flag would.
     */
    @Override
    public synchronized void suspendIo(String resourceName) {
        running(resourceName);
        suspended.add(resourceName);
    }

    @Override
    public synchronized void resumeIo(String resourceName) {
        suspended.remove(resourceName);
    }

    /** True between {@link #suspendIo} and {@link #resumeIo} of the resource. */
    public synchronized boolean isIoSuspended(String resourceName) {
        return suspended.contains(resourceName);
    }

    @Override
    public synchronized void primary(String resourceName, boolean force) {
        EmulatedResource resource = running(resourceName);
        DrbdResourceState before = resource.snapshot();
        resource.promote(force);
        publishIfChanged(resource, before);
    }

    @Override
    public synchronized void secondary(String resourceName) {
        EmulatedResource resource = running(resourceName);
        DrbdResourceState before = resource.snapshot();
        resource.demote();
        publishIfChanged(resource, before);
    }

    @Override
    public synchronized void resize(DrbdResource resource, int volumeNumber) {
        EmulatedResource current = running(resource.name());
        long sizeKib = resource.volume(volumeNumber)
                .orElseThrow(() ->
                        new IllegalArgumentException("resource " + resource.name() + " has no volume " + volumeNumber))
                .sizeKib();
        writer.write(resource);
        DrbdResourceState before = current.snapshot();
        current.resize(volumeNumber, sizeKib);
        publishIfChanged(current, before);
    }

    @Override
    public synchronized Map<String, DrbdResourceState> states() {
        Map<String, DrbdResourceState> states = new TreeMap<>();
        resources.forEach((name, resource) -> states.put(name, resource.snapshot()));
        return states;
    }

    @Override
    public void addStateListener(DrbdStateListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeStateListener(DrbdStateListener listener) {
        listeners.remove(listener);
    }

    /** Stops the sync ticks; the emulated states stay readable. */
    @Override
    public synchronized void close() {
        closed = true;
        if (nextTick != null) {
            nextTick.cancel();
            nextTick = null;
        }
    }

    private EmulatedResource running(String resourceName) {
        EmulatedResource resource = resources.get(resourceName);
        if (resource == null) {
            throw new DrbdException("DRBD resource " + resourceName + " is not up on this node");
        }
        return resource;
    }

    private synchronized void tick() {
        nextTick = null;
        if (closed) {
            return;
        }
        for (EmulatedResource resource : resources.values()) {
            DrbdResourceState before = resource.snapshot();
            resource.progress(clock.now(), settings.syncRateKibPerSecond());
            publishIfChanged(resource, before);
        }
        keepTicking();
    }

    private void keepTicking() {
        boolean syncing = resources.values().stream().anyMatch(EmulatedResource::isSyncing);
        if (syncing && nextTick == null && !closed) {
            nextTick = clock.schedule(settings.tickInterval(), this::tick);
        }
    }

    private void publishIfChanged(EmulatedResource resource, DrbdResourceState before) {
        DrbdResourceState after = resource.snapshot();
        if (!after.equals(before)) {
            listeners.changed(after);
        }
    }
}

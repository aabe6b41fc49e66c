package io.linstorj.satellite.drbd;

import java.util.Map;
import java.util.Optional;

/**
 * Realises DRBD resources on the local node and reports their observed states.
 *
 * <p>A reconciler calls {@link #adjust} with the full desired configuration of each resource,
 * as often as it likes: the driver converges (brings the resource up, attaches, connects, adds
 * or removes peers and volumes) and does nothing when all is as desired. {@link #down} is the
 * converse for a resource that is no longer desired. States arrive at the listeners as snapshots
 * per resource and are readable at any time through {@link #states()}.
 * <pre>{@code
 * DrbdKernelProbe probe = new SystemDrbdKernelProbe();
 * ResFileWriter writer = new ResFileWriter(dataDir.resolve("drbd.d"), new ResFileRenderer());
 * DrbdDriver driver = new DrbdDriverSelector(probe).select(DrbdDriverChoice.AUTO,
 *     () -> RealDrbdDriver.create(writer, probe.kernelModuleVersion().orElseThrow()),
 *     reason -> new EmulatedDrbdDriver(writer, EmulatedDrbdSettings.defaults(), new SystemEmulationClock(), reason));
 * driver.addStateListener(reporter);
 * driver.start();
 * driver.adjust(resource);          // after the storage layer created the backing disks
 * driver.down("rsc1");              // before the storage layer deletes them
 * }</pre>
 * Implementations are thread-safe.
 */
public interface DrbdDriver extends AutoCloseable {
    /** A short name for logs and reports: {@code "drbd9"} or {@code "emulated"}. */
    String name();

    /** One line saying what this driver is and, for the emulated one, that nothing is replicated. */
    String description();

    /** Whether this driver emulates DRBD instead of driving the kernel module. */
    boolean isEmulated();

    /** Starts observing states; call once, after adding the first listeners. */
    void start();

    /**
     * Converges the resource to {@code resource}: writes its configuration, creates missing
     * metadata and brings it up, or adjusts it if it runs. Idempotent.
     *
     * @return {@link DrbdApplyResult#CREATED} if it was not up, {@link DrbdApplyResult#UPDATED} if
     *     its configuration changed, else {@link DrbdApplyResult#NOOP}
     * @throws DrbdException if DRBD refused; the resource may be partly adjusted, and the next
     *     call tries again
     */
    DrbdApplyResult adjust(DrbdResource resource);

    /**
     * Takes the resource down and removes its configuration. Idempotent.
     *
     * @return {@link DrbdApplyResult#DELETED}, or {@link DrbdApplyResult#NOOP} if it was not up
     * @throws DrbdException if DRBD refused (e.g. the device is open)
     */
    DrbdApplyResult down(String resourceName);

    /**
     * Promotes the local replica to Primary.
     *
     * @param force promote even without up-to-date data (DRBD's {@code --force}), only for the
     *     very first promotion of data that is known to be good
     * @throws DrbdException if DRBD refused, e.g. no up-to-date data or another Primary
     */
    void primary(String resourceName, boolean force);

    /**
     * Demotes the local replica to Secondary.
     *
     * @throws DrbdException if DRBD refused, e.g. the device is open
     */
    void secondary(String resourceName);

    /**
     * Makes DRBD use the new size of one volume after its backing disks grew; {@code resource}
     * carries the new size.
     *
     * @throws DrbdException if DRBD refused
     */
    void resize(DrbdResource resource, int volumeNumber);

    /**
     * Suspends I/O on a running resource, so that a storage snapshot taken next is of one point
     * in time: new requests wait until {@link #resumeIo}. Every call must be followed by
     * {@link #resumeIo}, on failure too.
     *
     * @throws DrbdException if DRBD refused or the resource is not running
     */
    void suspendIo(String resourceName);

    /**
     * Resumes I/O suspended by {@link #suspendIo}; a no-op for a resource whose I/O runs.
     *
     * @throws DrbdException if DRBD refused
     */
    void resumeIo(String resourceName);

    /** The observed state of every resource the driver knows, by name. */
    Map<String, DrbdResourceState> states();

    /** The observed state of one resource, if the driver knows it. */
    default Optional<DrbdResourceState> state(String resourceName) {
        return Optional.ofNullable(states().get(resourceName));
    }

    /** Adds a listener; it receives changes from then on. */
    void addStateListener(DrbdStateListener listener);

    /** Removes a listener added before. */
    void removeStateListener(DrbdStateListener listener);

    /** Stops observing and releases threads and processes; resources stay as they are. */
    @Override
    void close();
}

package io.linstorj.client;

import io.linstorj.client.internal.ResourceReader;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A volume of a high-level {@link Resource}: its size and, once the resource is deployed, what the
 * satellites observe of it.
 *
 * <pre>{@code
 * Resource foo = new Resource("foo", "linstor://127.0.0.1");
 * foo.getVolumes().put(1, new Volume("1 GiB")); // foo exists: volume definition 1 is created at once
 * Volume volume = foo.getVolumes().get(1);
 * volume.setSize(volume.getSize() + 512 * 1024 * 1024); // grows it by 512 MiB
 * System.out.println(volume.getDevicePath() + " on " + volume.getBackingDisk());
 * }</pre>
 *
 * <p>Sizes are in bytes; the controller keeps KiB, so a size is rounded up to whole KiB. A volume
 * belongs to at most one resource's {@link Resource#getVolumes()}. Which replica the observed
 * facts come from: {@link #getBackingDisk()} and {@link #getDiskState()} from the first diskful
 * replica by node name that reported one; {@link #getDevicePath()} from the first replica that
 * reported one (DRBD's device path is the same on every node); the {@code (node)} variants from
 * that node's replica. They are null for a volume not yet on the controller, and until reported.
 *
 * <p>Not thread-safe, like its resource.
 */
public final class Volume {
    private long sizeBytes;
    private @Nullable Resource resource;
    private int volumeNumber;
    private boolean definedOnController;

    /**
     * A volume of {@code size}, e.g. "20 MiB" ({@link SizeCalc} units).
     *
     * @throws IllegalArgumentException if the size does not parse or is zero
     */
    public Volume(String size) {
        this(SizeCalc.parseBytes(size));
    }

    /**
     * A volume of {@code sizeBytes} bytes.
     *
     * @throws IllegalArgumentException if the size is not positive
     */
    public Volume(long sizeBytes) {
        this.sizeBytes = requirePositive(sizeBytes);
    }

    /**
     * The size in bytes: as the controller has it (asked afresh) once the volume is defined
     * there, else as set.
     *
     * @throws LinstorError if the controller cannot be reached or no longer has the volume
     */
    public long getSize() {
        if (isDefinedOnController()) {
            sizeBytes = SizeCalc.kibToBytes(owner().readVolumeSizeKib(volumeNumber));
        }
        return sizeBytes;
    }

    /**
     * Sets the size, e.g. "30 MiB"; see {@link #setSize(long)}.
     *
     * @throws IllegalArgumentException if the size does not parse or is zero
     */
    public void setSize(String size) {
        setSize(SizeCalc.parseBytes(size));
    }

    /**
     * Sets the size in bytes. A volume defined on the controller is resized there at once; it can
     * only grow: a smaller size is refused before any change.
     *
     * @throws IllegalArgumentException if the size is not positive
     * @throws LinstorError if the size is smaller than the volume's (no call made when it is
     *     smaller than the size last known here); if the controller refused the resize
     */
    public void setSize(long sizeBytes) {
        requirePositive(sizeBytes);
        if (isDefinedOnController()) {
            Resource owner = owner();
            if (SizeCalc.bytesToKib(sizeBytes) < SizeCalc.bytesToKib(this.sizeBytes)) {
                throw owner.shrinkRefused(volumeNumber, this.sizeBytes, sizeBytes);
            }
            owner.growVolume(volumeNumber, sizeBytes);
        }
        this.sizeBytes = sizeBytes;
    }

    /** The volume's number in its resource; null while it is in no resource's map. */
    public @Nullable Integer getVolumeNumber() {
        return resource == null ? null : volumeNumber;
    }

    /** The DRBD minor number the controller assigned; null before the volume is defined there. */
    public @Nullable Integer getMinor() {
        if (!isDefinedOnController()) {
            return null;
        }
        return owner().read(reader -> reader.volumeDefinition(volumeNumber))
                .filter(definition -> definition.minorNumber().isPresent())
                .map(definition -> definition.minorNumber().getAsInt())
                .orElse(null);
    }

    /** The backing disk (device or file) of the first diskful replica by node name that reported one. */
    public @Nullable String getBackingDisk() {
        return observed(VolumeInfo::backingDisk, null, true);
    }

    /** The backing disk of the replica on {@code node}; null for a diskless one. */
    public @Nullable String getBackingDisk(String node) {
        return observed(VolumeInfo::backingDisk, node, false);
    }

    /** The DRBD device path, e.g. {@code /dev/drbd1000}: the same on every node. */
    public @Nullable String getDevicePath() {
        return observed(VolumeInfo::devicePath, null, false);
    }

    /** The disk state (e.g. {@code UpToDate}) of the first diskful replica by node name that reported one. */
    public @Nullable String getDiskState() {
        return observed(VolumeInfo::diskState, null, true);
    }

    /** The disk state of the replica on {@code node}, e.g. {@code Diskless}. */
    public @Nullable String getDiskState(String node) {
        return observed(VolumeInfo::diskState, node, false);
    }

    @Override
    public String toString() {
        return "Volume{number=" + getVolumeNumber() + ", size=" + SizeCalc.format(sizeBytes) + ", defined="
                + definedOnController + "}";
    }

    // --- for Resource and ResourceVolumes ---

    long localSize() {
        return sizeBytes;
    }

    boolean isDefinedOnController() {
        return resource != null && definedOnController;
    }

    void requireUnattached() {
        if (resource != null) {
            throw new IllegalStateException("this volume is volume " + volumeNumber + " of resource '"
                    + resource.getName() + "' already; create a new Volume");
        }
    }

    void attach(Resource owner, int number, boolean defined) {
        this.resource = owner;
        this.volumeNumber = number;
        this.definedOnController = defined;
    }

    void detach() {
        this.resource = null;
        this.definedOnController = false;
    }

    void markDefined(boolean defined) {
        this.definedOnController = defined;
    }

    void updateFromController(long controllerSizeBytes) {
        this.sizeBytes = controllerSizeBytes;
        this.definedOnController = true;
    }

    private Resource owner() {
        Resource owner = resource;
        if (owner == null) {
            throw new IllegalStateException("this volume is in no resource");
        }
        return owner;
    }

    private @Nullable String observed(Function<VolumeInfo, String> field, @Nullable String node, boolean diskfulOnly) {
        if (!isDefinedOnController()) {
            return null;
        }
        List<ResourceInfo> replicas = owner().read(ResourceReader::replicas);
        for (ResourceInfo replica : replicas) {
            if ((node != null && !node.equals(replica.nodeName())) || (diskfulOnly && replica.isDiskless())) {
                continue;
            }
            String value =
                    ResourceReader.volumeOf(replica, volumeNumber).map(field).orElse("");
            if (!value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    private static long requirePositive(long sizeBytes) {
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("a volume's size must be positive: " + sizeBytes + " bytes");
        }
        return sizeBytes;
    }
}

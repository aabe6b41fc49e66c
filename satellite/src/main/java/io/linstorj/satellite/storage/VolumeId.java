package io.linstorj.satellite.storage;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The identity of a volume on a node: its resource's name and its volume number.
 *
 * <p>Every provider names the volume's storage after it, as LINSTOR does:
 * <pre>{@code
 * new VolumeId("pvc-1", 0).storageName();            // "pvc-1_00000"
 * VolumeId.parseStorageName("pvc-1_00000");           // Optional[VolumeId[pvc-1, 0]]
 * }</pre>
 *
 * @param resourceName the resource's name (LINSTOR's rule: a letter or '_' first, then letters,
 *     digits, '_' and '-', at most 48 characters)
 * @param volumeNumber the volume number, 0 to 65535
 */
public record VolumeId(String resourceName, int volumeNumber) {

    /** The largest volume number. */
    public static final int MAX_VOLUME_NUMBER = 65535;

    private static final Pattern RESOURCE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,47}");
    private static final Pattern STORAGE_NAME = Pattern.compile("(" + RESOURCE_NAME.pattern() + ")_([0-9]{5})");

    /** Creates an identity; rejects a resource name or volume number LINSTOR would reject. */
    public VolumeId {
        if (resourceName == null || !RESOURCE_NAME.matcher(resourceName).matches()) {
            throw new IllegalArgumentException("invalid resource name '" + resourceName
                    + "': it must start with a letter or '_' and hold at most 48 letters, digits, '_'"
                    + " or '-'");
        }
        if (volumeNumber < 0 || volumeNumber > MAX_VOLUME_NUMBER) {
            throw new IllegalArgumentException("volume number " + volumeNumber + " is outside 0.." + MAX_VOLUME_NUMBER);
        }
    }

    /** Returns the name of this volume's storage: {@code <resource>_<volume number, 5 digits>}. */
    public String storageName() {
        return String.format("%s_%05d", resourceName, volumeNumber);
    }

    /**
     * Returns the volume a storage name stands for, or empty if the name is not of the form
     * {@link #storageName()} produces (so it was not made for a LinstorJ volume).
     */
    public static Optional<VolumeId> parseStorageName(String storageName) {
        var matcher = STORAGE_NAME.matcher(storageName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(matcher.group(2));
        if (number > MAX_VOLUME_NUMBER) {
            return Optional.empty();
        }
        return Optional.of(new VolumeId(matcher.group(1), number));
    }

    @Override
    public String toString() {
        return resourceName + "/" + volumeNumber;
    }
}

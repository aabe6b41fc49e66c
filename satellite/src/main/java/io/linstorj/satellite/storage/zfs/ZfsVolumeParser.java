package io.linstorj.satellite.storage.zfs;

import io.linstorj.satellite.storage.OutputFields;
import java.util.List;

/**
 * Parses the output of {@code zfs list -H -p -t volume -o name,volsize,volblocksize,linstorj:pool}:
 * tab-separated, sizes in bytes, "-" for an unset property.
 *
 * <pre>
 * tank/web_00000	104857600	16384	pool1
 * tank/swap	2147483648	8192	-
 * </pre>
 */
public final class ZfsVolumeParser {

    /** The user property that names the storage pool that created a zvol. */
    public static final String OWNER_PROPERTY = "linstorj:pool";

    /** The columns this parser reads, in order, for zfs list's {@code -o}. */
    public static final String COLUMNS = "name,volsize,volblocksize," + OWNER_PROPERTY;

    /**
     * Returns the volumes in {@code output} (none for an empty output).
     *
     * @throws IllegalArgumentException naming the line if the output is not of this format
     */
    public List<ZfsVolumeInfo> parse(String output) {
        return OutputFields.split("zfs list", output, "\t", 4).stream()
                .map(fields -> new ZfsVolumeInfo(
                        fields.get(0),
                        OutputFields.bytesToKib("zfs list", fields.get(1)),
                        Math.max(1, OutputFields.bytesToKib("zfs list", fields.get(2))),
                        fields.get(3)))
                .toList();
    }
}

package io.linstorj.satellite.storage.zfs;

import io.linstorj.satellite.storage.OutputFields;
import java.util.List;

/**
 * Parses the output of {@code zfs list -H -p -o name,used,available}: tab-separated, sizes in
 * bytes.
 *
 * <pre>
 * tank	1275068416	9443057664
 * </pre>
 */
public final class ZfsSpaceParser {

    /** The columns this parser reads, in order, for zfs list's {@code -o}. */
    public static final String COLUMNS = "name,used,available";

    /**
     * Returns the datasets in {@code output} (none for an empty output).
     *
     * @throws IllegalArgumentException naming the line if the output is not of this format
     */
    public List<ZfsSpace> parse(String output) {
        return OutputFields.split("zfs list", output, "\t", 3).stream()
                .map(fields -> new ZfsSpace(
                        fields.get(0),
                        OutputFields.bytesToKib("zfs list", fields.get(1)),
                        OutputFields.bytesToKib("zfs list", fields.get(2))))
                .toList();
    }
}

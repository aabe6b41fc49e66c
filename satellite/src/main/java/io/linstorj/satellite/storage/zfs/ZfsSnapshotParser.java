package io.linstorj.satellite.storage.zfs;

import io.linstorj.satellite.storage.OutputFields;
import java.util.Arrays;
import java.util.List;

/**
 * Parses the output of {@code zfs list -H -p -t snapshot -o name,clones,linstorj:snapshot}:
 * tab-separated, clones separated by commas (an empty field or "-" when there are none), "-" for
 * an unset property.
 *
 * <pre>
 * tank/web_00000@s1	tank/copy_00000	pool1
 * tank/web_00000@s2		pool1
 * tank/web_00000@hourly		-
 * </pre>
 */
public final class ZfsSnapshotParser {

    /** The user property that names the storage pool that took a snapshot. */
    public static final String OWNER_PROPERTY = "linstorj:snapshot";

    /** The columns this parser reads, in order, for zfs list's {@code -o}; the last is never empty. */
    public static final String COLUMNS = "name,clones," + OWNER_PROPERTY;

    /**
     * Returns the snapshots in {@code output} (none for an empty output).
     *
     * @throws IllegalArgumentException naming the line if the output is not of this format
     */
    public List<ZfsSnapshotInfo> parse(String output) {
        return OutputFields.split("zfs list", output, "\t", 3).stream()
                .map(fields -> new ZfsSnapshotInfo(fields.get(0), clones(fields.get(1)), fields.get(2)))
                .toList();
    }

    private static List<String> clones(String field) {
        if (field.isEmpty() || field.equals("-")) {
            return List.of();
        }
        return Arrays.stream(field.split(","))
                .map(String::strip)
                .filter(clone -> !clone.isEmpty())
                .toList();
    }
}

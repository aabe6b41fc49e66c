package io.linstorj.satellite.storage.lvm;

import io.linstorj.satellite.storage.OutputFields;
import java.util.List;

/**
 * Parses the output of {@code vgs --noheadings --units k --nosuffix --separator ';'
 * -o vg_name,vg_extent_size,vg_size,vg_free}.
 *
 * <pre>
 *   vg0;4096.00;20967424.00;10481664.00
 * </pre>
 */
public final class VgsParser {

    /** The columns this parser reads, in order, for vgs's {@code -o}. */
    public static final String COLUMNS = "vg_name,vg_extent_size,vg_size,vg_free";

    /**
     * Returns the volume groups in {@code output} (none for an empty output).
     *
     * @throws IllegalArgumentException naming the line if the output is not of this format
     */
    public List<VolumeGroupInfo> parse(String output) {
        return OutputFields.split("vgs", output, ";", 4).stream()
                .map(fields -> new VolumeGroupInfo(
                        fields.get(0),
                        OutputFields.kib("vgs", fields.get(1)),
                        OutputFields.kib("vgs", fields.get(2)),
                        OutputFields.kib("vgs", fields.get(3))))
                .toList();
    }
}

package io.linstorj.satellite.storage.lvm;

import io.linstorj.satellite.storage.OutputFields;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Parses the output of {@code lvs --noheadings --units k --nosuffix --separator ';'
 * -o lv_name,lv_attr,lv_size,lv_tags,pool_lv,data_percent}.
 *
 * <pre>
 *   thin;twi-aotz--;10485760.00;;;3.52
 *   web_00000;Vwi-a-tz--;102400.00;linstorj_pool=pool1;thin;12.50
 * </pre>
 * Tags are separated by commas; empty fields stay empty.
 */
public final class LvsParser {

    /** The columns this parser reads, in order, for lvs's {@code -o}. */
    public static final String COLUMNS = "lv_name,lv_attr,lv_size,lv_tags,pool_lv,data_percent";

    /**
     * Returns the logical volumes in {@code output} (none for an empty output).
     *
     * @throws IllegalArgumentException naming the line if the output is not of this format
     */
    public List<LogicalVolumeInfo> parse(String output) {
        return OutputFields.split("lvs", output, ";", 6).stream()
                .map(fields -> new LogicalVolumeInfo(
                        fields.get(0),
                        fields.get(1),
                        OutputFields.kib("lvs", fields.get(2)),
                        tags(fields.get(3)),
                        fields.get(4),
                        fields.get(5).isEmpty()
                                ? Optional.empty()
                                : Optional.of(OutputFields.decimal("lvs", fields.get(5)))))
                .toList();
    }

    private static List<String> tags(String field) {
        if (field.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(field.split(",")).map(String::strip).toList();
    }
}

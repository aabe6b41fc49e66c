package io.linstorj.satellite.storage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the machine-readable output of storage tools (lvs, vgs, zfs list) into records of fields.
 *
 * <p>Blank lines are skipped and every field is trimmed, because the tools pad their output.
 */
public final class OutputFields {

    private OutputFields() {}

    /**
     * Returns the non-blank lines of {@code output}, each split at {@code separator} into exactly
     * {@code columns} trimmed fields.
     *
     * @throws IllegalArgumentException naming the tool and the line if a line has another number of
     *     fields
     */
    public static List<List<String>> split(String tool, String output, String separator, int columns) {
        var records = new ArrayList<List<String>>();
        for (String line : output.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.strip().split(Pattern.quote(separator), -1);
            if (fields.length != columns) {
                throw new IllegalArgumentException("unexpected output line from " + tool + " (expected " + columns
                        + " fields, found " + fields.length + "): '" + line.strip() + "'");
            }
            var record = new ArrayList<String>(columns);
            for (String field : fields) {
                record.add(field.strip());
            }
            records.add(List.copyOf(record));
        }
        return List.copyOf(records);
    }

    /**
     * Returns a size field in KiB ("102400.00" or "102400"), rounded to the nearest KiB.
     *
     * @throws IllegalArgumentException naming the tool if it is not a non-negative number
     */
    public static long kib(String tool, String field) {
        return wholeNumber(tool, field, RoundingMode.HALF_UP);
    }

    /** Returns a size field given in bytes as KiB, rounded down. */
    public static long bytesToKib(String tool, String field) {
        return wholeNumber(tool, field, RoundingMode.DOWN) / 1024;
    }

    /**
     * Returns a decimal field ("12.34").
     *
     * @throws IllegalArgumentException naming the tool if it is not a number
     */
    public static BigDecimal decimal(String tool, String field) {
        try {
            return new BigDecimal(field);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unexpected number from " + tool + ": '" + field + "'", e);
        }
    }

    private static long wholeNumber(String tool, String field, RoundingMode rounding) {
        BigDecimal value = decimal(tool, field);
        if (value.signum() < 0) {
            throw new IllegalArgumentException("unexpected negative size from " + tool + ": " + field);
        }
        return value.setScale(0, rounding).longValueExact();
    }
}

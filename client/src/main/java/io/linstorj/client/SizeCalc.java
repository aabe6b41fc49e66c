package io.linstorj.client;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes as people write them ("20 MiB") converted to bytes or KiB, and back.
 *
 * <p>Units, as LINSTOR accepts them, case-insensitive:
 * <ul>
 *   <li>binary: {@code B}, {@code KiB}, {@code MiB}, {@code GiB}, {@code TiB}, {@code PiB}, and the
 *       one-letter shorthands {@code K}, {@code M}, {@code G}, {@code T}, {@code P} for the same;</li>
 *   <li>SI (powers of 1000): {@code kB}, {@code MB}, {@code GB}, {@code TB}, {@code PB};</li>
 *   <li>no unit: bytes.</li>
 * </ul>
 * A number may have a fraction ("1.5 GiB") and a space before its unit; a result that is not a
 * whole number of bytes is rounded up. Sizes in KiB (what the controller takes) are rounded up to
 * whole KiB.
 *
 * <pre>{@code
 * long bytes = SizeCalc.parseBytes("20 MiB");  // 20971520
 * long kib = SizeCalc.parseKib("20 MiB");      // 20480
 * String text = SizeCalc.format(bytes);        // "20 MiB"
 * }</pre>
 */
public final class SizeCalc {
    /** Bytes in a KiB. */
    public static final long KIB = 1024L;

    private static final Pattern SIZE = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*([a-zA-Z]*)\\s*");
    private static final Map<String, Long> UNITS = Map.ofEntries(
            Map.entry("", 1L),
            Map.entry("b", 1L),
            Map.entry("k", KIB),
            Map.entry("kib", KIB),
            Map.entry("m", KIB << 10),
            Map.entry("mib", KIB << 10),
            Map.entry("g", KIB << 20),
            Map.entry("gib", KIB << 20),
            Map.entry("t", KIB << 30),
            Map.entry("tib", KIB << 30),
            Map.entry("p", KIB << 40),
            Map.entry("pib", KIB << 40),
            Map.entry("kb", 1000L),
            Map.entry("mb", 1000_000L),
            Map.entry("gb", 1000_000_000L),
            Map.entry("tb", 1000_000_000_000L),
            Map.entry("pb", 1000_000_000_000_000L));
    private static final String[] BINARY_UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB"};
    private static final BigDecimal MAX_LONG = BigDecimal.valueOf(Long.MAX_VALUE);

    private SizeCalc() {}

    /**
     * Parses a size into bytes, rounding a fraction of a byte up.
     *
     * @throws IllegalArgumentException if {@code size} is not a non-negative number with a known
     *     unit, or exceeds {@link Long#MAX_VALUE} bytes
     */
    public static long parseBytes(String size) {
        Matcher matcher = SIZE.matcher(size);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    size.strip().startsWith("-")
                            ? "size must not be negative: '" + size + "'"
                            : "cannot parse size '" + size + "': expected a number with an optional unit "
                                    + "(B, K/KiB, M/MiB, G/GiB, T/TiB, P/PiB, kB, MB, GB, TB, PB)");
        }
        Long unit = UNITS.get(matcher.group(2).toLowerCase(Locale.ROOT));
        if (unit == null) {
            throw new IllegalArgumentException("unknown size unit '" + matcher.group(2) + "' in '" + size
                    + "': use B, K/KiB, M/MiB, G/GiB, T/TiB, P/PiB (binary) or kB, MB, GB, TB, PB (SI)");
        }
        BigDecimal bytes = new BigDecimal(matcher.group(1))
                .multiply(BigDecimal.valueOf(unit))
                .setScale(0, RoundingMode.CEILING);
        if (bytes.compareTo(MAX_LONG) > 0) {
            throw new IllegalArgumentException(
                    "size '" + size + "' is too large: at most " + Long.MAX_VALUE + " bytes");
        }
        return bytes.longValueExact();
    }

    /**
     * Parses a size into KiB, rounding up to whole KiB ("1000 B" is 1 KiB).
     *
     * @throws IllegalArgumentException like {@link #parseBytes(String)}
     */
    public static long parseKib(String size) {
        return bytesToKib(parseBytes(size));
    }

    /**
     * Converts bytes into KiB, rounding up to whole KiB.
     *
     * @throws IllegalArgumentException if {@code bytes} is negative
     */
    public static long bytesToKib(long bytes) {
        requireNotNegative(bytes);
        return bytes / KIB + (bytes % KIB == 0 ? 0 : 1);
    }

    /**
     * Converts KiB into bytes.
     *
     * @throws IllegalArgumentException if {@code kib} is negative or the bytes exceed
     *     {@link Long#MAX_VALUE}
     */
    public static long kibToBytes(long kib) {
        requireNotNegative(kib);
        if (kib > Long.MAX_VALUE / KIB) {
            throw new IllegalArgumentException(kib + " KiB is too large to count in bytes");
        }
        return kib * KIB;
    }

    /**
     * Formats bytes in the largest binary unit that keeps the number at least 1, with at most two
     * decimals: {@code 20971520} gives "20 MiB", {@code 1610612736} "1.5 GiB", {@code 512} "512 B".
     * For display: a value that is not a multiple of a hundredth of the unit is rounded.
     *
     * @throws IllegalArgumentException if {@code bytes} is negative
     */
    public static String format(long bytes) {
        requireNotNegative(bytes);
        return formatBytes(BigDecimal.valueOf(bytes));
    }

    /**
     * Formats KiB like {@link #format(long)}: {@code 20480} gives "20 MiB".
     *
     * @throws IllegalArgumentException if {@code kib} is negative
     */
    public static String formatKib(long kib) {
        requireNotNegative(kib);
        return formatBytes(BigDecimal.valueOf(kib).multiply(BigDecimal.valueOf(KIB)));
    }

    private static String formatBytes(BigDecimal bytes) {
        int unit = 0;
        BigDecimal unitSize = BigDecimal.ONE;
        BigDecimal kib = BigDecimal.valueOf(KIB);
        while (unit + 1 < BINARY_UNITS.length && bytes.compareTo(unitSize.multiply(kib)) >= 0) {
            unit++;
            unitSize = unitSize.multiply(kib);
        }
        BigDecimal value = bytes.divide(unitSize, 2, RoundingMode.HALF_UP).stripTrailingZeros();
        return value.toPlainString() + " " + BINARY_UNITS[unit];
    }

    private static void requireNotNegative(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("size must not be negative: " + value);
        }
    }
}

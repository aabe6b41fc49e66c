package io.linstorj.controller.placement;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats KiB amounts for people: {@code 102400} becomes {@code "100 MiB"}. */
final class Sizes {
    private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private Sizes() {}

    static String format(long kib) {
        if (kib < 0) {
            return "-" + format(-kib);
        }
        int unit = 0;
        long divisor = 1;
        while (unit < UNITS.length - 1 && kib / divisor >= 1024) {
            divisor *= 1024;
            unit++;
        }
        BigDecimal value = BigDecimal.valueOf(kib)
                .divide(BigDecimal.valueOf(divisor), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return value.toPlainString() + " " + UNITS[unit];
    }

    static String ratio(double ratio) {
        return BigDecimal.valueOf(ratio).stripTrailingZeros().toPlainString();
    }
}

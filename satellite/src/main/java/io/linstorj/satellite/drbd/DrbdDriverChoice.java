package io.linstorj.satellite.drbd;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which DRBD driver a satellite is told to use: the kernel module's, the emulated one, or
 * whichever the machine allows ({@link #AUTO}: the kernel module's where DRBD 9 is loaded).
 * A test cluster asks for {@link #EMULATED} so that it behaves the same on every machine.
 */
public enum DrbdDriverChoice {
    /** The real driver where the machine has a DRBD 9 kernel module, else the emulated one. */
    AUTO,
    /** The emulated driver, even where DRBD 9 is loaded. */
    EMULATED,
    /** The real driver; a satellite on a machine without DRBD 9 refuses to start. */
    KERNEL;

    /** The value as the command line spells it: {@code auto}, {@code emulated}, {@code kernel}. */
    public String cliValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The choice {@code value} names, in any case.
     *
     * @throws IllegalArgumentException naming the allowed values and what was given
     */
    public static DrbdDriverChoice parse(String value) {
        for (DrbdDriverChoice choice : values()) {
            if (choice.cliValue().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return choice;
            }
        }
        throw new IllegalArgumentException("the DRBD driver must be one of "
                + Arrays.stream(values()).map(DrbdDriverChoice::cliValue).collect(Collectors.joining(", "))
                + ", not '" + value + "'");
    }
}

package io.linstorj.satellite.drbd;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the DRBD driver of a satellite as its {@link DrbdDriverChoice} says: for {@code AUTO}
 * the real one when the machine has a DRBD 9 kernel module, the emulated one otherwise (no
 * module, or the 8.4 module of the mainline kernel, which DRBD 9 configurations do not suit).
 */
public final class DrbdDriverSelector {
    private static final Logger LOG = LoggerFactory.getLogger(DrbdDriverSelector.class);

    private final DrbdKernelProbe probe;

    /** Creates a selector that asks {@code probe} for the kernel module. */
    public DrbdDriverSelector(DrbdKernelProbe probe) {
        this.probe = probe;
    }

    /** Whether the machine has a DRBD kernel module of version 9. */
    public boolean hasDrbd9() {
        return probe.kernelModuleVersion().map(DrbdDriverSelector::isVersion9).orElse(false);
    }

    /** Builds the real driver if the machine has DRBD 9, else the emulated one ({@link DrbdDriverChoice#AUTO}). */
    public DrbdDriver select(Supplier<? extends DrbdDriver> real, Function<String, ? extends DrbdDriver> emulated) {
        return select(DrbdDriverChoice.AUTO, real, emulated);
    }

    /**
     * Builds the driver {@code choice} asks for.
     *
     * @param emulated builds the emulated driver from the reason it is used, for its description
     * @throws IllegalStateException for {@link DrbdDriverChoice#KERNEL} on a machine without DRBD 9
     */
    public DrbdDriver select(
            DrbdDriverChoice choice,
            Supplier<? extends DrbdDriver> real,
            Function<String, ? extends DrbdDriver> emulated) {
        Optional<String> version = probe.kernelModuleVersion();
        boolean drbd9 = version.map(DrbdDriverSelector::isVersion9).orElse(false);
        String found = version.map(String::strip).orElse("none");
        // Why the emulated driver is used; empty: the real one is.
        Optional<String> emulatedBecause = switch (choice) {
            case EMULATED -> Optional.of("forced by --drbd-driver emulated");
            case KERNEL -> {
                if (!drbd9) {
                    throw new IllegalStateException(
                            "--drbd-driver kernel needs a DRBD 9 kernel module, but this machine"
                                    + " has " + (version.isPresent() ? "DRBD " + found : "none")
                                    + "; load DRBD 9 or use --drbd-driver emulated");
                }
                yield Optional.empty();
            }
            case AUTO -> drbd9 ? Optional.empty() : Optional.of("no DRBD 9 kernel module loaded");
        };
        if (emulatedBecause.isPresent()) {
            LOG.info("using the emulated DRBD driver: {} (kernel module found: {})", emulatedBecause.get(), found);
            return emulated.apply(emulatedBecause.get());
        }
        LOG.info("DRBD kernel module {} found: using the real DRBD driver", found);
        return real.get();
    }

    private static boolean isVersion9(String version) {
        return version.strip().startsWith("9.");
    }
}

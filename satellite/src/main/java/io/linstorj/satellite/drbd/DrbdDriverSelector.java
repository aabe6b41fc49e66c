package io.linstorj.satellite.drbd;

import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the DRBD driver of a satellite: the real one when the machine has a DRBD 9 kernel
 * module, the emulated one otherwise (no module, or the 8.4 module of the mainline kernel, which
 * DRBD 9 configurations do not suit).
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

    /** Builds the real driver if the machine has DRBD 9, else the emulated one. */
    public DrbdDriver select(Supplier<? extends DrbdDriver> real, Supplier<? extends DrbdDriver> emulated) {
        Optional<String> version = probe.kernelModuleVersion();
        if (version.map(DrbdDriverSelector::isVersion9).orElse(false)) {
            LOG.info("DRBD kernel module {} found: using the real DRBD driver", version.get());
            return real.get();
        }
        LOG.info("no DRBD 9 kernel module (found: {}): using the emulated DRBD driver", version.orElse("none"));
        return emulated.get();
    }

    private static boolean isVersion9(String version) {
        return version.strip().startsWith("9.");
    }
}

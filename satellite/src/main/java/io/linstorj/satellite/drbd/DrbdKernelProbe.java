package io.linstorj.satellite.drbd;

import java.util.Optional;

/** Finds out which DRBD kernel module this machine has. */
public interface DrbdKernelProbe {
    /**
     * The version of the DRBD kernel module, loaded or available to load (e.g. {@code "9.2.8"},
     * {@code "8.4.11"}), or empty if there is none.
     */
    Optional<String> kernelModuleVersion();
}

package io.linstorj.satellite.drbd;

import java.util.random.RandomGenerator;

/**
 * How a replica's volume gets its data when it has no DRBD metadata yet (a new replica, a new
 * volume, or a diskless replica turned diskful).
 *
 * <p>The controller decides, because it sees every replica:
 * <ul>
 *   <li>{@link Skip}: no replica of this volume has held data yet (the volume definition is brand
 *       new). Every replica created in this state starts UpToDate without an initial sync, all
 *       with the same current generation id chosen by the controller, the way LINSTOR starts
 *       fresh resources. A resource created on N diskful nodes at once thus ends N times
 *       UpToDate.</li>
 *   <li>{@link FromPeer}: some diskful replica already holds the data (the controller has seen one
 *       UpToDate). The new replica starts Inconsistent and syncs from a diskful peer.</li>
 * </ul>
 * A replica whose metadata (real driver) or state (emulated driver) already exists ignores it.
 */
public sealed interface InitialSync {
    /** Starts UpToDate with the given current generation id, shared by all replicas. */
    static InitialSync skip(String generationId) {
        return new Skip(generationId);
    }

    /** Starts Inconsistent and syncs from a diskful peer. */
    static InitialSync fromPeer() {
        return new FromPeer();
    }

    /**
     * A fresh random generation id for a new volume definition: 16 upper-case hex digits, with
     * DRBD's reserved lowest bit (the "primary" flag) clear and never zero.
     */
    static String newGenerationId(RandomGenerator random) {
        long id;
        do {
            id = random.nextLong() & ~1L;
        } while (id == 0 || id == 4);
        return String.format("%016X", id);
    }

    /**
     * No replica holds data yet: start UpToDate without an initial sync.
     *
     * @param generationId the current generation id every replica of the volume starts with
     */
    record Skip(String generationId) implements InitialSync {
        /** Validates the generation id. */
        public Skip {
            DrbdNames.generationId(generationId);
        }
    }

    /** A diskful peer holds the data: start Inconsistent and sync from it. */
    record FromPeer() implements InitialSync {}
}

package io.linstorj.protocol;

/** Version of the client protocol that the controller announces on accept ("Version" message). */
public final class ProtocolVersion {
    /** The version this build speaks. */
    public static final int CURRENT = 1;
    /** The oldest peer version this build still serves. */
    public static final int MINIMUM = 1;

    private ProtocolVersion() {}

    /** True when a peer announcing {@code version} and {@code minVersion} can talk to this build. */
    public static boolean compatible(int version, int minVersion) {
        return version >= MINIMUM && minVersion <= CURRENT;
    }
}

package io.linstorj.protocol;

/**
 * API versions of the client protocol as LINSTOR counts them, announced to every client in the
 * {@code Version} message ({@link io.linstorj.protocol.linstor.MsgApiVersion}). python-linstor
 * 0.7.x speaks version 3, 0.9.x version 4; a python-linstor client accepts a controller whose
 * announced {@code version} lies within its own range.
 */
public final class ClientApiVersion {
    /** The version python-linstor 0.9.x speaks, whose schemas this build matches. */
    public static final int CURRENT = 4;
    /** The oldest client version this build still serves: python-linstor 0.7.x. */
    public static final int MINIMUM = 3;

    private ClientApiVersion() {}

    /** True when this build can serve clients of {@code version}. */
    public static boolean served(int version) {
        return version >= MINIMUM && version <= CURRENT;
    }

    /** True when a controller announcing {@code version} and {@code minVersion} serves this build. */
    public static boolean compatible(int version, int minVersion) {
        return version >= MINIMUM && minVersion <= CURRENT;
    }
}

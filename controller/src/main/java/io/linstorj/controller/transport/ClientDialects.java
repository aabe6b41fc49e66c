package io.linstorj.controller.transport;

import io.linstorj.protocol.ClientApiVersion;

/**
 * The dialects of the client port. Every connection starts in LINSTOR's (what python-linstor
 * speaks); a LinstorJ client switches its connection to LinstorJ's own with a ONEWAY
 * {@link io.linstorj.protocol.ApiCalls#LINSTORJ_DIALECT} frame.
 *
 * <p>The Version message announces {@code announcedVersion}. python-linstor accepts a controller
 * only when that lies within its own API range, so one controller answers either 0.9.x (4, the
 * default) or 0.7.x (3) clients; the schemas served are the same.
 *
 * @param linstor LINSTOR's client protocol of 2019
 * @param linstorj LinstorJ's own message shapes
 * @param announcedVersion the API version the Version message announces
 */
public record ClientDialects(Dialect linstor, Dialect linstorj, int announcedVersion) {
    /**
     * Checks the version.
     *
     * @throws IllegalArgumentException if this build does not serve clients of that version
     */
    public ClientDialects {
        if (!ClientApiVersion.served(announcedVersion)) {
            throw new IllegalArgumentException("the announced client API version must be " + ClientApiVersion.MINIMUM
                    + " to " + ClientApiVersion.CURRENT + ", not " + announcedVersion);
        }
    }

    /** Both dialects, announcing {@link ClientApiVersion#CURRENT}. */
    public ClientDialects(Dialect linstor, Dialect linstorj) {
        this(linstor, linstorj, ClientApiVersion.CURRENT);
    }
}

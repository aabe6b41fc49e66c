package io.linstorj.controller.transport;

import io.linstorj.protocol.ClientApiVersion;
import java.util.Map;

/**
 * What the client port serves: LINSTOR's client protocol of 2019 with LinstorJ's additions, as
 * the call table {@link LinstorCallTable} builds it.
 *
 * <p>The Version message announces {@code announcedVersion}. python-linstor accepts a controller
 * only when that lies within its own API range, so one controller answers either 0.9.x (4, the
 * default) or 0.7.x (3) clients; the schemas served are the same.
 *
 * @param calls every call name with its handler
 * @param announcedVersion the API version the Version message announces
 */
public record ClientCalls(Map<String, CallHandler> calls, int announcedVersion) {
    /**
     * Copies the table and checks the version.
     *
     * @throws IllegalArgumentException if this build does not serve clients of that version
     */
    public ClientCalls {
        calls = Map.copyOf(calls);
        if (!ClientApiVersion.served(announcedVersion)) {
            throw new IllegalArgumentException("the announced client API version must be " + ClientApiVersion.MINIMUM
                    + " to " + ClientApiVersion.CURRENT + ", not " + announcedVersion);
        }
    }

    /** The calls, announcing {@link ClientApiVersion#CURRENT}. */
    public ClientCalls(Map<String, CallHandler> calls) {
        this(calls, ClientApiVersion.CURRENT);
    }
}

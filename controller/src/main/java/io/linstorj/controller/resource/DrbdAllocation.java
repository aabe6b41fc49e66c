package io.linstorj.controller.resource;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.state.DesiredState;
import java.security.SecureRandom;
import java.util.BitSet;

/**
 * Allocates what DRBD needs: TCP ports (TcpPortAutoRange, default 7000-7999), minors
 * (MinorNrAutoRange, default 1000-49999), node ids (0-31 per resource definition) and shared
 * secrets. Used on the writer thread only.
 */
public final class DrbdAllocation {
    /** Highest DRBD node id. */
    public static final int MAX_NODE_ID = 31;

    private static final char[] SECRET_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();

    private final NumberAllocator ports = new NumberAllocator(
            PropertyRules.TCP_PORT_AUTO_RANGE,
            PropertyRules.DEFAULT_TCP_PORT_RANGE,
            PropertyRules.MAX_PORT,
            DesiredState::usedPorts,
            RetCodes.FAIL_POOL_EXHAUSTED_TCP_PORT,
            "TCP port");
    private final NumberAllocator minors = new NumberAllocator(
            PropertyRules.MINOR_NR_AUTO_RANGE,
            PropertyRules.DEFAULT_MINOR_RANGE,
            PropertyRules.MAX_MINOR,
            DesiredState::usedMinors,
            RetCodes.FAIL_POOL_EXHAUSTED_MINOR_NR,
            "minor number");
    private final SecureRandom random = new SecureRandom();

    /** A free DRBD port. */
    public int allocatePort(DesiredState state, CallContext ctx) {
        return ports.allocate(state, ctx);
    }

    /** A free DRBD minor. */
    public int allocateMinor(DesiredState state, CallContext ctx) {
        return minors.allocate(state, ctx);
    }

    /** The lowest node id not used by a replica of {@code resourceName}. */
    public int allocateNodeId(DesiredState state, String resourceName, CallContext ctx) {
        BitSet used = new BitSet(MAX_NODE_ID + 1);
        for (Resource replica : state.resourcesOf(resourceName)) {
            used.set(replica.nodeId());
        }
        int free = used.nextClearBit(0);
        if (free > MAX_NODE_ID) {
            throw ctx.refuse(
                    RetCodes.FAIL_POOL_EXHAUSTED_NODE_ID,
                    "Resource '" + resourceName + "' has no free DRBD node id left.",
                    "DRBD allows at most " + (MAX_NODE_ID + 1) + " replicas of a resource.",
                    "Delete a replica before adding another.");
        }
        return free;
    }

    /** A new random DRBD shared secret of 20 characters. */
    public String newSecret() {
        char[] secret = new char[20];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = SECRET_CHARS[random.nextInt(SECRET_CHARS.length)];
        }
        return new String(secret);
    }
}

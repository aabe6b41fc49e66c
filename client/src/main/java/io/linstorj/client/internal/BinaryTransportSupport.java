package io.linstorj.client.internal;

import io.linstorj.client.LinstorNetworkError;

/**
 * Whether the binary transport can run: Netty, which carries it, is an optional dependency of the
 * client (the REST path needs none), so a {@code linstor://} URI on a class path without Netty
 * must fail with a message that says what to add, not with a {@link NoClassDefFoundError} from
 * deep inside a connection.
 */
public final class BinaryTransportSupport {
    /** The Netty artifacts the binary transport needs, as a project would declare them. */
    private static final String NETTY_ARTIFACTS =
            "io.netty:netty-handler, io.netty:netty-transport and io.netty:netty-codec";

    private static final String[] NETTY_CLASSES = {
        "io.netty.channel.Channel", // netty-transport
        "io.netty.handler.timeout.IdleStateHandler", // netty-handler
        "io.netty.handler.codec.ByteToMessageDecoder", // netty-codec
    };

    private BinaryTransportSupport() {}

    /**
     * Checks that Netty is on the class path of the client.
     *
     * @throws LinstorNetworkError naming the URI and the artifacts to add when it is not
     */
    public static void requireNetty(ControllerAddress address) {
        ClassLoader loader = BinaryTransportSupport.class.getClassLoader();
        for (String className : NETTY_CLASSES) {
            try {
                Class.forName(className, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new LinstorNetworkError(
                        "cannot connect to " + address + ": the client protocol (linstor://) "
                                + "needs Netty, which is not on the class path (" + className + " is missing); add "
                                + NETTY_ARTIFACTS + " to the project's dependencies, or use http://host:3370 (REST), "
                                + "which needs no Netty",
                        e);
            }
        }
    }
}

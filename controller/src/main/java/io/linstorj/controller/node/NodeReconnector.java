package io.linstorj.controller.node;

/**
 * Restarts a node's satellite link (LINSTOR's node reconnect): the controller closes the
 * connection it holds, or its wait between attempts, and dials the satellite again at once.
 */
@FunctionalInterface
public interface NodeReconnector {
    /** A controller without satellite links (services under test): there is never a link to restart. */
    NodeReconnector NONE = nodeName -> false;

    /**
     * Restarts the link of {@code nodeName}.
     *
     * @return true when a link was restarted; false when the controller dials no satellite for
     *     the node
     */
    boolean reconnect(String nodeName);
}

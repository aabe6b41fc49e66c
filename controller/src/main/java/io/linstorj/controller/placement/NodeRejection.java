package io.linstorj.controller.placement;

/**
 * Why placement passed over a node, for the refusal's message and details.
 *
 * @param nodeName the node
 * @param reason what it lacked, for people ({@code "pool 'ssd' has 100 MiB free, needs 1 GiB"})
 */
public record NodeRejection(String nodeName, String reason) {

    @Override
    public String toString() {
        return nodeName + ": " + reason;
    }
}

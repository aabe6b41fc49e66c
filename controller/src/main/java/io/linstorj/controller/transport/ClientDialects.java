package io.linstorj.controller.transport;

/**
 * The dialects of the client port. Every connection starts in LINSTOR's (what python-linstor
 * speaks); a LinstorJ client switches its connection to LinstorJ's own with a ONEWAY
 * {@link io.linstorj.protocol.ApiCalls#LINSTORJ_DIALECT} frame.
 *
 * @param linstor LINSTOR's client protocol of 2019
 * @param linstorj LinstorJ's own message shapes
 */
public record ClientDialects(Dialect linstor, Dialect linstorj) {
}
